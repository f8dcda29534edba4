/* fixpath search: the index built at build time (assets/search-docs.js and search-index.js, loaded
   when first needed, so it works from file://), English stems, prefixes, one typo in longer words,
   status codes anywhere in a topic; results as you type under the header box and on search.html. */
(function () {
  "use strict";
  var STOP = {};
  ("the and for are but not you your with this that from can was were will has have had its it's into than then there " +
    "these those they their them what when which who how why all any more most other some such only own same too very just also does " +
    "did doing our out over under again about after before while where each both few because until she his her him here through " +
    "during above below off further once should would could may might must shall use using used").split(" ").forEach(function (w) { STOP[w] = true; });

  var CODE = /\b[245]\.\d{1,3}\.\d{1,3}\b/g;

  /** Query words: lowercased, two letters or more, no stop words, without the status codes in them. */
  function words(text) {
    var out = [];
    (text.toLowerCase().replace(CODE, " ").match(/[\p{L}\p{N}_]+/gu) || []).forEach(function (t) {
      if (t.length >= 2 && t.length <= 40 && !STOP[t] && out.indexOf(t) < 0) { out.push(t); }
    });
    return out;
  }

  /** A light English stemmer: plurals, -ing, -ed, -er, -ly; "crashes" and "crashing" give "crash". */
  function stem(w) {
    if (w.length <= 3 || /\d/.test(w)) { return w; }
    var s = w;
    if (/ies$/.test(s) && s.length > 4) { s = s.slice(0, -3) + "y"; }
    else if (/(ss|us|is)$/.test(s)) { /* not a plural */ }
    else if (/(sh|ch|x|z|ss)es$/.test(s)) { s = s.slice(0, -2); }
    else if (/s$/.test(s)) { s = s.slice(0, -1); }
    var m = /^(.{3,}?)(ing|ed|er|ly)$/.exec(s);
    if (m) {
      s = m[1];
      if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss|zz)$/.test(s)) { s = s.slice(0, -1); }
      else if (/[^aeiou][aeiou][^aeiouwxy]$/.test(s) && m[2] !== "ly" && s.length <= 4) { s += "e"; }
    }
    return s.replace(/e$/, "");
  }

  /** True when a and b differ by one edit: a letter changed, added, removed, or two swapped. */
  function oneEdit(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1 || a === b) { return false; }
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) { i++; }
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  var prepared = null;
  function prepare() {
    var index = window.FIXPATH_INDEX, docs = window.FIXPATH_DOCS;
    if (prepared && prepared.index === index && prepared.docs === docs) { return prepared; }
    var terms = index.terms.split(" "), byLength = [];
    terms.forEach(function (t, i) { (byLength[t.length] = byLength[t.length] || []).push(i); });
    prepared = { index: index, docs: docs, terms: terms, byLength: byLength, body: {}, heads: {}, titles: [] };
    return prepared;
  }

  function decode(list) {
    var out = [], prev = 0;
    if (!list) { return out; }
    list.split(" ").forEach(function (gap) { prev += parseInt(gap, 36); out.push(prev); });
    return out;
  }
  function postings(p, i) { return p.body[i] || (p.body[i] = decode(p.index.postings[i])); }
  function headPostings(p, i) { return p.heads[i] || (p.heads[i] = decode(p.index.heads[i])); }

  function lowerBound(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < value) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  /** The index terms a query word stands for, each with a weight: itself, its stem's family, a prefix (last word), one typo. */
  function expand(p, w, last) {
    var found = {}, t = p.terms, i = lowerBound(t, w);
    if (t[i] === w) { found[i] = 1; }
    var s = stem(w), from = s.length > 3 ? s.slice(0, -1) : s, scanned = 0;
    for (var j = lowerBound(t, from); j < t.length && t[j].lastIndexOf(from, 0) === 0 && scanned < 400; j++, scanned++) {
      if (!found[j] && stem(t[j]) === s) { found[j] = 0.9; }
    }
    if (last && w.length >= 2) {
      for (var k = i, n = 0; k < t.length && t[k].lastIndexOf(w, 0) === 0 && n < 60; k++, n++) { if (!found[k]) { found[k] = 0.6; } }
    }
    // One typo: for a word of five letters or more that matches nothing, or only a few topics
    // (a misspelling that some topic happens to share).
    var seen = 0;
    Object.keys(found).forEach(function (ti) { seen += p.index.postings[ti].split(" ").length; });
    if (w.length >= 5 && seen < 5) {
      [w.length - 1, w.length, w.length + 1].forEach(function (len) {
        (p.byLength[len] || []).forEach(function (ti) { if (!found[ti] && oneEdit(w, t[ti])) { found[ti] = 0.5; } });
      });
    }
    return found;
  }

  /** Documents for a set of weighted terms: doc -> weight x field (title 10, heading 4, body 1). */
  function score(p, expanded) {
    var docs = {};
    Object.keys(expanded).forEach(function (ti) {
      var w = expanded[ti];
      postings(p, ti).forEach(function (d) { docs[d] = Math.max(docs[d] || 0, w); });
      headPostings(p, ti).forEach(function (d) {
        var title = p.titles[d] || (p.titles[d] = " " + p.docs[d][1].toLowerCase().replace(/[^\p{L}\p{N}_.]+/gu, " ") + " ");
        var inTitle = title.indexOf(" " + p.terms[ti]) >= 0;
        docs[d] = Math.max(docs[d] || 0, w * (inTitle ? 10 : 4));
      });
    });
    return docs;
  }

  /** {results: docs best first (`limit`, default 50, at most), total, terms: the index terms matched}. */
  function search(query, limit) {
    var p = prepare(), docs = p.docs, scores = {}, sets = [], matched = [];
    var codes = window.fixpath ? window.fixpath.ranges(query) : [];
    if (window.FIXPATH_CODES && window.fixpath) {
      window.fixpath.lookup(query).forEach(function (row, rank) {
        for (var d = 0; d < docs.length; d++) { if (docs[d][0] === row[0]) { scores[d] = 1000 - rank; } }
      });
    }
    codes.forEach(function (c) {
      var term = c.k + "." + c.s + "." + c.lo, i = lowerBound(p.terms, term), set = {};
      if (p.terms[i] === term) {
        matched.push(term);
        set = score(p, (function () { var e = {}; e[i] = 20; return e; })());
      }
      Object.keys(scores).forEach(function (d) { set[d] = Math.max(set[d] || 0, scores[d]); });
      sets.push(set);
    });
    var list = words(query);
    list.forEach(function (w, n) {
      var expanded = expand(p, w, n === list.length - 1);
      Object.keys(expanded).forEach(function (ti) { matched.push(p.terms[ti]); });
      sets.push(score(p, expanded));
    });
    if (!sets.length) { return { results: [], total: 0, terms: [] }; }
    var all = {};
    sets.forEach(function (set) { Object.keys(set).forEach(function (d) { all[d] = (all[d] || 0) + 1; }); });
    var candidates = Object.keys(all).filter(function (d) { return all[d] === sets.length; });
    if (!candidates.length) { candidates = Object.keys(all); }
    var total = {};
    candidates.forEach(function (d) {
      var sum = all[d] * 100;
      sets.forEach(function (set) { sum += set[d] || 0; });
      total[d] = sum;
    });
    var ranked = candidates.map(Number).sort(function (a, b) {
      return total[b] - total[a] || (docs[a][1] < docs[b][1] ? -1 : docs[a][1] > docs[b][1] ? 1 : 0);
    });
    return { results: ranked.slice(0, limit || 50).map(function (d) { return docs[d]; }), total: ranked.length, terms: matched };
  }

  window.fixpathSearch = function (q, limit) {
    var found = search(q, limit), out = found.results.slice();
    out.total = found.total;
    return out;
  };

  // ---- Showing results ----
  function root() { return window.fixpath ? window.fixpath.root() : ""; }
  function el(tag, attrs, text) { return window.fixpath.el(tag, attrs, text); }

  /** Text with the words that match (by term or stem) in <mark>. */
  function marked(text, terms) {
    var stems = {}, out = document.createDocumentFragment(), hit = false;
    terms.forEach(function (t) { stems[stem(t)] = true; stems[t] = true; });
    text.split(/([\p{L}\p{N}_][\p{L}\p{N}_.]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/u).forEach(function (part, i) {
      var lower = part.toLowerCase();
      if (i % 2 === 1 && (stems[lower] || stems[stem(lower)])) {
        out.appendChild(el("mark", {}, part));
        hit = true;
      } else if (part) {
        out.appendChild(document.createTextNode(part));
      }
    });
    out.hit = hit;
    return out;
  }

  function resultItem(doc, terms) {
    var li = el("li", { "class": "search-result" });
    var a = el("a", { href: root() + doc[0] });
    var title = marked(doc[1], terms);
    a.appendChild(title);
    li.appendChild(a);
    if (doc[3]) { li.appendChild(el("span", { "class": "codes" }, " " + doc[3].replace(/ /g, ", "))); }
    if (doc[4]) { li.appendChild(el("p", { "class": "result-path" }, doc[4])); }
    var snippet = marked(doc[2] || "", terms), hit = title.hit || snippet.hit;
    if (doc[2]) { var p = el("p", { "class": "result-snippet" }); p.appendChild(snippet); li.appendChild(p); }
    if (!hit && terms.length) {
      var also = el("p", { "class": "result-also" }, "Found in the text: ");
      also.appendChild(marked(terms.slice(0, 4).join(", "), terms));
      li.appendChild(also);
    }
    return li;
  }

  function countText(shown, total) {
    if (!total) { return "No results."; }
    return (shown < total ? shown + " of " + total : String(total)) + (total === 1 ? " result" : " results");
  }

  /** Loads the index scripts once; calls back when they have run. */
  var waiting = null;
  function loadIndex(then) {
    if (window.FIXPATH_INDEX && window.FIXPATH_DOCS) { then(); return; }
    if (waiting) { waiting.push(then); return; }
    waiting = [then];
    var names = ["codes.js", "search-docs.js", "search-index.js"], left = 0;
    names.forEach(function (name) {
      if (document.querySelector("script[src$='assets/" + name + "']")) { return; }
      left++;
      var s = document.createElement("script");
      s.src = root() + "assets/" + name;
      s.onload = s.onerror = function () { if (--left === 0 && window.FIXPATH_INDEX) { waiting.forEach(function (f) { f(); }); waiting = null; } };
      document.head.appendChild(s);
    });
    if (!left) { window.addEventListener("load", function () { var w = waiting; waiting = null; w.forEach(function (f) { f(); }); }); }
  }

  // ---- The header box: results as you type ----
  function setupHeader() {
    var input = document.getElementById("site-search-input"), popup = document.getElementById("site-search-popup");
    if (!input || !popup || document.getElementById("search-input")) { return; }
    var timer = null;
    function close() { popup.hidden = true; }
    function run() {
      var q = input.value;
      if (!q.trim()) { close(); return; }
      loadIndex(function () {
        if (input.value !== q) { return; }
        var found = search(q), shown = found.results.slice(0, 8);
        popup.textContent = "";
        popup.appendChild(el("p", { "class": "popup-status", role: "status" }, countText(shown.length, found.total)));
        var ol = el("ol", { "class": "popup-results" });
        shown.forEach(function (doc) { ol.appendChild(resultItem(doc, found.terms)); });
        popup.appendChild(ol);
        if (found.total) {
          popup.appendChild(el("a", { "class": "popup-all", href: root() + "search.html?q=" + encodeURIComponent(q) }, "See all " + found.total + " results"));
        }
        popup.hidden = false;
      });
    }
    input.addEventListener("focus", function () { loadIndex(function () {}); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    input.form.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(popup.querySelectorAll("a")), at = links.indexOf(document.activeElement);
      if (e.key === "Escape") { close(); input.focus(); return; }
      if (popup.hidden || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) { return; }
      e.preventDefault();
      var next = e.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) { input.focus(); } else if (links[Math.min(next, links.length - 1)]) { links[Math.min(next, links.length - 1)].focus(); }
    });
    document.addEventListener("click", function (e) { if (!input.form.contains(e.target)) { close(); } });
  }

  // ---- search.html ----
  function setupPage() {
    var input = document.getElementById("search-input"), list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list) { return; }
    input.value = new URLSearchParams(window.location.search).get("q") || "";
    function run() {
      if (!(window.FIXPATH_INDEX && window.FIXPATH_DOCS)) { status.textContent = "Loading the index…"; return; }
      list.textContent = "";
      if (!input.value.trim()) { status.textContent = "Type words or a status code to search."; return; }
      var started = performance.now(), found = search(input.value), ms = Math.round(performance.now() - started);
      status.textContent = countText(found.results.length, found.total) + (found.total ? " (" + ms + " ms)" : "");
      status.setAttribute("data-ms", String(ms));
      found.results.forEach(function (doc) { list.appendChild(resultItem(doc, found.terms)); });
    }
    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    document.getElementById("search-form").addEventListener("submit", function (e) {
      e.preventDefault();
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      run();
    });
    loadIndex(run);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupHeader();
    setupPage();
  });
})();
