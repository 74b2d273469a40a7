// The community editor's mention picker: a chosen person's token goes into the textarea at the cursor.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-mention-token]");
    if (!button) {
      return;
    }
    var area = document.getElementById(button.getAttribute("data-mention-target"));
    if (!area) {
      return;
    }
    var token = button.getAttribute("data-mention-token") + " ";
    var start = area.selectionStart || area.value.length;
    var end = area.selectionEnd || start;
    area.value = area.value.slice(0, start) + token + area.value.slice(end);
    area.focus();
    area.setSelectionRange(start + token.length, start + token.length);
    var list = button.closest("[aria-live]");
    if (list) {
      list.innerHTML = "";
    }
  });
})();
