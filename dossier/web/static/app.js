// dossier: footnotes that open in place, and the CSRF header on every write made from script.
(function () {
  "use strict";
  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }
  window.dossierFetch = function (url, options) {
    options = options || {};
    options.headers = Object.assign({"X-CSRF-Token": csrf()}, options.headers || {});
    options.credentials = "same-origin";
    return fetch(url, options);
  };
  document.addEventListener("click", function (event) {
    var ref = event.target.closest && event.target.closest("a.fnref");
    if (!ref) { return; }
    event.preventDefault();
    var open = ref.nextElementSibling;
    if (open && open.classList.contains("fn-popup")) {
      open.remove();
      ref.setAttribute("aria-expanded", "false");
      return;
    }
    var note = document.getElementById(ref.getAttribute("data-fn"));
    var popup = document.createElement("span");
    popup.className = "fn-popup";
    popup.setAttribute("role", "note");
    // cloneNode copies our own escaped markup; no HTML is built from strings here
    if (note) { Array.prototype.forEach.call(note.childNodes, function (n) { popup.appendChild(n.cloneNode(true)); }); }
    else { popup.textContent = "(footnote not found)"; }
    ref.after(popup);
    ref.setAttribute("aria-expanded", "true");
  });
})();
