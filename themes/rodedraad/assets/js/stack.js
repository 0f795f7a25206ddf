// 'Mijn stapel': questions a reader collects from any page into a deck of
// their own. The deck is a list of question references (factsheet/edition/id)
// in this browser's localStorage, never sent anywhere; a shared link carries
// the same list in ?vragen=. On the stack page the texts come from the
// search index, so the deck opens on any device, also from disk.
(function () {
  "use strict";
  var KEY = "rodedraad-stapel";
  var REF = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/;
  var MAX = 500;

  function valid(list) {
    if (!Array.isArray(list)) return [];
    var seen = Object.create(null);
    return list.filter(function (ref) {
      if (typeof ref !== "string" || !REF.test(ref) || seen[ref]) return false;
      seen[ref] = true;
      return true;
    }).slice(0, MAX);
  }
  function load() {
    try { return valid(JSON.parse(localStorage.getItem(KEY))); } catch (e) { return []; }
  }
  function save(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* private mode: the page still works */ }
  }
  var status = document.getElementById("copy-status");
  function say(text) { if (status) status.textContent = text; }

  // The link to the stack, next to the session buttons, says how many
  // questions it holds.
  var stackLink = document.querySelector("[data-stack-link]");
  function updateLink(list) {
    if (!stackLink) return;
    stackLink.textContent = list.length ? stackLink.dataset.text.replace("{n}", list.length) : stackLink.textContent;
  }

  // On pages with questions: a toggle per question.
  var add = document.documentElement.getAttribute("data-stack-add");
  var added = document.documentElement.getAttribute("data-stack-added");
  var removed = document.documentElement.getAttribute("data-stack-removed");
  var numbered = document.documentElement.getAttribute("data-stack-question");
  // toggle adds the button for the question ref to place; name tells it
  // apart from the others on the page.
  function toggle(place, ref, name) {
    if (!REF.test(ref) || !add) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--small stack-toggle";
    button.textContent = add;
    // The name says which question: one name for all would not do.
    var which = document.createElement("span");
    which.className = "visually-hidden";
    which.textContent = name;
    button.appendChild(which);
    button.setAttribute("aria-pressed", String(load().indexOf(ref) >= 0));
    button.addEventListener("click", function () {
      var list = load();
      var at = list.indexOf(ref);
      if (at >= 0) list.splice(at, 1); else list.push(ref);
      save(list);
      button.setAttribute("aria-pressed", String(at < 0));
      say(at < 0 ? added : removed);
      updateLink(list);
    });
    place.appendChild(button);
  }
  // A theme page numbers its questions; elsewhere the question's opening
  // words tell them apart.
  function nameOf(text) {
    return ": " + text.trim().split(/\s+/).slice(0, 12).join(" ") + "…";
  }
  // refOf is the reference of the question at anchor (vraag-id) on the
  // page at path (/factsheet/edition/theme/): its edition and id.
  function refOf(path, anchor) {
    var parts = path.split("/").filter(Boolean);
    return parts.length < 2 ? "" : parts[0] + "/" + parts[1] + "/" + anchor.replace(/^vraag-/, "");
  }
  // The search page's results come and go: they ask for their buttons.
  window.rodedraadStack = {
    refOf: refOf,
    toggle: function (place, ref, text) { toggle(place, ref, nameOf(text)); }
  };
  document.querySelectorAll(".question[data-ref]").forEach(function (q) {
    var number = q.getAttribute("data-number");
    var text = q.querySelector(".question__text");
    var name = number && numbered ? ", " + numbered.replace("{n}", number) : nameOf(text ? text.textContent : q.getAttribute("data-ref"));
    toggle(q.querySelector(".question__meta") || q, q.getAttribute("data-ref"), name);
  });
  var tools = document.querySelector("[data-session-tools]");
  if (stackLink) {
    stackLink.hidden = false;
    updateLink(load());
  }

  var page = document.querySelector("[data-stack-page]");
  var index = window.rodedraadSearch;
  if (!page || !index) return;
  var rootLink = page.querySelector("[data-site-root]");
  var root = new URL(".", rootLink.href).href;

  // Every question of the site, by reference: its text, theme and colour.
  var questions = Object.create(null);
  index.entries.forEach(function (entry) {
    if (entry[0] !== "v") return;
    var theme = index.themes[entry[1]];
    var ref = refOf(theme[1], entry[2]);
    if (!ref) return;
    var lines = entry[3].split("\n");
    questions[ref] = { text: lines[0], sub: lines.slice(1).filter(Boolean), theme: theme[0], path: theme[1].slice(1), anchor: entry[2], colour: theme[4] };
  });

  var params = new URLSearchParams(location.search);
  var shared = params.has("vragen") ? valid(params.get("vragen").split(",")) : null;
  var list = (shared || load());
  var known = list.filter(function (ref) { return questions[ref]; });
  var pageStatus = page.querySelector("[data-stack-status]");
  if (known.length < list.length) pageStatus.textContent = page.dataset.unknown;
  list = known;
  if (shared) {
    var keep = page.querySelector("[data-stack-shared]");
    keep.hidden = false;
    keep.querySelector("[data-stack-keep]").addEventListener("click", function () {
      save(list);
      shared = null;
      keep.hidden = true;
      pageStatus.textContent = page.dataset.kept;
    });
  }

  var ol = page.querySelector("[data-stack-list]");
  var actions = page.querySelector("[data-stack-actions]");
  var url = page.querySelector("[data-stack-url]");
  var printCards = page.querySelector("[data-print-cards]");

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }
  function named(label, n) { return label + " (" + page.dataset.question.replace("{n}", n) + ")"; }

  function move(from, to) {
    if (to < 0 || to >= list.length) return;
    var ref = list.splice(from, 1)[0];
    list.splice(to, 0, ref);
    changed();
    // The focus stays with the question that moved.
    var button = ol.children[to].querySelector(to > from ? "[data-down]" : "[data-up]");
    (button && !button.disabled ? button : ol.children[to].querySelector("[data-remove]")).focus();
  }

  function changed() {
    if (!shared) save(list);
    render();
  }

  function render() {
    ol.textContent = "";
    list.forEach(function (ref, i) {
      var q = questions[ref];
      var li = element("li", "question stack-item " + q.colour);
      li.id = "stapel-" + ref.replace(/\//g, "-");
      li.setAttribute("data-ref", ref);
      li.setAttribute("data-theme-name", q.theme);
      li.appendChild(element("p", "question__text", q.text));
      if (q.sub.length) {
        var ul = element("ul", "question__sub");
        q.sub.forEach(function (s) { ul.appendChild(element("li", "", s)); });
        li.appendChild(ul);
      }
      var meta = element("p", "question__meta stack-item__meta");
      var theme = element("a", "stack-item__theme", q.theme);
      theme.href = root + q.path + "#" + q.anchor;
      meta.appendChild(theme);
      [["up", -1], ["down", 1]].forEach(function (m) {
        var b = element("button", "button button--small", page.dataset[m[0]]);
        b.type = "button";
        b.setAttribute("data-" + m[0], "");
        b.setAttribute("aria-label", named(page.dataset[m[0]], i + 1));
        b.disabled = (m[1] < 0 && i === 0) || (m[1] > 0 && i === list.length - 1);
        b.addEventListener("click", function () { move(i, i + m[1]); });
        meta.appendChild(b);
      });
      var remove = element("button", "button button--small", page.dataset.remove);
      remove.type = "button";
      remove.setAttribute("data-remove", "");
      remove.setAttribute("aria-label", named(page.dataset.remove, i + 1));
      remove.addEventListener("click", function () {
        list.splice(i, 1);
        changed();
        var next = ol.children[Math.min(i, list.length - 1)];
        (next ? next.querySelector("[data-remove]") : page.querySelector("h1")).focus();
      });
      meta.appendChild(remove);
      li.appendChild(meta);
      ol.appendChild(li);
    });
    var empty = !list.length;
    if (tools) tools.hidden = empty;
    actions.hidden = empty;
    if (empty) {
      ol.appendChild(element("li", "empty", page.dataset.empty));
    }
    url.value = new URL("?vragen=" + list.join(","), location.href.split("?")[0].split("#")[0]).href;
    renderPrint();
  }

  // The deck as cards on A4, as the PDF decks are: four A6 or eight A7
  // cards a sheet, with cut lines, then their backs, each in the place it
  // takes when the sheet is printed on both sides and flipped on the long
  // edge: left and right swap.
  var size = page.querySelector("[data-stack-size]");
  size.addEventListener("change", renderPrint);
  function renderPrint() {
    printCards.textContent = "";
    var a7 = size.value === "a7", per = a7 ? 8 : 4;
    printCards.className = "print-cards print-cards--" + (a7 ? "a7" : "a6");
    for (var s = 0; s < list.length; s += per) {
      var fronts = element("div", "print-sheet");
      var backs = element("div", "print-sheet print-sheet--backs");
      for (var k = 0; k < per; k++) {
        var mirrored = s + (k % 2 === 0 ? k + 1 : k - 1);
        fronts.appendChild(card(s + k, true));
        backs.appendChild(card(mirrored, false));
      }
      printCards.appendChild(fronts);
      printCards.appendChild(backs);
    }
  }
  function card(i, front) {
    if (i >= list.length) return element("div", "print-card print-card--none");
    var q = questions[list[i]];
    var c = element("div", "print-card " + q.colour + (front ? "" : " print-card--back"));
    c.appendChild(element("p", "print-card__band", front ? q.theme : ""));
    if (front) {
      c.appendChild(element("p", "print-card__question", q.text));
      if (q.sub.length) {
        var ul = element("ul", "print-card__sub");
        q.sub.forEach(function (s) { ul.appendChild(element("li", "", s)); });
        c.appendChild(ul);
      }
    } else {
      c.appendChild(element("p", "print-card__theme", q.theme));
    }
    var foot = element("p", "print-card__foot");
    foot.appendChild(element("span", "", front ? "" : page.dataset.backFoot));
    foot.appendChild(element("span", "", front ? (i + 1) + " / " + list.length : String(i + 1)));
    c.appendChild(foot);
    return c;
  }

  page.querySelector("[data-stack-copy]").addEventListener("click", function () {
    url.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url.value).then(function () { pageStatus.textContent = page.dataset.copied; });
    }
  });
  page.querySelector("[data-stack-print]").addEventListener("click", function () { window.print(); });
  page.querySelector("[data-stack-clear]").addEventListener("click", function () {
    if (!window.confirm(page.dataset.confirm)) return;
    list = [];
    changed();
  });
  page.hidden = false;
  render();
})();
