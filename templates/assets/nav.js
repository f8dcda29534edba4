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
