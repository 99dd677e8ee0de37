// A zoomable timeline drawn in SVG from /api/timeline. Text goes in with textContent only.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("timeline");
  var list = document.getElementById("timeline-rows");
  var form = document.getElementById("timeline-filters");
  var rows = [], view = null, drag = null;
  var COLORS = {asserted: "#1f5fa8", alleged: "#b22", denied: "#555", predicted: "#8a6d1b", hypothetical: "#8a2f7a"};

  function el(name, attrs) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function days(iso) { return Date.parse(iso) / 864e5; }

  function draw() {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var dated = rows.filter(function (r) { return r.earliest; });
    var width = svg.clientWidth || 900, height = svg.clientHeight || 480;
    dated.sort(function (p, q) { return days(p.earliest) - days(q.earliest); });
    if (!dated.length) { var t = el("text", {x: 20, y: 40}); t.textContent = "No dated events."; svg.appendChild(t); return; }
    if (!view) {
      var lo = Math.min.apply(null, dated.map(function (r) { return days(r.earliest); }));
      var hi = Math.max.apply(null, dated.map(function (r) { return days(r.latest); }));
      view = {lo: lo - 60, hi: hi + 60};
    }
    var x = function (d) { return 40 + (d - view.lo) / (view.hi - view.lo) * (width - 80); };
    svg.appendChild(el("line", {x1: 40, x2: width - 40, y1: height - 30, y2: height - 30, stroke: "#999"}));
    var y0 = new Date(view.lo * 864e5).getUTCFullYear(), y1 = new Date(view.hi * 864e5).getUTCFullYear();
    var step = Math.max(1, Math.ceil((y1 - y0) / 12));
    for (var y = y0; y <= y1 + 1; y += step) {
      var px = x(days(y + "-01-01"));
      if (px < 40 || px > width - 40) { continue; }
      svg.appendChild(el("line", {x1: px, x2: px, y1: 10, y2: height - 30, stroke: "#eee"}));
      var label = el("text", {x: px, y: height - 12, "text-anchor": "middle", "font-size": 11}); label.textContent = y; svg.appendChild(label);
    }
    var laneEnds = [];  // greedy packing: a mark and its label never overlap another
    dated.forEach(function (r) {
      var a = x(days(r.earliest)), b = Math.max(a + 3, x(days(r.latest)));
      var label = r.type + " · " + r.participants.map(function (p) { return p.name; }).join(", ");
      var right = b + 8 + label.length * 6;
      var laneIndex = laneEnds.findIndex(function (end) { return end < a; });
      if (laneIndex < 0) { laneIndex = laneEnds.length; laneEnds.push(right); } else { laneEnds[laneIndex] = right; }
      r._lane = laneIndex; r._label = label;
    });
    var laneHeight = Math.min(22, (height - 70) / Math.max(1, laneEnds.length));
    dated.forEach(function (r) {
      var lane = 20 + r._lane * laneHeight;
      var a = x(days(r.earliest)), b = Math.max(a + 3, x(days(r.latest)));
      var mark = el("rect", {x: a, y: lane, width: b - a, height: Math.max(4, Math.min(10, laneHeight - 4)), rx: 2, fill: COLORS[r.modality] || "#333", "class": "tl-mark"});
      var tip = el("title", {}); tip.textContent = (r.date || "") + " " + r.type + ": " + r.quote; mark.appendChild(tip);
      mark.addEventListener("click", function () { if (r.doc_id) { location.href = "/doc/" + encodeURIComponent(r.doc_id) + "#at-" + r.start; } });
      svg.appendChild(mark);
      var text = el("text", {x: b + 4, y: lane + 9, "font-size": 10}); text.textContent = r._label;
      svg.appendChild(text);
    });
  }

  function fill() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    rows.forEach(function (r) {
      var li = document.createElement("li"); li.className = "mod-" + r.modality;
      var when = document.createElement("span"); when.className = "when"; when.textContent = r.date || "undated";
      var what = document.createElement("b"); what.textContent = " " + r.type + " ";
      var who = document.createElement("span"); who.textContent = r.participants.map(function (p) { return p.name + " (" + p.role + ")"; }).join(", ");
      var mod = document.createElement("span"); mod.className = "modality"; mod.textContent = " " + r.modality + (r.attributed_to ? ", according to " + r.attributed_to : "");
      var quote = document.createElement("blockquote"); quote.textContent = r.quote;
      var src = document.createElement("span"); src.className = "path"; src.textContent = r.source;
      [when, what, who, mod, quote, src].forEach(function (n) { li.appendChild(n); });
      list.appendChild(li);
    });
  }

  function load() {
    var params = new URLSearchParams(new FormData(form));
    Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) { params.delete(k); } });
    fetch("/api/timeline?" + params.toString(), {credentials: "same-origin"}).then(function (r) { return r.json(); })
      .then(function (data) { rows = data; view = null; draw(); fill(); });
  }

  svg.addEventListener("wheel", function (e) {
    if (!view) { return; }
    e.preventDefault();
    var rect = svg.getBoundingClientRect(), frac = (e.clientX - rect.left - 40) / (rect.width - 80);
    var at = view.lo + frac * (view.hi - view.lo), k = e.deltaY > 0 ? 1.25 : 0.8;
    view = {lo: at - (at - view.lo) * k, hi: at + (view.hi - at) * k};
    draw();
  }, {passive: false});
  svg.addEventListener("mousedown", function (e) { drag = {x: e.clientX, view: view}; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (e) {
    if (!drag || !drag.view) { return; }
    var span = drag.view.hi - drag.view.lo, shift = (e.clientX - drag.x) / (svg.clientWidth - 80) * span;
    view = {lo: drag.view.lo - shift, hi: drag.view.hi - shift};
    draw();
  });
  form.addEventListener("change", load);
  load();
})();
