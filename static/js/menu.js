// The menu button of small screens. The menu is folded by the page itself from its first
// paint (templates/includes/header.html); without JavaScript, css/no-js.css keeps it open.
const toggle = document.querySelector(".site-header__toggle");
const menu = document.getElementById("site-menu");
if (toggle && menu) {
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    menu.classList.toggle("site-nav--open", !open);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      menu.classList.remove("site-nav--open");
      toggle.focus();
    }
  });
}
