// Generated from templates/ by `FIXPATH_RECORD=1 swift test --filter BuiltinTheme`. Do not edit.

/// The theme compiled into the binary, so it works from any folder.
enum BuiltinTheme {
    static let files: [String: String] = [
        "404.mustache": ###"""
{{> head}}
<main id="main" class="not-found">
<h1>Page not found</h1>
<p>The page you asked for is not here. Start again from the <a href="{{root}}index.html">home page</a>, or search for it:</p>
<form class="search-again" role="search" action="{{root}}search.html" method="get">
<label for="not-found-input">Search all topics</label>
<input id="not-found-input" type="search" name="q" autocomplete="off">
<button type="submit" class="button">Search</button>
</form>
</main>
{{> foot}}

"""###,
        "assets/article.js": ###"""
/* fixpath article enhancements: tabs (ARIA tabs, the choice remembered across groups and pages),
   code copy buttons, scroll hints on wide code and tables, the image lightbox, heading links, and
   "In this article" following the scroll. Without this script every tab panel shows with its title. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function each(selector, fn, within) { Array.prototype.forEach.call((within || document).querySelectorAll(selector), fn); }

  // ---- Tabs ----
  var TAB_KEY = "fixpath-tabs";
  function remembered() {
    try { return JSON.parse(window.localStorage.getItem(TAB_KEY) || "[]"); } catch (e) { return []; }
  }
  function remember(id) {
    var list = remembered().filter(function (x) { return x !== id; });
    list.unshift(id);
    try { window.localStorage.setItem(TAB_KEY, JSON.stringify(list.slice(0, 20))); } catch (e) { /* private mode */ }
  }

  var groups = [];
  function select(group, index, focus) {
    group.tabs.forEach(function (tab, i) {
      var on = i === index;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      group.panels[i].classList.toggle("tab-inactive", !on);
    });
    if (focus) { group.tabs[index].focus(); }
  }
  /** Shows the tab with this id in every group that has one, as Learn does. */
  function choose(id) {
    groups.forEach(function (group) {
      var i = group.ids.indexOf(id);
      if (i >= 0) { select(group, i, false); }
    });
    remember(id);
  }

  each(".tab-group", function (box, g) {
    var panels = Array.prototype.filter.call(box.children, function (c) { return c.classList.contains("tab-panel"); });
    if (panels.length < 2) { return; }
    var list = el("div", { role: "tablist", "aria-label": "Select the tab that applies to you", "class": "tab-list" });
    var group = { tabs: [], panels: panels, ids: [] };
    panels.forEach(function (panel, i) {
      var title = panel.querySelector(".tab-title");
      var tab = el("button", { type: "button", role: "tab", id: "tab-" + g + "-" + i, "aria-controls": "tabpanel-" + g + "-" + i },
        title ? title.textContent : "Tab " + (i + 1));
      panel.id = "tabpanel-" + g + "-" + i;
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      tab.addEventListener("click", function () { choose(group.ids[i]); select(group, i, false); });
      tab.addEventListener("keydown", function (e) {
        var n = panels.length, next = null;
        if (e.key === "ArrowRight") { next = (i + 1) % n; }
        if (e.key === "ArrowLeft") { next = (i + n - 1) % n; }
        if (e.key === "Home") { next = 0; }
        if (e.key === "End") { next = n - 1; }
        if (next === null) { return; }
        e.preventDefault();
        choose(group.ids[next]);
        select(group, next, true);
      });
      group.tabs.push(tab);
      group.ids.push(panel.getAttribute("data-tab") || String(i));
      list.appendChild(tab);
    });
    box.insertBefore(list, panels[0]);
    box.classList.add("tabs-on");
    var stored = remembered(), start = 0;
    for (var k = 0; k < stored.length; k++) {
      if (group.ids.indexOf(stored[k]) >= 0) { start = group.ids.indexOf(stored[k]); break; }
    }
    select(group, start, false);
    groups.push(group);
  });

  // ---- Code: language label and copy button ----
  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }
  function fallbackCopy(text) {
    var area = el("textarea", { "class": "visually-hidden", "aria-hidden": "true", tabindex: "-1" });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }
  each(".code-block", function (block) {
    var pre = block.querySelector("pre"), head = block.querySelector(".code-head");
    if (!pre) { return; }
    if (!head) { head = el("p", { "class": "code-head" }); block.insertBefore(head, pre); }
    var label = head.querySelector(".code-lang");
    var button = el("button", { type: "button", "class": "copy-code", "aria-label": "Copy the " + (label ? label.textContent + " code" : "code") }, "Copy");
    var said = el("span", { "class": "visually-hidden", role: "status" });
    button.addEventListener("click", function () {
      copyText(pre.textContent, function () {
        button.textContent = "Copied";
        said.textContent = "Copied to the clipboard";
        setTimeout(function () { button.textContent = "Copy"; said.textContent = ""; }, 2000);
      });
    });
    head.appendChild(button);
    head.appendChild(said);
  });

  // ---- Boxes that scroll sideways: a hint when they do, and a tab stop only then ----
  var boxes = [];
  each(".scroll-box", function (box) {
    var hint = el("p", { "class": "scroll-hint", "aria-hidden": "true" }, "Scroll sideways to see all of it");
    hint.hidden = true;
    box.parentNode.insertBefore(hint, box.nextSibling);
    boxes.push({ box: box, hint: hint });
  });
  function measure() {
    boxes.forEach(function (b) {
      if (!b.box.offsetParent) { return; }
      var scrolls = b.box.scrollWidth > b.box.clientWidth + 1;
      b.hint.hidden = !scrolls;
      if (scrolls) { b.box.tabIndex = 0; } else { b.box.removeAttribute("tabindex"); }
    });
  }
  measure();
  window.addEventListener("resize", measure);
  document.addEventListener("toggle", measure, true);
  document.addEventListener("click", function (e) { if (e.target.closest && e.target.closest("[role=tab]")) { measure(); } });

  // ---- Lightbox ----
  var dialog = null;
  function openLightbox(link) {
    var img = link.querySelector("img");
    if (!dialog) {
      dialog = el("dialog", { "class": "lightbox-dialog", "aria-label": "Larger image" });
      var close = el("button", { type: "button", "class": "button lightbox-close" }, "Close");
      close.addEventListener("click", function () { dialog.close(); });
      dialog.addEventListener("click", function (e) { if (e.target === dialog) { dialog.close(); } });
      dialog.appendChild(close);
      dialog.appendChild(el("img", { alt: "" }));
      document.body.appendChild(dialog);
    }
    var big = dialog.querySelector("img");
    big.src = link.href;
    big.alt = img ? img.alt : "";
    dialog.showModal();
  }
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("a.lightbox");
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey || !window.HTMLDialogElement) { return; }
    e.preventDefault();
    openLightbox(link);
  });

  // ---- Heading links ----
  each(".topic-body h2[id], .topic-body h3[id]", function (h) {
    var a = el("a", { "class": "heading-link", href: "#" + h.id, "aria-label": "Link to this section: " + h.textContent }, "#");
    h.appendChild(a);
  });

  // ---- "In this article" follows the scroll ----
  var rail = document.querySelector(".in-this-article");
  if (!rail) { return; }
  var entries = [];
  each("a[href^='#']", function (a) {
    var target = document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
    if (target) { entries.push({ link: a, target: target }); }
  }, rail);
  var pending = false, active = null;
  function follow() {
    pending = false;
    var now = null;
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].target.getBoundingClientRect().top > 120) { break; }
      now = entries[i];
    }
    if (now === active) { return; }
    if (active) { active.link.classList.remove("active"); active.link.removeAttribute("aria-current"); }
    active = now;
    if (active) { active.link.classList.add("active"); active.link.setAttribute("aria-current", "location"); }
  }
  window.addEventListener("scroll", function () {
    if (!pending) { pending = true; window.requestAnimationFrame(follow); }
  }, { passive: true });
  follow();
})();

