// Search across all factsheets, in the browser: the index (zoekindex.js)
// holds the texts; this script finds words by their beginning, whatever
// the case or accents ('geinteresseerd' finds 'geïnteresseerd').
(function () {
  "use strict";
  var index = window.rodedraadSearch;
  // An entry: [kind, theme number, anchor, text, audience, level]; the
  // text is the title, then, after a line break, the rest. A theme (or
  // building block): [title, path, factsheet, edition, colour class].
  var KIND = 0, THEME = 1, ANCHOR = 2, TEXT = 3;
  var form = document.querySelector("[data-search]");
  if (!index || !form) return;
  var input = form.querySelector("input");
  var status = document.getElementById("zoekstatus");
  var list = document.getElementById("zoekresultaten");
  var maxResults = 50;

  function normalise(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) {
    return normalise(s).split(/[^a-z0-9]+/).filter(Boolean);
  }

  // Every word once, sorted, with the entries it occurs in: a prefix is
  // then a range of neighbouring words, found by bisection.
  var postings = Object.create(null);
  index.entries.forEach(function (entry, i) {
    words(entry[TEXT]).forEach(function (w) {
      var list = postings[w] || (postings[w] = []);
      if (list[list.length - 1] !== i) list.push(i);
    });
  });
  var vocabulary = Object.keys(postings).sort();

  function firstFrom(prefix) {
    var lo = 0, hi = vocabulary.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (vocabulary[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  var kindWeight = { t: 3, v: 2, p: 1 };

  // find returns entry numbers for a query, best first: every word of the
  // query must begin a word of the entry; whole words count more.
  function find(query) {
    var terms = words(query);
    if (!terms.length) return [];
    var scores = null;
    terms.forEach(function (term) {
      var found = new Map();
      for (var i = firstFrom(term); i < vocabulary.length && vocabulary[i].lastIndexOf(term, 0) === 0; i++) {
        var weight = vocabulary[i] === term ? 3 : 1;
        postings[vocabulary[i]].forEach(function (e) {
          if ((found.get(e) || 0) < weight) found.set(e, weight);
        });
      }
      if (scores === null) { scores = found; return; }
      var both = new Map();
      scores.forEach(function (score, e) {
        if (found.has(e)) both.set(e, score + found.get(e));
      });
      scores = both;
    });
    return Array.from(scores.keys()).sort(function (a, b) {
      var sa = scores.get(a) * 10 + kindWeight[index.entries[a][KIND]];
      var sb = scores.get(b) * 10 + kindWeight[index.entries[b][KIND]];
      return sb - sa || a - b;
    });
  }
  window.rodedraadFind = find; // for the benchmark

  // Pages are linked relative to the home page of this language, which the
  // header's title links to: that works from disk and under any path.
  var home = document.querySelector(".site-title").href.replace(/index\.html$/, "");

  function href(entry) {
    var theme = index.themes[entry[THEME]];
    return home + theme[1].slice(1) + "index.html" + (entry[ANCHOR] ? "#" + entry[ANCHOR] : "");
  }

  // A run of letters and digits, with their accents, is a word as find
  // sees it (or a few: words() splits at letters such as 'ß'). It is found
  // when one of its words begins with a term of the query.
  var wordRun = /[\p{L}\p{N}\p{M}]+/gu;
  function found(run, terms) {
    return words(run).some(function (w) {
      return terms.some(function (term) { return w.lastIndexOf(term, 0) === 0; });
    });
  }

  // appendMarked adds text to parent, the words found in <mark>. Text
  // nodes only: the index's texts are data, never markup.
  function appendMarked(parent, text, terms) {
    var last = 0, m;
    wordRun.lastIndex = 0;
    while ((m = wordRun.exec(text))) {
      if (!found(m[0], terms)) continue;
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      parent.appendChild(mark);
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // snippet is a window of about snippetLength characters of text around
  // the first word found, or its beginning, cut between words, with '…'
  // where it was cut.
  var snippetLength = 180;
  function snippet(text, terms) {
    text = text.replace(/\s+/g, " ").trim();
    if (text.length <= snippetLength) return text;
    var first = 0, m;
    wordRun.lastIndex = 0;
    while ((m = wordRun.exec(text))) {
      if (found(m[0], terms)) { first = m.index; break; }
    }
    // A third of the window before the word, the rest after it.
    var start = Math.max(0, Math.min(first - snippetLength / 3, text.length - snippetLength));
    var end = start + snippetLength;
    if (start > 0 && text.charAt(start - 1) !== " ") {
      var space = text.indexOf(" ", start);
      start = space < 0 || space >= first ? first : space + 1;
    }
    if (end < text.length) {
      var before = text.lastIndexOf(" ", end);
      if (before > first) end = before;
    }
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  // A result: the title as its link, its kind and where it comes from,
  // and a snippet of its text, with the words found marked in both.
  function result(entry, terms) {
    var theme = index.themes[entry[THEME]];
    var lineBreak = entry[TEXT].indexOf("\n");
    var titleText = lineBreak < 0 ? entry[TEXT] : entry[TEXT].slice(0, lineBreak);
    var rest = lineBreak < 0 ? "" : entry[TEXT].slice(lineBreak + 1);
    var li = document.createElement("li");
    li.className = "search-result " + theme[4];
    var title = document.createElement("h2");
    title.className = "search-result__title";
    var a = document.createElement("a");
    a.href = href(entry);
    a.setAttribute("lang", "nl");
    appendMarked(a, titleText, terms);
    title.appendChild(a);
    li.appendChild(title);

    var meta = document.createElement("p");
    meta.className = "search-result__meta";
    var kind = document.createElement("span");
    kind.className = "search-result__kind";
    kind.textContent = form.dataset["kind" + entry[KIND].toUpperCase()];
    // Where it comes from: the theme or building block (a theme's own
    // result leaves it out), the factsheet, and the edition, if named.
    var place = [theme[2]];
    if (entry[KIND] !== "t") place.unshift(theme[0]);
    if (theme[3]) place.push(theme[3]);
    var where = document.createElement("span");
    where.setAttribute("lang", "nl");
    where.textContent = place.join(" · ");
    meta.appendChild(kind);
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(where);
    li.appendChild(meta);
    var actions = null;
    if (entry[KIND] === "v" && window.rodedraadStack) {
      var ref = window.rodedraadStack.refOf(theme[1], entry[ANCHOR]);
      li.setAttribute("data-ref", ref);
      actions = document.createElement("p");
      actions.className = "search-result__actions";
      window.rodedraadStack.toggle(actions, ref, titleText);
    }

    if (rest) {
      var body = document.createElement("p");
      body.className = "search-result__snippet";
      body.setAttribute("lang", "nl");
      appendMarked(body, snippet(rest, terms), terms);
      li.appendChild(body);
    }
    if (actions) li.appendChild(actions);
    return li;
  }

  function message(count, query) {
    var text = count === 0 ? form.dataset.none : count === 1 ? form.dataset.single : form.dataset.some;
    return text.replace("{n}", count).replace("{q}", query);
  }

  var announce;
  function show(query) {
    var results = find(query), terms = words(query);
    list.textContent = "";
    results.slice(0, maxResults).forEach(function (e) {
      list.appendChild(result(index.entries[e], terms));
    });
    // Announced when typing pauses, not at every key.
    clearTimeout(announce);
    var text = query.trim() ? message(results.length, query.trim()) : "";
    announce = setTimeout(function () { status.textContent = text; }, 400);
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  }

  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    show(q);
  }
})();
