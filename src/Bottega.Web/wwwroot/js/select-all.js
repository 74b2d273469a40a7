// A "select all" checkbox: data-select-all names the checkboxes it drives.
(function () {
  "use strict";
  document.querySelectorAll("input[data-select-all]").forEach(function (master) {
    master.addEventListener("change", function () {
      document.querySelectorAll("input[type=checkbox][name='" + master.getAttribute("data-select-all") + "']").forEach(function (box) {
        box.checked = master.checked;
      });
    });
  });
})();
