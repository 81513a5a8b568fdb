// A public form sent back with errors: move the focus to the summary of the errors, so that
// keyboard and screen reader users hear them and can follow its links to each field.
const summary = document.getElementById("form-errors");
if (summary) {
  summary.focus();
}
