// On a narrow screen the facets come before the results, folded so the results stay in sight.
(function () {
  "use strict";
  var panel = document.querySelector(".facet-panel");
  if (panel && window.matchMedia("(max-width: 48rem)").matches) {
    panel.removeAttribute("open");
  }
})();