"""###,
        "assets/favicon.svg": ###"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0550a0"/><path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>

"""###,
        "assets/fixpath.css": ###"""
:root {
  --fg: #1b1b1b; --bg: #ffffff; --muted: #555555; --link: #0550a0; --border: #c8c8c8; --surface: #f5f7fa;
  --note: #e8f1fb; --note-border: #0550a0; --tip: #e9f5ea; --tip-border: #1e6b24;
  --important: #f3ecfa; --important-border: #6a2ca3; --caution: #fdf1e7; --caution-border: #a44100;
  --warning: #fde9ea; --warning-border: #b1101b; --code: #f0f0f0; --mark: #fff1a8; --shade: rgba(0, 0, 0, .28);
  color-scheme: light;
}
:root[data-theme="dark"] {
  --fg: #e8e8e8; --bg: #161718; --muted: #b4b4b4; --link: #7fb8ff; --border: #4a4d52; --surface: #202226;
  --note: #1c2a3a; --note-border: #7fb8ff; --tip: #1c2e20; --tip-border: #7fd48a;
  --important: #2b2238; --important-border: #c79cf0; --caution: #35271b; --caution-border: #f0a868;
  --warning: #3a1f22; --warning-border: #ff8f98; --code: #2a2c30; --mark: #5c4b00; --shade: rgba(0, 0, 0, .7);
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
    --fg: #e8e8e8; --bg: #161718; --muted: #b4b4b4; --link: #7fb8ff; --border: #4a4d52; --surface: #202226;
    --note: #1c2a3a; --note-border: #7fb8ff; --tip: #1c2e20; --tip-border: #7fd48a;
    --important: #2b2238; --important-border: #c79cf0; --caution: #35271b; --caution-border: #f0a868;
    --warning: #3a1f22; --warning-border: #ff8f98; --code: #2a2c30; --mark: #5c4b00; --shade: rgba(0, 0, 0, .7);
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--link); outline-offset: 2px;
}
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -9999px; top: 0; background: var(--bg); color: var(--link); padding: .5rem 1rem; z-index: 50; }
.skip-link:focus { left: 1rem; top: .5rem; }
.muted, .codes { color: var(--muted); }
.codes { font-size: .9rem; }
mark { background: var(--mark); color: var(--fg); }

