// Small improvements on pages that work without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // After a form comes back with errors, move focus to the summary so it is read out first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
