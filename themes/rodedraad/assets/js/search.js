// Search across all factsheets, in the browser: the index (zoekindex.js)
// holds the texts; this script finds words by their beginning, whatever
// the case or accents ('geinteresseerd' finds 'geïnteresseerd').
(function () {
  "use strict";
  var index = window.rodedraadSearch;
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
    words(entry[3]).forEach(function (w) {
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
      var sa = scores.get(a) * 10 + kindWeight[index.entries[a][0]];
      var sb = scores.get(b) * 10 + kindWeight[index.entries[b][0]];
      return sb - sa || a - b;
    });
  }
  window.rodedraadFind = find; // for the benchmark

  // Pages are linked relative to the home page of this language, which the
  // header's title links to: that works from disk and under any path.
  var home = document.querySelector(".site-title").href.replace(/index\.html$/, "");

  function href(entry) {
    var theme = index.themes[entry[1]];
    return home + theme[1].slice(1) + "index.html" + (entry[2] ? "#" + entry[2] : "");
  }

  function message(count, query) {
    var text = count === 0 ? form.dataset.none : count === 1 ? form.dataset.single : form.dataset.some;
    return text.replace("{n}", count).replace("{q}", query);
  }

  var announce;
  function show(query) {
    var found = find(query);
    list.textContent = "";
    found.slice(0, maxResults).forEach(function (e) {
      var entry = index.entries[e], theme = index.themes[entry[1]];
      var li = document.createElement("li");
      li.className = "search-result " + theme[3];
      var a = document.createElement("a");
      a.href = href(entry);
      a.textContent = entry[3];
      a.setAttribute("lang", "nl");
      var meta = document.createElement("span");
      meta.className = "search-result__meta";
      meta.textContent = form.dataset["kind" + entry[0].toUpperCase()] + " · " + theme[0] + " · " + theme[2];
      meta.setAttribute("lang", "nl");
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    // Announced when typing pauses, not at every key.
    clearTimeout(announce);
    var text = query.trim() ? message(found.length, query.trim()) : "";
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