/* Header: one row at every width */
.site-header { display: flex; align-items: center; gap: .5rem; padding: .5rem 1rem; border-bottom: 1px solid var(--border); background: var(--surface); position: relative; z-index: 30; }
.site-title { font-weight: 700; text-decoration: none; font-size: 1.1rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; flex: 0 1 auto; overflow-wrap: normal; }
.site-search { position: relative; display: flex; gap: .3rem; flex: 1 1 12rem; max-width: 34rem; min-width: 0; margin-left: auto; }
.site-search input { flex: 1; min-width: 0; padding-right: 2.6rem; }
.site-search button { position: absolute; top: 1px; right: 1px; bottom: 1px; min-height: 0; border: 0; border-radius: 0 4px 4px 0; }
input, textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .4rem .6rem; }
button, .button { font: inherit; cursor: pointer; border-radius: 6px; padding: .45rem .9rem; border: 2px solid var(--link); background: var(--link); color: var(--bg); font-weight: 600; text-decoration: none; display: inline-block; }
.icon-button { display: inline-flex; align-items: center; justify-content: center; gap: .35rem; min-width: 2.5rem; min-height: 2.5rem; padding: .25rem .5rem; background: transparent; color: var(--link); border: 1px solid var(--border); flex: none; }
.search-popup { position: absolute; top: calc(100% + .3rem); left: 0; right: 0; background: var(--bg); border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 6px 24px var(--shade); max-height: 75vh; overflow: auto; padding: .5rem .9rem; }
.popup-status { margin: .2rem 0; color: var(--muted); font-size: .9rem; }
.popup-results { list-style: none; padding: 0; margin: 0; }
.popup-results .search-result { margin: 0; padding: .4rem 0; border-top: 1px solid var(--border); }
.popup-all { display: block; padding: .4rem 0; font-weight: 600; }

/* Page: side navigation, content */
.page { display: grid; grid-template-columns: 18rem minmax(0, 1fr); max-width: 100rem; margin: 0 auto; }
.site-nav { position: sticky; top: 0; height: 100vh; display: flex; flex-direction: column; border-right: 1px solid var(--border); padding: .75rem 0 0; font-size: .93rem; }
.nav-top { padding: 0 .75rem .5rem; }
.nav-filter { width: 100%; }
.nav-status { margin: 0 .75rem; font-size: .85rem; color: var(--muted); }
.nav-status:empty { display: none; }
.nav-tree { flex: 1; overflow: auto; padding: 0 .5rem 2rem .75rem; overscroll-behavior: contain; }
.nav-tree ul { list-style: none; margin: 0; padding: 0; }
.nav-tree ul ul { padding-left: .9rem; border-left: 1px solid var(--border); margin-left: .45rem; }
.nav-tree a { display: block; padding: .2rem .4rem; text-decoration: none; border-radius: 4px; line-height: 1.35; }
.nav-tree a:hover { text-decoration: underline; }
.nav-tree a.current { background: var(--note); font-weight: 700; color: var(--fg); box-shadow: inset 3px 0 0 var(--link); }
.nav-twisty { display: flex; width: 100%; text-align: left; background: none; border: 0; color: var(--fg); font-weight: 600; padding: .25rem .4rem; line-height: 1.35; border-radius: 4px; }
.nav-twisty::before { content: "▸"; display: inline-block; width: 1em; flex: none; color: var(--muted); }
.nav-twisty[aria-expanded="true"]::before { content: "▾"; }
.nav-overview a { font-style: italic; }
.nav-trail { display: block; padding: 0 .4rem .3rem; color: var(--muted); font-size: .8rem; }
.nav-toggle { display: none; }
main { min-width: 0; max-width: 68rem; width: 100%; padding: 1rem 2rem 2rem; }
.site-footer { padding: 1rem 1.5rem; border-top: 1px solid var(--border); color: var(--muted); }
@media (max-width: 60rem) {
  .page { display: block; }
  .js .site-nav { position: fixed; top: 0; left: 0; bottom: 0; width: min(21rem, 86vw); height: auto; z-index: 40; background: var(--bg);
    transform: translateX(-105%); visibility: hidden; transition: transform .2s, visibility 0s .2s; box-shadow: 0 0 32px var(--shade); }
  .js.nav-open .site-nav { transform: none; visibility: visible; transition: transform .2s, visibility 0s; }
  .js.nav-open body { overflow: hidden; }
  .js.nav-open .page::before { content: ""; position: fixed; inset: 0; background: var(--shade); z-index: 35; }
  .js .nav-toggle { display: inline-flex; }
  html:not(.js) .site-nav { position: static; height: auto; border: 0; border-bottom: 1px solid var(--border); }
  main { padding: 1rem; }
}
@media (max-width: 40rem) {
  .site-header { padding: .4rem .5rem; gap: .35rem; }
  .site-title { font-size: 1rem; max-width: 30vw; }
  .theme-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .search-popup { position: fixed; top: 3.4rem; left: .5rem; right: .5rem; }
  h1 { font-size: 1.55rem; }
  .breadcrumbs li:not(:last-child) { display: none; }
  .breadcrumbs li:last-child::before { content: "‹"; margin-right: .3rem; color: var(--muted); }
}

