// Generated from templates/ by `FIXPATH_RECORD=1 swift test --filter BuiltinTheme`. Do not edit.

/// The theme compiled into the binary, so it works from any folder.
enum BuiltinTheme {
    static let files: [String: String] = [
        "404.mustache": ###"""
{{> head}}
<main id="main" class="not-found">
<h1>Page not found</h1>
<p>The page you asked for is not here. Go to the <a href="{{root}}index.html">list of topics</a>.</p>
</main>
{{> foot}}

"""###,
        "assets/fixpath.css": ###"""
:root {
  --fg: #1b1b1b; --bg: #ffffff; --muted: #555555; --link: #0550a0; --border: #c8c8c8; --surface: #f5f7fa;
  --note: #e8f1fb; --note-border: #0550a0; --tip: #e9f5ea; --tip-border: #1e6b24;
  --important: #f3ecfa; --important-border: #6a2ca3; --caution: #fdf1e7; --caution-border: #a44100;
  --warning: #fde9ea; --warning-border: #b1101b; --code: #f0f0f0;
  color-scheme: light;
}
:root[data-theme="dark"] {
  --fg: #e8e8e8; --bg: #161718; --muted: #b4b4b4; --link: #7fb8ff; --border: #4a4d52; --surface: #202226;
  --note: #1c2a3a; --note-border: #7fb8ff; --tip: #1c2e20; --tip-border: #7fd48a;
  --important: #2b2238; --important-border: #c79cf0; --caution: #35271b; --caution-border: #f0a868;
  --warning: #3a1f22; --warning-border: #ff8f98; --code: #2a2c30;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
    --fg: #e8e8e8; --bg: #161718; --muted: #b4b4b4; --link: #7fb8ff; --border: #4a4d52; --surface: #202226;
    --note: #1c2a3a; --note-border: #7fb8ff; --tip: #1c2e20; --tip-border: #7fd48a;
    --important: #2b2238; --important-border: #c79cf0; --caution: #35271b; --caution-border: #f0a868;
    --warning: #3a1f22; --warning-border: #ff8f98; --code: #2a2c30;
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid var(--link); outline-offset: 2px;
}
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -9999px; top: 0; background: var(--bg); color: var(--link); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; top: .5rem; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.25rem; padding: .75rem 1.5rem; border-bottom: 1px solid var(--border); background: var(--surface); }
.site-title { font-weight: 700; text-decoration: none; font-size: 1.1rem; margin-right: auto; }
.site-search { display: flex; gap: .4rem; flex: 1 1 18rem; max-width: 32rem; }
.site-search input { flex: 1; }
input, textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .4rem .6rem; }
button, .button { font: inherit; cursor: pointer; border-radius: 6px; padding: .45rem .9rem; border: 2px solid var(--link); background: var(--link); color: var(--bg); font-weight: 600; text-decoration: none; display: inline-block; }
.theme-toggle { background: transparent; color: var(--link); }
.site-footer { padding: 1rem 1.5rem; border-top: 1px solid var(--border); color: var(--muted); margin-top: 3rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0; font-size: .9rem; }
.breadcrumbs li + li::before { content: "/"; margin-right: .25rem; color: var(--muted); }
.topic-meta, .topic-description { color: var(--muted); }
h1 { font-size: 2rem; line-height: 1.25; }
img { max-width: 100%; height: auto; }
img.icon { width: 1.25em; height: 1.25em; vertical-align: middle; }
img.bordered { border: 1px solid var(--border); }
code { background: var(--code); padding: .1em .3em; border-radius: 3px; font-size: .92em; }
pre { background: var(--code); padding: 1rem; overflow-x: auto; }
pre code { padding: 0; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--border); padding: .4rem .6rem; vertical-align: top; text-align: left; }
.align-center { text-align: center; } .align-right { text-align: right; }
.alert { border-left: 4px solid var(--note-border); background: var(--note); padding: .5rem 1rem; margin: 1rem 0; }
.alert-title { font-weight: 700; margin: .25rem 0; }
.alert-tip { background: var(--tip); border-color: var(--tip-border); }
.alert-important { background: var(--important); border-color: var(--important-border); }
.alert-caution { background: var(--caution); border-color: var(--caution-border); }
.alert-warning { background: var(--warning); border-color: var(--warning-border); }
.nextstepaction a { display: inline-block; padding: .5rem 1rem; border: 2px solid var(--link); text-decoration: none; font-weight: 600; }
.tab-group { border: 1px solid var(--border); padding: 0 1rem; margin: 1rem 0; }
.tab-title { font-weight: 700; border-bottom: 1px solid var(--border); }
.start-guide-wrap { margin: 1rem 0; }
.in-this-article { border-left: 3px solid var(--border); padding-left: 1rem; margin: 1.5rem 0; }
.in-this-article h2 { font-size: 1rem; margin: 0 0 .25rem; }
.in-this-article ol { margin: 0; padding-left: 1.2rem; }
.tree-figure { margin: 1.5rem 0; border: 1px solid var(--border); border-radius: 6px; padding: .5rem 1rem; }
.tree-figure summary { cursor: pointer; font-weight: 600; }
.diagram-scroll { overflow-x: auto; padding: .5rem 0; }
svg.tree-diagram { font: 12px system-ui, sans-serif; }
svg.tree-diagram .edge { fill: none; stroke: var(--muted); stroke-width: 1.5; }
svg.tree-diagram rect { stroke-width: 1.5; }
svg.tree-diagram .question rect { fill: var(--note); stroke: var(--note-border); }
svg.tree-diagram .answer rect { fill: var(--tip); stroke: var(--tip-border); }
svg.tree-diagram text { fill: var(--fg); }
.bounce-box { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1rem 1.25rem 1.25rem; margin: 1rem 0 2rem; }
.bounce-box h2 { margin-top: 0; }
.bounce-box label { display: block; margin-bottom: .4rem; }
.bounce-box textarea { width: 100%; margin-bottom: .6rem; }
.bounce-list { padding-left: 1.2rem; }
.codes { color: var(--muted); font-size: .9rem; }
.topic-group ul { padding-left: 1.2rem; }
.topic-group li p { margin: .1rem 0 .6rem; color: var(--muted); }
.toc-group { font-weight: 600; }
#search-form { display: flex; gap: .5rem; flex-wrap: wrap; }
#search-form label { flex-basis: 100%; }
#search-input { flex: 1; }
.search-result { margin-bottom: 1rem; }
.search-result p { margin: .2rem 0; color: var(--muted); }
@media (max-width: 40rem) { h1 { font-size: 1.6rem; } main { padding: 1rem; } }
@media print {
  .site-header, .site-footer, .skip-link, .breadcrumbs, .start-guide-wrap, .tree-figure { display: none; }
  body { color: #000; background: #fff; }
  a { color: inherit; }
}

"""###,
        "assets/fixpath.js": ###"""
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
        var href = root() + (toGuide ? row[0].replace(/\.html$/, ".guide.html") : row[0]);
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

"""###,
        "assets/theme.js": ###"""
(function () {
  "use strict";
  var saved = null;
  try { saved = window.localStorage.getItem("fixpath-theme"); } catch (e) { saved = null; }
  if (saved === "dark" || saved === "light") { document.documentElement.setAttribute("data-theme", saved); }
})();

"""###,
        "assets/wizard.css": ###"""
.wizard .wizard-kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
.wizard h1 { margin-top: .25rem; }
.wizard-node { display: none; border-top: 1px solid var(--border); padding-top: .5rem; }
main.wizard:not(.js-on) .wizard-node:target { display: block; }
main.wizard:not(.js-on):not(:has(.wizard-node:target)) #n-root { display: block; }
main.wizard.js-on .wizard-node.current { display: block; }
.wizard-title:focus { outline: none; }
.wizard-progress { color: var(--muted); font-size: .9rem; }
.wizard-choices, .wizard-next { list-style: none; padding: 0; display: grid; gap: .6rem; }
a.wizard-choice, a.wizard-alternative, a.wizard-escalate {
  display: block; padding: .9rem 1rem; border: 2px solid var(--link); border-radius: 8px;
  text-decoration: none; font-weight: 600; font-size: 1.05rem; color: var(--link); background: var(--bg);
}
a.wizard-choice:hover, a.wizard-alternative:hover, a.wizard-escalate:hover { background: var(--note); }
.choice-key { display: inline-block; min-width: 1.6em; height: 1.6em; line-height: 1.6em; text-align: center;
  border-radius: 50%; background: var(--link); color: var(--bg); margin-right: .5rem; font-size: .9rem; }
.wizard-trail ol { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .3rem; font-size: .9rem; }
.wizard-trail li + li::before { content: "›"; margin-right: .3rem; color: var(--muted); }
.trail-prompt { color: var(--muted); }
.trail-prompt::after { content: " ·"; }
.wizard-feedback { margin: 1.5rem 0 1rem; padding: 1rem; border: 1px solid var(--border); border-radius: 8px; }
.feedback-question { font-weight: 700; margin-top: 0; }
.wizard-nav { display: flex; gap: 1rem; margin-top: 1.5rem; }
.handoff { margin: 1rem 0; padding: 1rem; background: var(--note); border-radius: 8px; }
.handoff-title { font-weight: 700; margin-top: 0; }
.handoff-note { width: 100%; font: inherit; padding: .5rem; color: var(--fg); background: var(--bg); border: 1px solid var(--border); }
.guide-topics { columns: 2 20rem; }
@media print {
  .wizard-choices, .wizard-nav, .wizard-feedback, .wizard-progress, .copy-note, .wizard-source { display: none !important; }
  main.wizard.js-on .wizard-node:not(.current) { display: none; }
  .wizard-trail { display: block; }
  .wizard-trail li + li::before { content: " › "; }
}

"""###,
        "assets/wizard.js": ###"""
/* fixpath guided fix: one question at a time. The state lives in the URL hash (#/admin/method-1/new-eac),
   so back and forward work and any point can be shared. Without this script the page still works
   through plain #n-… links and :target. */
(function () {
  "use strict";
  var main = document.querySelector("main.wizard");
  var dataNode = document.getElementById("wizard-data");
  if (!main || !dataNode) { return; }
  var data = JSON.parse(dataNode.textContent);
  var nodes = data.nodes, parent = {};
  Object.keys(nodes).forEach(function (id) {
    (nodes[id].choices || []).forEach(function (c) { parent[c[1]] = { id: id, slug: c[0], label: c[2] }; });
  });

  function pathOf(id) {
    var slugs = [];
    while (parent[id]) { slugs.unshift(parent[id].slug); id = parent[id].id; }
    return slugs;
  }

  function nodeAt(slugs) {
    var id = data.root;
    for (var i = 0; i < slugs.length; i++) {
      var choices = (nodes[id] && nodes[id].choices) || [], next = null;
      for (var j = 0; j < choices.length; j++) {
        if (choices[j][0] === slugs[i] || String(j + 1) === slugs[i]) { next = choices[j][1]; }
      }
      if (!next) { return null; }
      id = next;
    }
    return id;
  }

  function hashFor(id, extra, tried) {
    var h = "#/" + pathOf(id).join("/");
    if (extra) { h += (h.length > 2 ? "/" : "") + extra; }
    if (tried && tried.length) { h += "?tried=" + tried.join(","); }
    return h;
  }

  /** The alternative (method) a node sits under: [question id, choice slug]. */
  function alternativeOf(id) {
    while (parent[id]) {
      var up = parent[id];
      if (nodes[up.id].selection === "alternative") { return up; }
      id = up.id;
    }
    return null;
  }

  function parse(hash) {
    var raw = decodeURIComponent(hash.replace(/^#/, "")), tried = [];
    var q = raw.indexOf("?tried=");
    if (q >= 0) { tried = raw.slice(q + 7).split(",").filter(Boolean); raw = raw.slice(0, q); }
    if (raw === "fixed") { return { section: "fixed", tried: tried }; }
    if (raw === "n-escalation") { return { section: "n-escalation", tried: tried }; }
    if (/^n-.*--no$/.test(raw)) { return { node: raw.slice(0, -4), no: true, tried: tried }; }
    if (/^n-/.test(raw) && nodes[raw]) { return { node: raw, tried: tried }; }
    if (raw.charAt(0) !== "/" && raw !== "") { return { node: data.root, tried: tried }; }
    var slugs = raw.split("/").filter(Boolean), extra = null;
    if (slugs.length && slugs[slugs.length - 1].charAt(0) === "!") { extra = slugs.pop(); }
    if (extra === "!fixed") { return { section: "fixed", tried: tried }; }
    if (extra === "!help") { return { section: "n-escalation", tried: tried }; }
    var id = nodeAt(slugs);
    if (!id) { return { node: data.root, tried: tried, bad: true }; }
    return { node: id, no: extra === "!no", tried: tried };
  }

  var live = document.getElementById("wizard-live");
  var current = null;

  function show(state) {
    var sectionId = state.section || (state.no ? state.node + "--no" : state.node);
    var section = document.getElementById(sectionId) || document.getElementById(data.root);
    Array.prototype.forEach.call(main.querySelectorAll(".wizard-node"), function (s) {
      s.classList.toggle("current", s === section);
    });
    if (state.node) { rewrite(section, state); }
    current = { section: section, state: state };
    var title = section.querySelector(".wizard-title");
    if (title) {
      if (live) { live.textContent = title.textContent; }
      if (document.activeElement !== title && state.focus !== false) { title.focus({ preventScroll: false }); }
    }
  }

  /** Points the section's links at hash paths, and on a "No" screen offers only untried alternatives. */
  function rewrite(section, state) {
    var id = state.node, tried = state.tried.slice();
    Array.prototype.forEach.call(section.querySelectorAll("a.wizard-choice"), function (a, i) {
      a.setAttribute("href", hashFor(nodes[id].choices[i][1], null, tried));
    });
    Array.prototype.forEach.call(section.querySelectorAll("a.wizard-back"), function (a) {
      a.setAttribute("href", parent[id] && !state.no ? hashFor(parent[id].id, null, tried) : hashFor(id, null, tried));
    });
    Array.prototype.forEach.call(section.querySelectorAll("a.wizard-restart"), function (a) { a.setAttribute("href", "#/"); });
    Array.prototype.forEach.call(section.querySelectorAll("nav.wizard-trail a"), function (a) {
      var target = a.getAttribute("data-node") || a.getAttribute("href").replace(/^#/, "");
      a.setAttribute("data-node", target);
      if (nodes[target]) { a.setAttribute("href", hashFor(target, null, tried)); }
    });
    var yes = section.querySelector("a.wizard-yes"), no = section.querySelector("a.wizard-no");
    if (yes) { yes.setAttribute("href", "#/!fixed"); }
    if (no) { no.setAttribute("href", hashFor(id, "!no", tried)); }
    if (state.no) {
      var alt = alternativeOf(id);
      if (alt && tried.indexOf(alt.slug) < 0) { tried.push(alt.slug); }
      // The page links only the next method, which keeps it small; every untried one comes from the tree.
      var list = section.querySelector("ul.wizard-next"), last = list && list.querySelector("a.wizard-escalate, a.wizard-article");
      Array.prototype.forEach.call(section.querySelectorAll("a.wizard-alternative"), function (a) { a.parentNode.remove(); });
      var offered = 0;
      (alt && list ? nodes[alt.id].choices : []).forEach(function (c) {
        if (tried.indexOf(c[0]) >= 0) { return; }
        var a = document.createElement("a"), li = document.createElement("li");
        a.className = "wizard-alternative";
        a.setAttribute("data-node", c[1]);
        a.setAttribute("href", hashFor(c[1], null, tried));
        a.textContent = "Try: " + c[2];
        li.appendChild(a);
        list.insertBefore(li, last ? last.parentNode : null);
        offered++;
      });
      var escalate = section.querySelector("a.wizard-escalate");
      if (escalate) {
        escalate.setAttribute("href", "#/!help");
        escalate.textContent = offered ? "None of these worked: get more help" : "Get more help";
      }
    }
  }

  function route() { show(parse(window.location.hash)); }

  main.classList.add("js-on");
  window.addEventListener("hashchange", route);
  var first = parse(window.location.hash);
  first.focus = window.location.hash !== "";
  show(first);
  if (window.location.hash && /^#n-/.test(window.location.hash) && current && current.state.node) {
    history.replaceState(null, "", hashFor(current.state.node, current.state.no ? "!no" : null, current.state.tried));
  }

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) { return; }
    if (!current || !/^[1-9]$/.test(e.key)) { return; }
    var links = current.section.querySelectorAll("a.wizard-choice, a.wizard-alternative:not([hidden])");
    var visible = Array.prototype.filter.call(links, function (a) { return !a.parentNode.hidden; });
    var link = visible[Number(e.key) - 1];
    if (link) { e.preventDefault(); window.location.hash = link.getAttribute("href"); }
  });

  Array.prototype.forEach.call(document.querySelectorAll("button.copy-note"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var area = document.getElementById(button.getAttribute("data-copy"));
      area.select();
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
})();

"""###,
        "crumbs.mustache": ###"""
{{#hasBreadcrumbs}}<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
{{#breadcrumbs}}<li><a href="{{href}}">{{name}}</a></li>
{{/breadcrumbs}}</ol></nav>
{{/hasBreadcrumbs}}

"""###,
        "foot.mustache": ###"""
<footer class="site-footer">
<p>Built with fixpath. <a href="{{root}}guide.html">Guided fix</a> · <a href="{{root}}search.html">Search</a></p>
</footer>
</body>
</html>

"""###,
        "guide.mustache": ###"""
{{> head}}
<main id="main" class="wizard">
{{> crumbs}}
<p class="wizard-kicker">Guided fix</p>
<h1>{{heading}}</h1>
<p class="wizard-source">Prefer the whole article? <a href="{{topicPage}}">Read it</a>.</p>
<div id="wizard-live" class="visually-hidden" aria-live="polite"></div>
{{{sections}}}
</main>
<script type="application/json" id="wizard-data">{{{data}}}</script>
<script src="{{root}}assets/wizard.js" defer></script>
{{> foot}}

"""###,
        "head.mustache": ###"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{pageTitle}}</title>
{{#description}}<meta name="description" content="{{description}}">
{{/description}}<meta name="generator" content="fixpath">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="{{root}}assets/fixpath.css">
{{#wizard}}<link rel="stylesheet" href="{{root}}assets/wizard.css">
{{/wizard}}
<script src="{{root}}assets/theme.js"></script>
<script src="{{root}}assets/fixpath.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a class="site-title" href="{{root}}index.html">{{siteTitle}}</a>
<form class="site-search" role="search" action="{{root}}search.html" method="get">
<label for="site-search-input" class="visually-hidden">Search all topics</label>
<input id="site-search-input" type="search" name="q" placeholder="Search topics or paste a status code" autocomplete="off">
<button type="submit">Search</button>
</form>
<button type="button" id="theme-toggle" class="theme-toggle" aria-pressed="false" hidden>Dark mode</button>
</header>

"""###,
        "index.mustache": ###"""
{{> head}}
<main id="main" class="home">
<h1>{{siteTitle}}</h1>
<section class="bounce-box" aria-labelledby="bounce-title">
<h2 id="bounce-title">What does your bounce message say?</h2>
<form id="bounce-form" action="search.html" method="get">
<label for="bounce-input">Type the status code, or paste the text of the bounce message.</label>
<textarea id="bounce-input" name="q" rows="3" placeholder="For example: 550 5.7.124 RESOLVER.RST.NotAuthorized"></textarea>
<button type="submit" class="button">Find the fix</button>
</form>
<div id="bounce-results" aria-live="polite"></div>
</section>
{{#groups}}<section class="topic-group" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
<h2 id="{{anchor}}-title">{{name}}</h2>
<ul>
{{#items}}{{> tocitem}}{{/items}}
</ul>
</section>
{{/groups}}
</main>
<script src="assets/codes.js" defer></script>
{{> foot}}

"""###,
        "search.mustache": ###"""
{{> head}}
<main id="main" class="search-page">
<h1>Search</h1>
<form id="search-form" role="search" action="search.html" method="get">
<label for="search-input">Search every topic by words or by status code</label>
<input id="search-input" type="search" name="q" autocomplete="off">
<button type="submit" class="button">Search</button>
</form>
<p id="search-status" aria-live="polite">Loading the index…</p>
<ol id="search-results"></ol>
<noscript><p>Search needs JavaScript. Browse the <a href="index.html">list of topics</a> instead.</p></noscript>
</main>
<script src="assets/codes.js" defer></script>
<script src="assets/search-docs.js" async></script>
<script src="assets/search-index.js" async></script>
{{> foot}}

"""###,
        "sitewide-guide.mustache": ###"""
{{> head}}
<main id="main" class="wizard sitewide">
<h1>Guided fix</h1>
<section class="bounce-box" aria-labelledby="bounce-title">
<h2 id="bounce-title">What does your bounce message say?</h2>
<form id="bounce-form" action="search.html" method="get" data-target="guide">
<label for="bounce-input">Type the status code, or paste the text of the bounce message.</label>
<textarea id="bounce-input" name="q" rows="3" placeholder="For example: 550 5.7.124"></textarea>
<button type="submit" class="button">Start</button>
</form>
<div id="bounce-results" aria-live="polite"></div>
</section>
<section aria-labelledby="pick-title">
<h2 id="pick-title">Or pick a topic</h2>
<ul class="guide-topics">
{{#topics}}<li><a href="{{href}}">{{title}}</a></li>
{{/topics}}</ul>
</section>
</main>
<script src="assets/codes.js" defer></script>
{{> foot}}

"""###,
        "tocitem.mustache": ###"""
<li>{{#isTopic}}<a href="{{href}}">{{title}}</a>{{#hasDescription}}<p>{{description}}</p>{{/hasDescription}}{{/isTopic}}{{^isTopic}}<span class="toc-group" id="{{anchor}}">{{name}}</span>{{/isTopic}}{{#hasItems}}
<ul>
{{#items}}{{> tocitem}}{{/items}}
</ul>{{/hasItems}}</li>

"""###,
        "topic.mustache": ###"""
{{> head}}
<main id="main" class="topic">
{{> crumbs}}
<article>
<h1>{{heading}}</h1>
{{#date}}<p class="topic-meta">Last updated <time datetime="{{iso}}">{{long}}</time></p>
{{/date}}{{#description}}<p class="topic-description">{{description}}</p>
{{/description}}<p class="start-guide-wrap"><a class="start-guide button" href="{{guide}}">Start the guided fix</a></p>
{{#hasToc}}<nav class="in-this-article" aria-labelledby="in-this-article-title">
<h2 id="in-this-article-title">In this article</h2>
<ol>
{{#toc}}<li><a href="#{{anchor}}">{{text}}</a></li>
{{/toc}}</ol>
</nav>
{{/hasToc}}{{#diagram}}<details class="tree-figure">
<summary>How this article branches</summary>
<div class="diagram-scroll" tabindex="0" role="region" aria-label="Decision tree diagram">{{{diagram}}}</div>
</details>
{{/diagram}}{{{body}}}
</article>
</main>
{{> foot}}

"""###,
    ]
}
