// stancemap workbench: hover cards for the article view. The project's own code;
// it only ever writes text (textContent), never markup, so article text stays inert.
"use strict";

(function () {
  function readRecords() {
    var block = document.getElementById("records");
    if (!block) return null;
    try { return JSON.parse(block.textContent); } catch (e) { return null; }
  }

  function showCard(card, records, keys) {
    card.replaceChildren();
    keys.forEach(function (key) {
      var rec = records[key];
      if (!rec) return;
      var head = document.createElement("h3");
      if (rec.href && rec.href.charAt(0) === "/" && rec.href.charAt(1) !== "/") {
        var link = document.createElement("a");
        link.setAttribute("href", rec.href);
        link.textContent = rec.title;
        head.appendChild(link);
      } else {
        head.textContent = rec.title;
      }
      card.appendChild(head);
      var list = document.createElement("dl");
      (rec.fields || []).forEach(function (pair) {
        var dt = document.createElement("dt");
        dt.textContent = pair[0];
        var dd = document.createElement("dd");
        dd.textContent = pair[1];
        list.appendChild(dt);
        list.appendChild(dd);
      });
      card.appendChild(list);
    });
    card.hidden = card.childElementCount === 0;
  }

  // Float the card just under the hovered words (CSSOM positioning: allowed by the CSP,
  // unlike style attributes in markup).
  function place(card, target) {
    var rect = target.getBoundingClientRect();
    var width = Math.min(card.offsetWidth || 360, window.innerWidth - 16);
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
    card.style.left = left + "px";
    card.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }

  function init() {
    var text = document.getElementById("article-text");
    var card = document.getElementById("card");
    var records = readRecords();
    if (!text || !card || !records) return;
    function onEnter(event) {
      var target = event.target.closest ? event.target.closest("[data-r]") : null;
      if (!target || !text.contains(target)) return;
      var keys = (target.getAttribute("data-r") || "").split(" ").filter(Boolean);
      if (!keys.length) return;
      showCard(card, records, keys);
      place(card, target);
    }
    text.addEventListener("mouseover", onEnter);
    text.addEventListener("focusin", onEnter);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") card.hidden = true;
    });
    document.addEventListener("click", function (event) {
      if (!card.contains(event.target) && !text.contains(event.target)) card.hidden = true;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