/* Headings, breadcrumbs, article furniture */
h1 { font-size: 2rem; line-height: 1.25; margin: .5rem 0; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0; font-size: .9rem; }
.breadcrumbs li + li::before { content: "/"; margin-right: .25rem; color: var(--muted); }
.topic-meta, .topic-description { color: var(--muted); }
.topic-meta:empty { display: none; }
.applies-to { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; margin: .5rem 0; }
.applies-to li { border: 1px solid var(--border); background: var(--surface); border-radius: 999px; padding: .05rem .65rem; font-size: .85rem; }
.heading-link { margin-left: .4rem; text-decoration: none; opacity: 0; font-weight: 400; }
h2:hover > .heading-link, h3:hover > .heading-link, .heading-link:focus { opacity: 1; }
.start-guide-wrap { margin: 1rem 0; }
.topic-layout { display: grid; grid-template-columns: minmax(0, 1fr); }
.in-this-article { border-left: 3px solid var(--border); padding-left: 1rem; margin: 1rem 0 1.5rem; font-size: .93rem; }
.in-this-article h2 { font-size: 1rem; margin: 0 0 .25rem; }
.in-this-article ol { margin: 0; padding: 0; list-style: none; }
.in-this-article li { padding: .1rem 0; }
.in-this-article li.sub { padding-left: 1rem; display: none; }
.in-this-article a { text-decoration: none; }
.in-this-article a.active { font-weight: 700; text-decoration: underline; }
@media (min-width: 75rem) {
  .topic-layout { grid-template-columns: minmax(0, 1fr) 15rem; grid-template-areas: "head rail" "body rail"; column-gap: 2.5rem; }
  .topic-head { grid-area: head; }
  .topic-body { grid-area: body; min-width: 0; }
  .in-this-article { grid-area: rail; position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; margin-top: 3.5rem; }
  .in-this-article li.sub { display: block; }
}
.pager { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; margin: 2.5rem 0 0; padding-top: 1rem; border-top: 1px solid var(--border); }
.pager a { display: block; flex: 1 1 14rem; max-width: 24rem; padding: .6rem .9rem; border: 1px solid var(--border); border-radius: 8px; text-decoration: none; }
.pager-next { margin-left: auto; text-align: right; }
.pager-dir { display: block; font-size: .85rem; color: var(--muted); }

