// Progressive enhancement: every page works without this script.
(function () {
  "use strict";

  // The page's own address, for the printed handout.
  document.querySelectorAll("[data-page-url]").forEach(function (el) {
    el.textContent = location.href.split("#")[0];
  });

  // On a phone the navigation folds behind a menu button; CSS shows the
  // button there only, and only where scripts run (without them the menu
  // stays open).
  var menuButton = document.querySelector("[data-menu-button]");
  var menu = document.getElementById("site-menu");
  if (menuButton && menu) {
    menuButton.addEventListener("click", function () {
      var open = menuButton.getAttribute("aria-expanded") !== "true";
      menuButton.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    });
  }

  // Anchor links copy the link to their item; without clipboard access
  // (some browsers from file://) they still go to the item.
  var copied = document.documentElement.getAttribute("data-link-copied") || "✓";
  document.querySelectorAll("a[data-copy-link]").forEach(function (a) {
    a.setAttribute("role", "button");
    // A button acts on Space as well as on Enter; a link would scroll.
    a.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        a.click();
      }
    });
    a.addEventListener("click", function (event) {
      if (!navigator.clipboard || !window.isSecureContext) return;
      event.preventDefault();
      var url = location.href.split("#")[0] + a.getAttribute("href");
      navigator.clipboard.writeText(url).then(function () {
        history.replaceState(null, "", a.getAttribute("href"));
        a.setAttribute("data-copied", copied);
        var status = document.getElementById("copy-status");
        if (status) status.textContent = copied;
        setTimeout(function () { a.removeAttribute("data-copied"); }, 2000);
      }, function () { location.hash = a.getAttribute("href"); });
    });
  });
})();
