(function () {
  "use strict";
  var saved = null;
  document.documentElement.classList.add("js");
  try { saved = window.localStorage.getItem("fixpath-theme"); } catch (e) { saved = null; }
  if (saved === "dark" || saved === "light") { document.documentElement.setAttribute("data-theme", saved); }
})();
