"use strict";
// Filters by code and severity, the single-source toggle, and opening what a link points at.
(function () {
  const findings = Array.from(document.querySelectorAll("details.finding"));
  const boxes = Array.from(document.querySelectorAll(".filters input"));
  const count = document.getElementById("count");
  function applyFilters() {
    const allowed = { code: new Set(), severity: new Set() };
    boxes.forEach(function (box) { if (box.checked) { allowed[box.dataset.filter].add(box.value); } });
    let shown = 0;
    findings.forEach(function (item) {
      const visible = allowed.code.has(item.dataset.code) && allowed.severity.has(item.dataset.severity);
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = String(shown);
  }
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  const single = document.getElementById("show-single");
  single.addEventListener("change", function () { document.body.classList.toggle("show-single", single.checked); });
  function reveal() {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) { return; }
    if (target.classList.contains("single")) { single.checked = true; document.body.classList.add("show-single"); }
    if (target.tagName === "DETAILS") { target.open = true; }
    target.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", reveal);
  // a fact in an article leads to its row in the table (the innermost fact under the pointer)
  document.querySelectorAll(".fact").forEach(function (fact) {
    function follow(event) {
      event.stopPropagation();
      location.hash = "row-" + fact.dataset.row;
    }
    fact.addEventListener("click", follow);
    fact.addEventListener("keydown", function (event) { if (event.key === "Enter") { follow(event); } });
  });
  window.addEventListener("beforeprint", function () { findings.forEach(function (item) { item.open = true; }); });
  reveal();
})();
