/* fixpath site script: the status-code rules, the theme button and the bounce-message box. Works from file:// and a server. */
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
  window.fixpath = { ranges: ranges, lookup: lookup, root: root, el: el };

  // ---- Theme: follow the system, light or dark; each click moves to the next ----
  var THEMES = ["system", "light", "dark"];
  var THEME_NAMES = { system: "Auto", light: "Light", dark: "Dark" };
  var THEME_SAID = { system: "follows the system", light: "light", dark: "dark" };
  function setupTheme() {
    var button = document.getElementById("theme-toggle");
    if (!button) { return; }
    function chosen() { return document.documentElement.getAttribute("data-theme") || "system"; }
    function label() {
      var now = chosen(), next = THEMES[(THEMES.indexOf(now) + 1) % 3];
      button.querySelector(".theme-label").textContent = THEME_NAMES[now];
      button.setAttribute("aria-label", "Color theme: " + THEME_SAID[now] + ". Switch to " + THEME_SAID[next]);
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = THEMES[(THEMES.indexOf(chosen()) + 1) % 3];
      if (next === "system") { document.documentElement.removeAttribute("data-theme"); } else { document.documentElement.setAttribute("data-theme", next); }
      try {
        if (next === "system") { window.localStorage.removeItem("fixpath-theme"); } else { window.localStorage.setItem("fixpath-theme", next); }
      } catch (e) { /* private mode */ }
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

  document.addEventListener("DOMContentLoaded", function () {
    setupTheme();
    setupBounceBox();
  });
})();
