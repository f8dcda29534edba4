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