/* Content */
img { max-width: 100%; height: auto; }
img.icon { vertical-align: middle; }
img.bordered { border: 1px solid var(--border); }
a.lightbox { cursor: zoom-in; }
.lightbox-dialog { max-width: 96vw; max-height: 96vh; padding: .75rem; border: 1px solid var(--border); background: var(--bg); color: var(--fg); }
.lightbox-dialog::backdrop { background: var(--shade); }
.lightbox-dialog img { display: block; max-width: calc(96vw - 2rem); max-height: calc(96vh - 5rem); margin-top: .5rem; }
code { background: var(--code); padding: .1em .3em; border-radius: 3px; font-size: .92em; }
.scroll-box { overflow-x: auto; }
.scroll-hint { margin: .2rem 0 0; font-size: .85rem; color: var(--muted); }
.scroll-hint::after { content: " →"; }
.code-block { margin: 1rem 0; border: 1px solid var(--border); border-radius: 6px; background: var(--code); }
.code-head { display: flex; align-items: center; gap: .5rem; margin: 0; padding: .2rem .4rem .2rem .9rem; border-bottom: 1px solid var(--border); font-size: .85rem; color: var(--muted); }
.copy-code { margin-left: auto; padding: .1rem .7rem; font-size: .85rem; background: var(--bg); color: var(--link); border: 1px solid var(--link); }
pre { margin: 0; padding: .9rem 1rem; overflow-x: auto; overflow-wrap: normal; }
pre code { padding: 0; background: none; }
.table-scroll { margin: 1rem 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: .4rem .6rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
.table-scroll th, .table-scroll td { min-width: 6rem; }
.align-center { text-align: center; } .align-right { text-align: right; }
.alert { border-left: 4px solid var(--note-border); background: var(--note); padding: .5rem 1rem; margin: 1rem 0; }
.alert-title { font-weight: 700; margin: .25rem 0; }
.alert-tip { background: var(--tip); border-color: var(--tip-border); }
.alert-important { background: var(--important); border-color: var(--important-border); }
.alert-caution { background: var(--caution); border-color: var(--caution-border); }
.alert-warning { background: var(--warning); border-color: var(--warning-border); }
.nextstepaction a { display: inline-block; padding: .5rem 1rem; border: 2px solid var(--link); text-decoration: none; font-weight: 600; }
.tab-group { margin: 1rem 0; }
.tab-group:not(.tabs-on) > .tab-panel { border: 1px solid var(--border); padding: 0 1rem; margin: .5rem 0; }
.tab-title { font-weight: 700; }
.tab-list { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 1px solid var(--border); }
.tab-list [role="tab"] { background: none; color: var(--fg); border: 0; border-bottom: 3px solid transparent; border-radius: 0; padding: .45rem .8rem; }
.tab-list [role="tab"][aria-selected="true"] { border-bottom-color: var(--link); color: var(--link); }
.tabs-on > .tab-panel { padding: .25rem 0; }
@media screen { .tab-panel.tab-inactive, .tabs-on > .tab-panel > .tab-title { display: none; } }

/* Decision tree diagram */
.tree-figure { margin: 1.5rem 0; border: 1px solid var(--border); border-radius: 6px; padding: .5rem 1rem; }
.tree-figure summary { cursor: pointer; font-weight: 600; }
.diagram-scroll { padding: .5rem 0; }
svg.tree-diagram { font: 12px system-ui, sans-serif; }
svg.tree-diagram .edge { fill: none; stroke: var(--muted); stroke-width: 1.5; }
svg.tree-diagram rect { stroke-width: 1.5; }
svg.tree-diagram .question rect { fill: var(--note); stroke: var(--note-border); }
svg.tree-diagram .answer rect { fill: var(--tip); stroke: var(--tip-border); }
svg.tree-diagram text { fill: var(--fg); }
svg.tree-diagram a:hover text, svg.tree-diagram a:focus text { text-decoration: underline; }

/* Home, sections, bounce box, search */
.home-lead { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
.bounce-box { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1rem 1.25rem 1.25rem; margin: 1rem 0 1.5rem; }
.bounce-box h2 { margin-top: 0; }
.bounce-box label { display: block; margin-bottom: .4rem; }
.bounce-box textarea { width: 100%; margin-bottom: .6rem; }
.bounce-list { padding-left: 1.2rem; }
.entry-points { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; margin: 1rem 0 1.5rem; font-weight: 600; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: .9rem 1rem; background: var(--surface); }
.card > a { font-weight: 700; font-size: 1.05rem; }
.card p { margin: .3rem 0 0; color: var(--muted); font-size: .93rem; }
.card .card-count { font-size: .85rem; }
.topic-list { padding-left: 1.2rem; }
.topic-list li { margin-bottom: .6rem; }
.topic-list li p { margin: .1rem 0 0; color: var(--muted); }
#search-form, .search-again { display: flex; gap: .5rem; flex-wrap: wrap; }
#search-form label, .search-again label { flex-basis: 100%; }
#search-input, #not-found-input { flex: 1; min-width: 0; }
.search-result { margin-bottom: 1rem; }
.search-result p { margin: .2rem 0; color: var(--muted); }
.search-result .result-path { font-size: .85rem; }
.search-result a { font-weight: 600; }

@media print {
  :root { --fg: #000 !important; --bg: #fff !important; --muted: #333 !important; --link: #000 !important; --border: #999 !important;
    --surface: #fff !important; --code: #f2f2f2 !important; --note: #fff !important; --tip: #fff !important; --important: #fff !important;
    --caution: #fff !important; --warning: #fff !important; color-scheme: light !important; }
  .site-header, .site-nav, .site-footer, .skip-link, .breadcrumbs, .start-guide-wrap, .tree-figure, .in-this-article, .pager,
  .copy-code, .scroll-hint, .heading-link, .tab-list { display: none !important; }
  .page { display: block; }
  main { max-width: none; padding: 0; }
  body { color: #000; background: #fff; }
  a { color: inherit; }
  pre { white-space: pre-wrap; overflow: visible; overflow-wrap: anywhere; }
  .scroll-box { overflow: visible; }
  .tab-panel { display: block !important; }
  .tabs-on > .tab-panel > .tab-title { display: block; }
}

"""###,
        "assets/fixpath.js": ###"""
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

"""###,
        "assets/nav.js": ###"""
/* fixpath side navigation: the table of contents from the one shared assets/toc.js, drawn lazily
   (a section's topics are made when it opens), the current page highlighted and scrolled into
   view, a filter box, and a drawer behind the menu button on narrow screens. */
(function () {
  "use strict";
  var data = window.FIXPATH_TOC;
  var nav = document.getElementById("site-nav");
  var holder = document.getElementById("nav-tree");
  var titleLink = document.querySelector(".site-title");
  if (!data || !nav || !holder || !titleLink) { return; }

  var root = titleLink.href.replace(/index\.html$/, "");

  /** A site path with each segment percent-encoded, as links need it. */
  function encodePath(path) { return path.split("/").map(encodeURIComponent).join("/"); }

  /** The rows as a tree: {label, href, section, children, parent}. */
  function readTree() {
    var top = { children: [], section: true }, stack = [top], previous = "";
    data.rows.forEach(function (row) {
      var depth = row[0], ref = row[2], node = { label: row[1], children: [], parent: null, section: ref.charAt(0) === "#" };
      if (node.section) {
        node.href = data.sections + "/" + ref.slice(1) + ".html";
      } else {
        var colon = ref.indexOf(":");
        previous = previous.slice(0, Number(ref.slice(0, colon))) + ref.slice(colon + 1);
        node.href = previous + ".html";
      }
      stack.length = depth + 1;
      node.parent = stack[depth];
      node.parent.children.push(node);
      if (node.section) { stack[depth + 1] = node; }
    });
    return top;
  }

  var tree = readTree();

  /** The page shown, relative to the site root; a guided fix stands for its topic. */
  function currentPath() {
    var here = decodeURIComponent(window.location.href.split("#")[0].split("?")[0]);
    var base = decodeURIComponent(root);
    if (here.indexOf(base) !== 0) { return ""; }
    return here.slice(base.length).replace(/\.guide\.html$/, ".html");
  }

  function find(node, path) {
    for (var i = 0; i < node.children.length; i++) {
      var child = node.children[i];
      if (child.href === path) { return child; }
      var inner = child.section ? find(child, path) : null;
      if (inner) { return inner; }
    }
    return null;
  }

  function link(node) {
    var a = document.createElement("a");
    a.href = root + encodePath(node.href);
    a.textContent = node.label;
    node.link = a;
    return a;
  }

  function list(node) {
    var ul = document.createElement("ul");
    node.children.forEach(function (child) { ul.appendChild(item(child)); });
    return ul;
  }

  function item(node) {
    var li = document.createElement("li");
    if (!node.section) {
      li.appendChild(link(node));
      return li;
    }
    li.className = "nav-section";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "nav-twisty";
    button.setAttribute("aria-expanded", "false");
    button.textContent = node.label;
    button.addEventListener("click", function () { toggle(node, button.getAttribute("aria-expanded") !== "true"); });
    node.button = button;
    node.item = li;
    li.appendChild(button);
    return li;
  }

  function toggle(node, open) {
    if (open && !node.list) {
      node.list = list(node);
      var overview = document.createElement("li");
      overview.className = "nav-overview";
      node.overview = link({ href: node.href, label: "All of " + node.label });
      overview.appendChild(node.overview);
      node.list.insertBefore(overview, node.list.firstChild);
      node.item.appendChild(node.list);
    }
    if (node.list) { node.list.hidden = !open; }
    node.button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  var treeList = list(tree);
  treeList.className = "nav-list";
  holder.textContent = "";
  holder.appendChild(treeList);

  // The page's own link: a topic's, or a section's "All of …" at the top of its list.
  var path = currentPath(), current = path ? find(tree, path) : null, currentLink = null;
  if (current) {
    var chain = [];
    for (var up = current.section ? current : current.parent; up && up !== tree; up = up.parent) { chain.unshift(up); }
    chain.forEach(function (section) { toggle(section, true); });
    currentLink = current.section ? current.overview : current.link;
    currentLink.setAttribute("aria-current", "page");
    currentLink.classList.add("current");
  }

  function reveal() {
    if (!currentLink) { return; }
    var box = holder.getBoundingClientRect(), at = currentLink.getBoundingClientRect();
    holder.scrollTop += at.top - box.top - (holder.clientHeight - at.height) / 2;
  }
  reveal();

  // ---- Filter ----
  var filter = document.getElementById("nav-filter");
  var results = document.createElement("div");
  results.className = "nav-results";
  results.hidden = true;
  var status = document.createElement("p");
  status.className = "nav-status";
  status.setAttribute("role", "status");
  holder.parentNode.insertBefore(status, holder);
  holder.appendChild(results);
  var topics = [];
  (function collect(node, trail) {
    node.children.forEach(function (child) {
      if (child.section) { collect(child, trail.concat(child.label)); } else { topics.push({ node: child, trail: trail, text: (child.label + " " + trail.join(" ")).toLowerCase() }); }
    });
  })(tree, []);

  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.textContent = "";
    treeList.hidden = words.length > 0;
    results.hidden = words.length === 0;
    if (!words.length) { status.textContent = ""; return; }
    var found = topics.filter(function (t) { return words.every(function (w) { return t.text.indexOf(w) >= 0; }); });
    var ul = document.createElement("ul");
    found.slice(0, 100).forEach(function (t) {
      var li = document.createElement("li"), a = link({ href: t.node.href, label: t.node.label });
      li.appendChild(a);
      if (t.trail.length) {
        var where = document.createElement("span");
        where.className = "nav-trail";
        where.textContent = t.trail.join(" › ");
        li.appendChild(where);
      }
      ul.appendChild(li);
    });
    results.appendChild(ul);
    status.textContent = found.length > 100 ? "100 of " + found.length + " topics match" :
      found.length === 1 ? "1 topic matches" : found.length + " topics match";
  }
  if (filter) {
    filter.hidden = false;
    filter.addEventListener("input", applyFilter);
    filter.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        var first = (results.hidden ? treeList : results).querySelector("a, button");
        if (first) { e.preventDefault(); first.focus(); }
      }
    });
  }

  // ---- Drawer on narrow screens ----
  var toggleButton = document.querySelector(".nav-toggle");
  if (!toggleButton) { return; }
  toggleButton.hidden = false;
  var html = document.documentElement;

  function setOpen(open, returnFocus) {
    html.classList.toggle("nav-open", open);
    toggleButton.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) {
      (filter || nav).focus();
      reveal();
    } else if (returnFocus) {
      toggleButton.focus();
    }
  }
  toggleButton.addEventListener("click", function () { setOpen(!html.classList.contains("nav-open"), false); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && html.classList.contains("nav-open")) { setOpen(false, true); }
  });
  document.addEventListener("click", function (e) {
    if (html.classList.contains("nav-open") && !nav.contains(e.target) && !toggleButton.contains(e.target)) { setOpen(false, false); }
  });
  nav.addEventListener("focusout", function (e) {
    if (html.classList.contains("nav-open") && e.relatedTarget && !nav.contains(e.relatedTarget) && e.relatedTarget !== toggleButton) {
      setOpen(false, false);
    }
  });
})();

