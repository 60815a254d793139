// Figures pages: sorting of the indicator matrix, and filters of the targets list whose state lives
// in the URL. Progressive enhancement only: without this file both pages show everything, in order
// (the filters stay disabled, so that enabling them shifts nothing on the page).
(function () {
  "use strict";

  // ── Sortable tables: <table data-sortable>, <th data-sort="text|number">, cells' data-sort-value ──
  function sortValue(row, index, type) {
    var cell = row.children[index];
    var raw = cell ? (cell.getAttribute("data-sort-value") || cell.textContent.trim()) : "";
    if (type === "number") { var n = parseFloat(raw); return isNaN(n) ? null : n; }
    return raw;
  }

  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var type = th.getAttribute("data-sort");
      if (!type) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      // A link inside the header would nest in the button: keep its text, drop the link.
      button.querySelectorAll("a").forEach(function (a) { a.replaceWith(document.createTextNode(a.textContent)); });
      th.appendChild(button);
      th.classList.add("sortable-header");
      button.addEventListener("click", function () {
        var current = th.getAttribute("aria-sort");
        var direction = current === "ascending" ? "descending" : current === "descending" ? "none" : "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        var rows = original.slice();
        if (direction !== "none") {
          th.setAttribute("aria-sort", direction);
          rows.sort(function (a, b) {
            var x = sortValue(a, index, type), y = sortValue(b, index, type);
            if (x === null && y === null) return 0;
            if (x === null) return 1;          // empty cells last, whatever the direction
            if (y === null) return -1;
            var order = type === "number" ? x - y : String(x).localeCompare(String(y), document.documentElement.lang);
            return direction === "ascending" ? order : -order;
          });
        }
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  // ── Targets filters: ?place=…&topic=…&year=…&binding=…&number=… ──
  var form = document.getElementById("target-filters");
  var list = document.getElementById("targets-list");
  if (!form || !list) return;
  var output = document.getElementById("target-count");
  var template = output.textContent;
  var total = list.querySelectorAll(".figure-entry").length;
  var names = ["place", "topic", "year", "binding", "number"];
  var words = document.documentElement.lang === "en"
    ? function (shown) { return shown + " / " + total + " targets shown"; }
    : function (shown) { return "显示 " + shown + " / " + total + " 个目标"; };

  function apply(updateUrl) {
    var wanted = {};
    names.forEach(function (name) { wanted[name] = form.elements[name].value; });
    var shown = 0;
    list.querySelectorAll(".target-group").forEach(function (group) {
      var any = false;
      group.querySelectorAll(".figure-entry").forEach(function (entry) {
        var ok = names.every(function (name) {
          if (!wanted[name]) return true;
          var value = entry.getAttribute("data-" + name) || "none";
          return value === wanted[name];
        });
        entry.hidden = !ok;
        if (ok) { any = true; shown++; }
      });
      group.hidden = !any;
    });
    output.textContent = names.some(function (n) { return wanted[n]; }) ? words(shown) : template;
    if (updateUrl) {
      var params = new URLSearchParams();
      names.forEach(function (name) { if (wanted[name]) params.set(name, wanted[name]); });
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
  }

  var params = new URLSearchParams(location.search);
  names.forEach(function (name) {
    var value = params.get(name);
    var select = form.elements[name];
    if (value && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) select.value = value;
  });
  form.querySelector("fieldset").disabled = false;
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply(false);
})();
