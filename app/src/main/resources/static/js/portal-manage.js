/* Staff pages of a portal: a delete asks first (the question comes from the form's data-confirm, in the page's language). */
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var question = e.target.dataset && e.target.dataset.confirm;
    if (question && !window.confirm(question)) e.preventDefault();
  });
})();