"""###,
        "assets/search.js": ###"""
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

"""###,
        "assets/theme.js": ###"""
(function () {
  "use strict";
  var saved = null;
  document.documentElement.classList.add("js");
  try { saved = window.localStorage.getItem("fixpath-theme"); } catch (e) { saved = null; }
  if (saved === "dark" || saved === "light") { document.documentElement.setAttribute("data-theme", saved); }
})();

"""###,
        "assets/wizard.css": ###"""
.wizard .wizard-kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
.wizard h1 { margin-top: .25rem; }
.wizard-node { display: none; border-top: 1px solid var(--border); padding-top: .5rem; flex-direction: column; }
main.wizard:not(.js-on) .wizard-node:target { display: flex; }
main.wizard:not(.js-on):not(:has(.wizard-node:target)) #n-root { display: flex; }
main.wizard.js-on .wizard-node.current { display: flex; }
@media (max-width: 40rem) {
  /* On a phone the question and its first choices come first; the text that leads to it follows them. */
  .wizard-preamble { order: 1; }
  .wizard h1 { font-size: 1.3rem; }
  .wizard-source { margin: .25rem 0; }
}
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
        "cards.mustache": ###"""
<ul class="cards">
{{#cards}}<li class="card"><a href="{{href}}">{{name}}</a>{{#line}}<p>{{line}}</p>{{/line}}<p class="card-count">{{count}}</p></li>
{{/cards}}</ul>

"""###,
        "crumbs.mustache": ###"""
{{#hasBreadcrumbs}}<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
{{#breadcrumbs}}<li><a href="{{href}}">{{name}}</a></li>
{{/breadcrumbs}}</ol></nav>
{{/hasBreadcrumbs}}

"""###,
        "foot.mustache": ###"""
</div>
<footer class="site-footer">
<p>Built with fixpath. <a href="{{root}}index.html">Home</a> · <a href="{{root}}guide.html">Guided fix</a> · <a href="{{root}}search.html">Search</a></p>
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
{{{baseScript}}}<link rel="icon" href="{{root}}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{{root}}assets/fixpath.css">
{{#wizard}}<link rel="stylesheet" href="{{root}}assets/wizard.css">
{{/wizard}}
<script src="{{root}}assets/theme.js"></script>
<script src="{{root}}assets/fixpath.js" defer></script>
<script src="{{root}}assets/toc.js" defer></script>
<script src="{{root}}assets/nav.js" defer></script>
<script src="{{root}}assets/search.js" defer></script>
<script src="{{root}}assets/article.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<button type="button" class="nav-toggle icon-button" aria-controls="site-nav" aria-expanded="false" hidden><svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false"><path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" stroke-width="2" fill="none"/></svg><span class="visually-hidden">Contents</span></button>
<a class="site-title" href="{{root}}index.html">{{siteTitle}}</a>
<form class="site-search" role="search" action="{{root}}search.html" method="get">
<label for="site-search-input" class="visually-hidden">Search all topics</label>
<input id="site-search-input" type="search" name="q" placeholder="Search or paste a status code" autocomplete="off" aria-controls="site-search-popup">
<button type="submit" class="icon-button"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="6.5" stroke="currentColor" stroke-width="2" fill="none"/><path d="M15 15l6 6" stroke="currentColor" stroke-width="2"/></svg><span class="visually-hidden">Search</span></button>
<div id="site-search-popup" class="search-popup" hidden></div>
</form>
<button type="button" id="theme-toggle" class="theme-toggle icon-button" hidden><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="8" stroke="currentColor" stroke-width="2" fill="none"/><path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor"/></svg><span class="theme-label">Theme</span></button>
</header>
<div class="page">
<nav id="site-nav" class="site-nav" aria-label="Contents">
<div class="nav-top">
<label for="nav-filter" class="visually-hidden">Filter the contents</label>
<input id="nav-filter" class="nav-filter" type="search" placeholder="Filter the contents" autocomplete="off" hidden>
</div>
<div id="nav-tree" class="nav-tree"><p><a href="{{root}}index.html">All sections</a></p></div>
</nav>

"""###,
        "index.mustache": ###"""
{{> head}}
<main id="main" class="home">
<h1>{{siteTitle}}</h1>
<p class="home-lead">{{topicCount}} for troubleshooting. Search them, browse by section, or let a guided fix ask you one question at a time.</p>
{{#hasCodes}}<section class="bounce-box" aria-labelledby="bounce-title">
<h2 id="bounce-title">What does your bounce message say?</h2>
<form id="bounce-form" action="search.html" method="get">
<label for="bounce-input">Type the status code, or paste the text of the bounce message.</label>
<textarea id="bounce-input" name="q" rows="3" placeholder="For example: 550 5.7.124 RESOLVER.RST.NotAuthorized"></textarea>
<button type="submit" class="button">Find the fix</button>
</form>
<div id="bounce-results" aria-live="polite"></div>
</section>
{{/hasCodes}}<ul class="entry-points">
<li><a href="search.html">Search all {{topicCount}}</a></li>
<li><a href="guide.html">Start a guided fix</a>{{#hasCodes}} <span class="muted">({{codeTopicCount}} cover status codes)</span>{{/hasCodes}}</li>
{{#topics}}<li><a href="{{href}}">{{title}}</a></li>
{{/topics}}</ul>
{{#hasCards}}<h2 id="sections-title">Browse by section</h2>
{{> cards}}
{{/hasCards}}</main>
{{#hasCodes}}<script src="assets/codes.js" defer></script>
{{/hasCodes}}{{> foot}}

"""###,
        "pager.mustache": ###"""
{{#hasPager}}<nav class="pager" aria-label="Previous and next topics">
{{#previous}}<a class="pager-previous" href="{{href}}"><span class="pager-dir">Previous</span> {{label}}</a>
{{/previous}}{{#next}}<a class="pager-next" href="{{href}}"><span class="pager-dir">Next</span> {{label}}</a>
{{/next}}</nav>
{{/hasPager}}

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
        "section.mustache": ###"""
{{> head}}
<main id="main" class="section-index">
{{> crumbs}}
<h1>{{heading}}</h1>
<p class="muted">{{count}}</p>
{{#hasCards}}{{> cards}}
{{/hasCards}}{{#hasTopics}}<ul class="topic-list">
{{#topics}}<li><a href="{{href}}">{{title}}</a>{{#codes}} <span class="codes">{{codes}}</span>{{/codes}}{{#description}}<p>{{description}}</p>{{/description}}</li>
{{/topics}}</ul>
{{/hasTopics}}</main>
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
<div class="topic-layout">
<header class="topic-head">
<h1>{{heading}}</h1>
{{#hasAppliesTo}}<ul class="applies-to" aria-label="Applies to">
{{#appliesTo}}<li>{{.}}</li>
{{/appliesTo}}</ul>
{{/hasAppliesTo}}<p class="topic-meta">{{#date}}Last updated <time datetime="{{iso}}">{{long}}</time>{{/date}}{{#editURL}}{{#date}} · {{/date}}<a class="edit-link" href="{{editURL}}">Edit this page</a>{{/editURL}}</p>
{{#description}}<p class="topic-description">{{description}}</p>
{{/description}}{{#guide}}<p class="start-guide-wrap"><a class="start-guide button" href="{{guide}}">Start the guided fix</a></p>
{{/guide}}</header>
{{#hasToc}}<nav class="in-this-article" aria-labelledby="in-this-article-title">
<h2 id="in-this-article-title">In this article</h2>
<ol>
{{#toc}}<li{{#sub}} class="sub"{{/sub}}><a href="#{{anchor}}">{{text}}</a></li>
{{/toc}}</ol>
</nav>
{{/hasToc}}<article class="topic-body">
{{#diagram}}<details class="tree-figure">
<summary>How this article branches</summary>
<div class="diagram-scroll scroll-box" tabindex="0" role="region" aria-label="Decision tree diagram">{{{diagram}}}</div>
</details>
{{/diagram}}{{{body}}}
</article>
</div>
{{> pager}}
</main>
{{> foot}}

"""###,
    ]
}
