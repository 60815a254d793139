// sitegen serve: reloads the page when the site has been rebuilt, and shows a build error until the
// next good build. `sitegen serve` injects this file into the pages it serves (a script file, as the
// Content-Security-Policy allows only 'self'); it is never published.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var banner = null;
  var source = new EventSource("/_sitegen/events");
  // The event lists the pages that changed ("/a/b/"), or "*" when a style sheet or script did.
  source.addEventListener("reload", function (event) {
    var here = decodeURI(window.location.pathname);
    var changed = event.data.split("\n");
    if (changed.indexOf("*") >= 0 || changed.indexOf(here) >= 0 || changed.indexOf(here.replace(/index\.html$/, "")) >= 0) {
      window.location.reload();
    }
  });
  source.addEventListener("build-error", function (event) {
    if (!banner) {
      banner = document.createElement("pre");
      banner.className = "sitegen-build-error";
      banner.setAttribute("role", "alert");
      // CSSOM properties, not a style attribute: the Content-Security-Policy allows these.
      var s = banner.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.zIndex = "2147483647";
      s.margin = "0"; s.padding = "0.75em 1em"; s.maxHeight = "40vh"; s.overflow = "auto";
      s.background = "#7f1d1d"; s.color = "#fff"; s.font = "14px/1.4 monospace"; s.whiteSpace = "pre-wrap";
      document.body.appendChild(banner);
    }
    banner.textContent = "sitegen serve: the build failed; the page shows the last good build.\n\n" + event.data;
  });
})();
