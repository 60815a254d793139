// SiteGen plan explorer: progressive enhancements only. Every page works without this file.
(function () {
  "use strict";
  var lang = document.documentElement.lang === "en" ? "en" : "zh";
  var words = {
    zh: { copy: "复制引用", copied: "已复制", failed: "无法复制，请手动选择", sep: "，", end: "。", colon: "：" },
    en: { copy: "Copy citation", copied: "Copied", failed: "Could not copy; please select the text", sep: ", ", end: ". ", colon: ", " }
  }[lang];

  // "Copy citation": one button, moved next to the ¶ link the reader focuses or hovers.
  var button = document.createElement("button");
  button.type = "button";
  button.className = "cite-button";
  button.textContent = words.copy;
  var current = null;

  function passageOf(link) { return link.closest("[id]:not(a)") || link.parentElement; }

  function sectionPath(article, passage) {
    var levels = [];
    var heads = article.querySelectorAll("h2[id], h3[id], h4[id], h5[id], h6[id]");
    var position = passage.compareDocumentPosition.bind(passage);
    var minLevel = /^H[2-6]$/.test(passage.tagName) ? Number(passage.tagName[1]) : 7;
    for (var i = heads.length - 1; i >= 0; i--) {
      var h = heads[i];
      if (h !== passage && !(position(h) & Node.DOCUMENT_POSITION_PRECEDING)) continue;
      var level = Number(h.tagName[1]);
      if (h === passage || level < minLevel) { levels.unshift(text(h)); minLevel = level; }
    }
    return levels.join(" › ");
  }

  function text(el) {
    var clone = el.cloneNode(true);
    clone.querySelectorAll(".pilcrow, .ednote, .cite-button").forEach(function (n) { n.remove(); });
    return clone.textContent.replace(/\s+/g, " ").trim();
  }

  function citation(link) {
    var article = link.closest("[data-cite-title]");
    var passage = passageOf(link);
    var parts = [article.dataset.citeIssuer + words.colon + "《" + article.dataset.citeTitle + "》"];
    if (article.dataset.citeDocno) parts.push(article.dataset.citeDocno);
    var path = sectionPath(article, passage);
    if (path) parts.push(path);
    return parts.join(words.sep) + words.end + article.dataset.citeUrl + "#" + passage.id;
  }

  function copy(textValue) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(textValue);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = textValue;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand && document.execCommand("copy");
      area.remove();
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  function attach(link) {
    if (current === link) return;
    current = link;
    button.textContent = words.copy;
    link.insertAdjacentElement("afterend", button);
  }

  document.addEventListener("focusin", function (e) {
    if (e.target.classList && e.target.classList.contains("pilcrow") && e.target.closest("[data-cite-title]")) attach(e.target);
  });
  document.addEventListener("mouseover", function (e) {
    var host = e.target.closest && e.target.closest("[data-cite-title] [id]:not(a)");
    if (!host) return;
    var link = host.querySelector(":scope > .pilcrow, :scope > td .pilcrow, :scope > caption .pilcrow");
    if (link) attach(link);
  });
  button.addEventListener("click", function () {
    if (!current) return;
    var value = citation(current);
    copy(value).then(function () { button.textContent = words.copied; },
      function () { button.textContent = words.failed; window.prompt(words.copy, value); });
  });
})();
