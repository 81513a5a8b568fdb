// A form sent back with errors: the focus goes to the summary of the errors at the top of the
// form (templates/includes/form_errors.html), so that keyboard and screen reader users start
// from it. Each of its links puts the focus in its field, the field's label in view.
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
