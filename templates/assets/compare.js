// SiteGen compare pages: progressive enhancements only. Without this file every view still works:
// a view's permalink (/compare/air/#hohhot-changji) shows its places by CSS alone, the list of
// views picks one, and on a phone the places' columns stand one below the other. (The picker and
// the tabs are in the page from the start, so that nothing shifts when this file runs; without
// scripts noscript.css hides them.)
(function () {
  "use strict";

  var form = document.querySelector("form.compare-picker");
  var columns = document.querySelector("[data-compare-columns]");

  function viewPlaces() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var anchor = id && document.getElementById(id);
    return anchor && anchor.classList.contains("view-anchor") ? id.split("-") : null;
  }

  // The picker: checkboxes and a topic list that go to the view's permalink.
  if (form) {
    var message = form.querySelector(".picker-message");
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=place]"));
    var syncBoxes = function () {
      var shown = viewPlaces();
      if (shown) boxes.forEach(function (box) { box.checked = shown.indexOf(box.value) >= 0; });
    };
    syncBoxes();
    window.addEventListener("hashchange", syncBoxes);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var option = form.elements.topic.selectedOptions[0];
      var available = option.dataset.places.split(" ");
      var chosen = boxes.filter(function (box) { return box.checked && available.indexOf(box.value) >= 0; })
        .map(function (box) { return box.value; });
      if (chosen.length < 2) { message.textContent = form.dataset.needTwo; return; }
      message.textContent = "";
      var target = new URL(option.value, window.location.href);
      target.hash = chosen.length === available.length ? "" : chosen.join("-");
      window.location.href = target.href;
    });
  }

  // Other topics keep the chosen places.
  Array.prototype.forEach.call(document.querySelectorAll(".topic-links a"), function (link) {
    link.addEventListener("click", function () {
      if (viewPlaces()) link.href = link.href.split("#")[0] + window.location.hash;
    });
  });

  // Place tabs: on a phone, one column at a time.
  if (!columns) return;
  var nav = document.querySelector(".compare-tabs");
  if (!nav) return;
  var tabs = Array.prototype.slice.call(nav.querySelectorAll("a[data-tab]"));
  var narrow = window.matchMedia("(max-width: 47.99rem)");
  nav.querySelector("ul").setAttribute("role", "tablist");
  tabs.forEach(function (tab) {
    tab.closest("li").setAttribute("role", "presentation");
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", tab.dataset.tab);
    document.getElementById(tab.dataset.tab).setAttribute("role", "tabpanel");
  });

  function visible(tab) { return getComputedStyle(tab.closest("li")).display !== "none"; }

  function select(id, focus) {
    tabs.forEach(function (tab) {
      var on = tab.dataset.tab === id;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.dataset.tab).classList.toggle("is-current", on);
      if (on && focus) tab.focus();
    });
  }

  function refresh() {
    columns.classList.toggle("is-tabbed", narrow.matches);
    var current = tabs.filter(function (tab) { return tab.getAttribute("aria-selected") === "true" && visible(tab); })[0];
    var first = tabs.filter(function (tab) { return "#" + tab.dataset.tab === window.location.hash; })[0] || tabs.filter(visible)[0];
    if (!current && first) select(first.dataset.tab, false);
  }

  refresh();
  window.addEventListener("hashchange", refresh);
  if (narrow.addEventListener) narrow.addEventListener("change", refresh);

  tabs.forEach(function (tab) {
    tab.addEventListener("click", function (e) {
      if (!narrow.matches) return;
      e.preventDefault();
      select(tab.dataset.tab, false);
    });
    tab.addEventListener("keydown", function (e) {
      var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      var shown = tabs.filter(visible);
      var i = shown.indexOf(tab);
      select(shown[(i + step + shown.length) % shown.length].dataset.tab, true);
    });
  });
})();
