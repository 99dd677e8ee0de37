// A force-directed network in SVG from /api/network: drag nodes, wheel to zoom, click to open.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("network");
  var EDGE = {"accused": "#b22", "testified against": "#d80", "co-defendant": "#558", "member of": "#2d7a3a", "met": "#888"};
  var FILL = {PERSON: "#1f5fa8", ORG: "#8a2f7a", PLACE: "#2d7a3a"};
  var scale = 1, ox = 0, oy = 0, dragging = null, root;

  function el(name, attrs) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function layout(nodes, edges, width, height) {
    nodes.forEach(function (n, i) {
      var angle = 2 * Math.PI * i / nodes.length;
      n.x = width / 2 + Math.cos(angle) * width / 3; n.y = height / 2 + Math.sin(angle) * height / 3; n.vx = 0; n.vy = 0;
    });
    var byId = {}; nodes.forEach(function (n) { byId[n.id] = n; });
    for (var step = 0; step < 300; step++) {
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
          var f = 2500 / d2; a.vx += dx * f / Math.sqrt(d2); a.vy += dy * f / Math.sqrt(d2); b.vx -= dx * f / Math.sqrt(d2); b.vy -= dy * f / Math.sqrt(d2);
        }
      }
      edges.forEach(function (e) {
        var a = byId[e.source], b = byId[e.target]; if (!a || !b) { return; }
        var dx = b.x - a.x, dy = b.y - a.y; a.vx += dx * 0.01; a.vy += dy * 0.01; b.vx -= dx * 0.01; b.vy -= dy * 0.01;
      });
      nodes.forEach(function (n) {
        n.vx += (width / 2 - n.x) * 0.002; n.vy += (height / 2 - n.y) * 0.002;
        n.x += Math.max(-10, Math.min(10, n.vx)); n.y += Math.max(-10, Math.min(10, n.vy)); n.vx *= 0.6; n.vy *= 0.6;
      });
    }
    return byId;
  }

  function render(data) {
    var width = svg.clientWidth || 900, height = svg.clientHeight || 480;
    var byId = layout(data.nodes, data.edges, width, height);
    root = el("g", {"class": "root"}); svg.appendChild(root);
    var lines = data.edges.map(function (e) {
      var line = el("line", {stroke: EDGE[e.kind] || "#999", "stroke-width": 1 + Math.min(4, e.weight), "class": "edge"});
      var tip = el("title", {}); tip.textContent = e.kind; line.appendChild(tip);
      root.appendChild(line); return {line: line, e: e};
    });
    var groups = data.nodes.map(function (n) {
      var g = el("g", {"class": "node", "data-id": n.id});
      var c = el("circle", {r: 7, fill: FILL[n.type] || "#333"});
      var t = el("text", {x: 10, y: 4}); t.textContent = n.name;
      g.appendChild(c); g.appendChild(t); root.appendChild(g);
      g.addEventListener("mousedown", function (ev) { ev.stopPropagation(); dragging = {node: n, moved: false}; });
      g.addEventListener("click", function () { if (!dragging || !dragging.moved) { location.href = "/entity/" + encodeURIComponent(n.id); } });
      return {g: g, n: n};
    });
    function update() {
      root.setAttribute("transform", "translate(" + ox + "," + oy + ") scale(" + scale + ")");
      lines.forEach(function (l) {
        var a = byId[l.e.source], b = byId[l.e.target];
        l.line.setAttribute("x1", a.x); l.line.setAttribute("y1", a.y); l.line.setAttribute("x2", b.x); l.line.setAttribute("y2", b.y);
      });
      groups.forEach(function (g) { g.g.setAttribute("transform", "translate(" + g.n.x + "," + g.n.y + ")"); });
    }
    svg.addEventListener("mousemove", function (ev) {
      if (!dragging) { return; }
      var rect = svg.getBoundingClientRect();
      dragging.node.x = (ev.clientX - rect.left - ox) / scale; dragging.node.y = (ev.clientY - rect.top - oy) / scale;
      dragging.moved = true; update();
    });
    window.addEventListener("mouseup", function () { setTimeout(function () { dragging = null; }, 0); });
    svg.addEventListener("wheel", function (ev) { ev.preventDefault(); scale *= ev.deltaY > 0 ? 0.9 : 1.1; update(); }, {passive: false});
    update();
    if (!data.nodes.length) { var t = el("text", {x: 20, y: 40}); t.textContent = "No connections found yet."; svg.appendChild(t); }
  }

  fetch("/api/network", {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(render);
})();
