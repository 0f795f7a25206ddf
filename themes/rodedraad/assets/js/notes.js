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

  // On pages with questions: a note field per question, opened on demand.
  var strings = document.querySelector("[data-notes-strings]");
  if (strings) {
    var notes = load();
    document.querySelectorAll(".question[id]").forEach(function (q) {
      var key = pagePath() + "#" + q.id;
      var details = document.createElement("details");
      details.className = "note";
      var summary = document.createElement("summary");
      summary.textContent = strings.dataset.note;
      var label = document.createElement("label");
      label.className = "visually-hidden";
      label.htmlFor = "notitie-" + q.id;
      label.textContent = strings.dataset.noteLabel;
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
            page: location.href.split("#")[0] + "#" + q.id
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
    return Object.keys(all).sort().map(function (k) { return { key: k, note: all[k] }; });
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
      var a = document.createElement("a");
      a.href = item.note.page;
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
    Object.keys(imported).forEach(function (k) { all[k] = imported[k]; });
    save(all);
    show();
    status.textContent = page.dataset.imported.replace("{n}", Object.keys(imported).length);
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
