(function () {
  "use strict";
  var saved = null;
  try { saved = window.localStorage.getItem("fixpath-theme"); } catch (e) { saved = null; }
  if (saved === "dark" || saved === "light") { document.documentElement.setAttribute("data-theme", saved); }
})();
