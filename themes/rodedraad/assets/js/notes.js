// Private notes on questions. They are kept in this browser's
// localStorage only, and never sent anywhere; the notes page lists them,
// exports them as Markdown (which import reads back), prints them as a
// reflection record, and deletes them.
(function () {
  "use strict";
  var KEY = "rodedraad-notes";
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save(notes) { localStorage.setItem(KEY, JSON.stringify(notes)); }
  function pagePath() { return location.pathname.replace(/index\.html$/, ""); }
  function today() { return new Date().toISOString().slice(0, 10); }

  // A note names its question's page from the site's root, such as
  // "friesland/2021-2024/verklarende-analyse/#vraag-samen", so that an
  // export works wherever the site is; the link to the root is on the page.
  var rootLink = document.querySelector("[data-site-root]");
  var root = rootLink && new URL(".", rootLink.href).href;
  var PAGE = /^(?:[a-z0-9-]+\/)*#[a-z0-9-]+$/;

  // fromRoot returns the page of an absolute address of this site, or
  // null for one elsewhere.
  function fromRoot(address) {
    var url;
    try { url = new URL(address); } catch (e) { return null; }
    if (!/^(https?|file):$/.test(url.protocol) || url.href.lastIndexOf(root, 0) !== 0) return null;
    var page = url.href.slice(root.length).replace(/index\.html(?=#|$)/, "");
    return PAGE.test(page) ? page : null;
  }

  // sitePage returns a note's page if it is a page of this site, or null:
  // a note comes from an import, which anyone can write, and its page
  // becomes a link. A relative page must be a path of ids; an absolute
  // address, which earlier versions stored, must lead under the root.
  // Either way the link, resolved, must stay under the root, so that no
  // javascript: or off-site address becomes one.
  function sitePage(page) {
    if (!root || typeof page !== "string" || /[\u0000-\u001f\u007f\\]/.test(page)) return null;
    if (!PAGE.test(page)) page = fromRoot(page);
    return page && fromRoot(href(page)) === page ? page : null;
  }
  // href is the address of a page, with index.html so that it opens from
  // disk too.
  function href(page) { return new URL(page.replace(/(^|\/)#/, "$1index.html#"), root).href; }
  // keyOf is the key a question's page looks its note up by.
  function keyOf(page) {
    var url = new URL(href(page));
    return url.pathname.replace(/index\.html$/, "") + url.hash;
  }

  // cleanNote returns an imported note as this script writes one, or why
  // it cannot take it: "link" or "invalid".
  function cleanNote(note) {
    if (!note || typeof note !== "object" || ["text", "date", "question", "theme"].some(function (f) { return typeof note[f] !== "string"; }) ||
        !note.text.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(note.date)) {
      return { skipped: "invalid" };
    }
    var page = sitePage(note.page);
    if (!page) return { skipped: "link" };
    return { note: { text: note.text, date: note.date, question: note.question, theme: note.theme, page: page } };
  }

  // On pages with questions: a note field per question, opened on demand.
  var strings = document.querySelector("[data-notes-strings]");
  if (strings) {
    var notes = load();
    document.querySelectorAll(".question[id]").forEach(function (q) {
      var key = pagePath() + "#" + q.id;
      var details = document.createElement("details");
      details.className = "note";
      // 'Notitie', and to a screen reader 'Notitie bij vraag 3': a page
      // has a note per question, and each needs a name of its own.
      var number = q.dataset.number;
      var summary = document.createElement("summary");
      summary.textContent = strings.dataset.note;
      var which = document.createElement("span");
      which.className = "visually-hidden";
      which.textContent = " " + strings.dataset.noteQuestion.replace("{n}", number);
      summary.appendChild(which);
      var label = document.createElement("label");
      label.className = "visually-hidden";
      label.htmlFor = "notitie-" + q.id;
      label.textContent = strings.dataset.noteLabel.replace("{n}", number);
      var area = document.createElement("textarea");
      area.id = "notitie-" + q.id;
      area.rows = 3;
      area.value = (notes[key] && notes[key].text) || "";
      if (area.value) details.open = true;
      area.addEventListener("input", function () {
        var all = load();
        if (area.value.trim()) {
          all[key] = {
            text: area.value,
            date: today(),
            question: q.querySelector(".question__text").textContent.trim(),
            theme: (document.querySelector("h1") || {}).textContent || "",
            page: fromRoot(new URL(location.pathname, location.href).href + "#" + q.id)
          };
        } else {
          delete all[key];
        }
        save(all);
      });
      details.appendChild(summary);
      details.appendChild(label);
      details.appendChild(area);
      q.appendChild(details);
    });
  }

  // The notes page.
  var page = document.querySelector("[data-notes-page]");
  if (!page) return;
  page.hidden = false;
  var list = page.querySelector("[data-notes-list]");
  var status = page.querySelector("[data-notes-status]");

  function sorted() {
    var all = load();
    // An import by an earlier version may have stored anything.
    return Object.keys(all).sort().map(function (k) { return { key: k, note: all[k] }; })
      .filter(function (item) { return item.note && typeof item.note === "object"; });
  }
  function show() {
    list.textContent = "";
    var items = sorted();
    if (!items.length) {
      var empty = document.createElement("li");
      empty.textContent = page.dataset.empty;
      list.appendChild(empty);
      return;
    }
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "note-record";
      var head = document.createElement("p");
      head.className = "note-record__meta";
      head.textContent = item.note.date + " · " + item.note.theme;
      var question = document.createElement("p");
      question.className = "note-record__question";
      question.setAttribute("lang", "nl");
      // A note stored before imports were checked may have any page; it
      // keeps its text, without a link.
      var target = sitePage(item.note.page);
      var a = document.createElement(target ? "a" : "span");
      if (target) a.href = href(target);
      a.textContent = item.note.question;
      question.appendChild(a);
      var text = document.createElement("p");
      text.className = "note-record__text";
      text.textContent = item.note.text;
      li.appendChild(head);
      li.appendChild(question);
      li.appendChild(text);
      list.appendChild(li);
    });
  }

  // Markdown for a portfolio, with the notes as JSON at the end so that an
  // import restores them exactly.
  function exportMarkdown() {
    var lines = ["# " + page.dataset.record, ""];
    sorted().forEach(function (item) {
      lines.push("## " + item.note.theme, "", "*" + item.note.date + "*", "", "> " + item.note.question, "", item.note.text, "");
    });
    lines.push("```json rodedraad-notes", JSON.stringify(load()), "```", "");
    return lines.join("\n");
  }
  function importText(text) {
    var m = /```json rodedraad-notes\n([\s\S]*?)\n```/.exec(text);
    var imported;
    try { imported = m && JSON.parse(m[1]); } catch (e) { imported = null; }
    if (!imported || typeof imported !== "object") {
      status.textContent = page.dataset.importFailed;
      return false;
    }
    var all = load();
    var restored = 0, skipped = { link: 0, invalid: 0 };
    Object.keys(imported).forEach(function (k) {
      var cleaned = cleanNote(imported[k]);
      if (cleaned.skipped) {
        skipped[cleaned.skipped]++;
        return;
      }
      all[keyOf(cleaned.note.page)] = cleaned.note;
      restored++;
    });
    save(all);
    show();
    var messages = [page.dataset.imported.replace("{n}", restored)];
    if (skipped.link) messages.push(page.dataset.skippedLink.replace("{n}", skipped.link));
    if (skipped.invalid) messages.push(page.dataset.skippedInvalid.replace("{n}", skipped.invalid));
    status.textContent = messages.join(" ");
    return true;
  }
  window.rodedraadNotes = { exportMarkdown: exportMarkdown, importText: importText };

  page.querySelector("[data-export]").addEventListener("click", function () {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([exportMarkdown()], { type: "text/markdown" }));
    a.download = "reflectie-notities-" + today() + ".md";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  page.querySelector("[data-print]").addEventListener("click", function () { window.print(); });
  page.querySelector("[data-import]").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (file) file.text().then(importText);
  });
  page.querySelector("[data-delete-all]").addEventListener("click", function () {
    if (!window.confirm(page.dataset.confirm)) return;
    localStorage.removeItem(KEY);
    show();
  });
  show();
})();
