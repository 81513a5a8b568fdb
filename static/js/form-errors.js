// A public form sent back with errors (templates/includes/form_errors.html): move the focus to
// the summary of the errors, so that keyboard and screen reader users hear them and can follow
// its links to each field. A link puts the focus in its field, with the field's label in view
// (a link to an id only scrolls to it).
const summary = document.getElementById("form-errors");
if (summary) {
  summary.focus();
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (field) {
      event.preventDefault();
      field.scrollIntoView({ block: "center" });
      field.focus({ preventScroll: true });
    }
  });
}
