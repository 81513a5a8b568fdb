// The menu button of small screens. Without JavaScript the menu is simply always open.
const toggle = document.querySelector(".site-header__toggle");
const menu = document.getElementById("site-menu");
if (toggle && menu) {
  toggle.hidden = false;
  menu.classList.add("site-nav--collapsible");
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
