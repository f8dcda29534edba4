/* fixpath site script: theme toggle, bounce-message box, search. Works from file:// and a server. */
(function () {
  "use strict";

  // ---- Status codes: the same rules as fixpath's StatusCodeScanner (Swift). ----
  function isDigit(c) { return c >= "0" && c <= "9"; }

  function number(s, i, maxDigits) {
    var start = i, value = 0;
    while (i < s.length && isDigit(s[i]) && i - start < maxDigits) { value = value * 10 + (s.charCodeAt(i) - 48); i++; }
    if (i === start || (i < s.length && isDigit(s[i]))) { return null; }
    return [value, i];
  }

  function code(s, start) {
    if (!isDigit(s[start]) || (start > 0 && (isDigit(s[start - 1]) || s[start - 1] === "."))) { return null; }
    var i = start, reply = null, r = number(s, i, 3);
    if (r && r[1] - start === 3 && r[1] < s.length && s[r[1]] === " " && [2, 4, 5].indexOf(Math.floor(r[0] / 100)) >= 0) {
      reply = r[0]; i = r[1] + 1;
      if (i >= s.length || !isDigit(s[i])) { return null; }
    }
    var k = s[i] >= "2" ? number(s, i, 1) : null;
    if (!k || [2, 4, 5].indexOf(k[0]) < 0 || k[1] >= s.length || s[k[1]] !== ".") { return reply === null ? null : code(s, i); }
    var sub = number(s, k[1] + 1, 3);
    if (!sub || sub[1] >= s.length || s[sub[1]] !== ".") { return reply === null ? null : code(s, i); }
    var det = number(s, sub[1] + 1, 3);
    if (!det) { return reply === null ? null : code(s, i); }
    var end = det[1];
    if (end < s.length && s[end] === "." && end + 1 < s.length && isDigit(s[end + 1])) { return null; }
    return [{ k: k[0], s: sub[0], d: det[0] }, end];
  }

  function rangeEnd(s, start, low) {
    var i = start;
    while (i < s.length && s[i] === " ") { i++; }
    var joined = false;
    if (i < s.length && (s[i] === "-" || s[i] === "\u2013")) { i++; joined = true; } else {
      var words = ["through", "thru", "to"];
      for (var w = 0; w < words.length; w++) {
        var word = words[w];
        if (s.substr(i, word.length).toLowerCase() === word && s[i + word.length] === " ") { i += word.length; joined = true; break; }
      }
    }
    if (!joined) { return null; }
    while (i < s.length && s[i] === " ") { i++; }
    if (i >= s.length) { return null; }
    var high = code(s, i);
    if (high && high[0].k === low.k && high[0].s === low.s && high[0].d > low.d) { return [high[0].d, high[1]]; }
    var n = number(s, i, 3);
    if (n && n[0] > low.d && (n[1] >= s.length || s[n[1]] !== ".")) { return [n[0], n[1]]; }
    return null;
  }

  /** Every code or range in text, as {k, s, lo, hi}. */
  function ranges(text) {
    var out = [], seen = {}, i = 0;
    while (i < text.length) {
      var c = code(text, i);
      if (!c) { i++; continue; }
      var low = c[0], hi = low.d, next = c[1], e = rangeEnd(text, c[1], low);
      if (e) { hi = e[0]; next = e[1]; }
      var key = low.k + "." + low.s + "." + low.d + "-" + hi;
      if (!seen[key]) { seen[key] = true; out.push({ k: low.k, s: low.s, lo: low.d, hi: hi }); }
      i = next;
    }
    return out;
  }

  function parseRange(text) {
    var m = /^(\d)\.(\d+)\.(\d+)(?:-\d\.\d+\.(\d+))?$/.exec(text);
    return m ? { k: +m[1], s: +m[2], lo: +m[3], hi: m[4] ? +m[4] : +m[3] } : null;
  }

  /** Topics covering the codes found in text, best first: an exact code before a range, narrow before wide. */
  function lookup(text) {
    var rows = window.FIXPATH_CODES || [], found = [], seen = {};
    ranges(text).forEach(function (q) {
      var hits = [];
      rows.forEach(function (row) {
        var best = null;
        row[2].split(" ").forEach(function (r) {
          var range = parseRange(r);
          if (range && range.k === q.k && range.s === q.s && range.lo <= q.lo && q.lo <= range.hi) {
            var width = range.hi - range.lo + 1;
            if (best === null || width < best) { best = width; }
          }
        });
        if (best !== null) { hits.push({ row: row, width: best }); }
      });
      hits.sort(function (a, b) { return a.width - b.width || (a.row[0] < b.row[0] ? -1 : 1); });
      hits.forEach(function (h) { if (!seen[h.row[0]]) { seen[h.row[0]] = true; found.push(h.row); } });
    });
    return found;
  }
  window.fixpathCodes = { ranges: ranges, lookup: lookup };

  function root() {
    var link = document.querySelector(".site-title");
    return link ? link.getAttribute("href").replace(/index\.html$/, "") : "";
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // ---- Theme toggle ----
  function setupTheme() {
    var button = document.getElementById("theme-toggle");
    if (!button) { return; }
    function current() {
      var set = document.documentElement.getAttribute("data-theme");
      if (set) { return set; }
      return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }
    function label() {
      var dark = current() === "dark";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      button.textContent = dark ? "Light mode" : "Dark mode";
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      document.documentElement.setAttribute("data-theme", next);
      try { window.localStorage.setItem("fixpath-theme", next); } catch (e) { /* private mode */ }
      label();
    });
  }

  // ---- Bounce-message box ----
  function setupBounceBox() {
    var form = document.getElementById("bounce-form");
    var input = document.getElementById("bounce-input");
    var results = document.getElementById("bounce-results");
    if (!form || !input || !results) { return; }
    var toGuide = form.getAttribute("data-target") === "guide";
    function show() {
      var text = input.value;
      results.textContent = "";
      if (!text.trim()) { return; }
      var found = lookup(text);
      if (!found.length) {
        var p = el("p", { "class": "bounce-none" }, ranges(text).length ? "No topic covers that status code yet. " : "No status code found in that text. ");
        var a = el("a", { href: root() + "search.html?q=" + encodeURIComponent(text.trim().slice(0, 200)) }, "Search the words instead");
        p.appendChild(a);
        results.appendChild(p);
        return;
      }
      var heading = el("p", { "class": "bounce-count" }, found.length === 1 ? "This topic covers it:" : found.length + " topics cover it:");
      var list = el("ul", { "class": "bounce-list" });
      found.forEach(function (row) {
        var href = root() + (toGuide && row[3] !== 0 ? row[0].replace(/\.html$/, ".guide.html") : row[0]);
        var li = el("li");
        li.appendChild(el("a", { href: href }, row[1]));
        li.appendChild(el("span", { "class": "codes" }, " (" + row[2].replace(/ /g, ", ") + ")"));
        list.appendChild(li);
      });
      results.appendChild(heading);
      results.appendChild(list);
    }
    form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
    input.addEventListener("input", show);
    if (window.FIXPATH_CODES) { show(); } else { window.addEventListener("load", show); }
  }

  // ---- Search ----
  var STOP = ("the and for are but not you your with this that from can was were will has have had its it's into than then there " +
    "these those they their them what when which who how why all any more most other some such only own same too very just also does " +
    "did doing our out over under again about after before while where each both few because until she his her him here through " +
    "during above below off further once should would could may might must shall use using used").split(" ");
  var stopSet = {};
  STOP.forEach(function (w) { stopSet[w] = true; });

  function terms(text) {
    var out = [], seen = {};
    (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || []).forEach(function (t) {
      if (t.length >= 2 && t.length <= 40 && !stopSet[t] && !seen[t]) { seen[t] = true; out.push(t); }
    });
    return out;
  }

  /** The index comes in two scripts: the topics (changed only when a title, description or code is) and the words. */
  function indexLoaded() { return !!(window.FIXPATH_INDEX && window.FIXPATH_DOCS); }

  var prepared = null;
  function prepare() {
    if (prepared && prepared.index === window.FIXPATH_INDEX && prepared.docs === window.FIXPATH_DOCS) { return prepared; }
    var index = window.FIXPATH_INDEX;
    prepared = { index: index, docs: window.FIXPATH_DOCS, terms: index.terms.split(" "), cache: {}, lower: [] };
    return prepared;
  }

  function postings(p, i) {
    if (p.cache[i]) { return p.cache[i]; }
    var out = [], prev = 0;
    p.index.postings[i].split(" ").forEach(function (gap) { prev += parseInt(gap, 36); out.push(prev); });
    p.cache[i] = out;
    return out;
  }

  function lowerBound(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < value) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  /** Documents matching term (and, for the last word typed, terms starting with it). */
  function match(p, term, prefix) {
    var docs = {}, i = lowerBound(p.terms, term), n = 0;
    while (i < p.terms.length && (p.terms[i] === term || (prefix && p.terms[i].indexOf(term) === 0)) && n < 40) {
      postings(p, i).forEach(function (d) { docs[d] = true; });
      i++; n++;
    }
    return docs;
  }

  function search(query) {
    var p = prepare(), docs = p.docs, scores = {}, words = terms(query);
    lookup(query).forEach(function (row, rank) {
      for (var d = 0; d < docs.length; d++) { if (docs[d][0] === row[0]) { scores[d] = 1000 - rank; } }
    });
    if (words.length) {
      var sets = words.map(function (w, i) { return match(p, w, i === words.length - 1); });
      var candidates = Object.keys(sets[0]).filter(function (d) { return sets.every(function (s) { return s[d]; }); });
      if (!candidates.length) {
        candidates = [];
        sets.forEach(function (s) { Object.keys(s).forEach(function (d) { if (candidates.indexOf(d) < 0) { candidates.push(d); } }); });
      }
      candidates.forEach(function (d) {
        if (!p.lower[d]) { p.lower[d] = [docs[d][1].toLowerCase(), docs[d][2].toLowerCase()]; }
        var score = scores[d] || 0;
        words.forEach(function (w, i) {
          score += sets[i][d] ? 1 : 0;
          if (p.lower[d][0].indexOf(w) >= 0) { score += 10; }
          if (p.lower[d][1].indexOf(w) >= 0) { score += 3; }
        });
        scores[d] = score;
      });
    }
    return Object.keys(scores).map(Number).sort(function (a, b) {
      return scores[b] - scores[a] || (docs[a][1] < docs[b][1] ? -1 : docs[a][1] > docs[b][1] ? 1 : 0);
    }).slice(0, 50).map(function (d) { return docs[d]; });
  }
  window.fixpathSearch = function (q) { return search(q); };

  function setupSearchPage() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list) { return; }
    var q = new URLSearchParams(window.location.search).get("q") || "";
    input.value = q;
    function run() {
      if (!indexLoaded()) { status.textContent = "Loading the index…"; return; }
      var query = input.value;
      list.textContent = "";
      if (!query.trim()) { status.textContent = "Type words or a status code to search."; return; }
      var started = performance.now();
      var found = search(query);
      var ms = Math.round(performance.now() - started);
      status.textContent = found.length ? found.length + (found.length === 1 ? " result" : " results") + " (" + ms + " ms)" : "No results.";
      status.setAttribute("data-ms", String(ms));
      found.forEach(function (doc) {
        var li = el("li", { "class": "search-result" });
        li.appendChild(el("a", { href: root() + doc[0] }, doc[1]));
        if (doc[3]) { li.appendChild(el("span", { "class": "codes" }, " " + doc[3].replace(/ /g, ", "))); }
        if (doc[2]) { li.appendChild(el("p", {}, doc[2])); }
        list.appendChild(li);
      });
    }
    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 80); });
    document.getElementById("search-form").addEventListener("submit", function (e) {
      e.preventDefault();
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      run();
    });
    if (indexLoaded()) { run(); } else { window.addEventListener("load", run); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupTheme();
    setupBounceBox();
    setupSearchPage();
  });
})();
