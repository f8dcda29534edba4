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
