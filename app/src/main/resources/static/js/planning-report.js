/*
 * The coverage report form of the planning workspace: on submit, the report is asked for the service,
 * walking time and speed chosen in the workspace's controls (hidden fields name their source by data-from).
 */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('planning-report');
    if (!form) return;
    form.addEventListener('submit', function () {
      form.querySelectorAll('input[data-from]').forEach(function (input) {
        input.value = document.getElementById(input.dataset.from).value;
      });
    });
  });
})();
