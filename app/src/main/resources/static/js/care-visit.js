// The caregiver's check-in and check-out: ONE position, asked for only when the caregiver taps the button, never a
// track. Refused, unavailable or too slow: the form is sent without a position (the visit then goes to the dispatch
// center's exception queue, it is never refused).
(function () {
  'use strict';
  function send(form, position) {
    if (position) {
      form.querySelector('[name=lon]').value = position.coords.longitude;
      form.querySelector('[name=lat]').value = position.coords.latitude;
      form.querySelector('[name=accuracy]').value = Math.round(position.coords.accuracy);
    }
    form.dataset.located = 'yes';
    form.submit();
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[data-geo]') || form.dataset.located) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.disabled = true;
    }
    var status = form.querySelector('.geo-status');
    if (status) {
      status.textContent = form.dataset.locating || '…';
    }
    if (!navigator.geolocation) {
      send(form, null);
      return;
    }
    navigator.geolocation.getCurrentPosition(function (position) { send(form, position); },
      function () { send(form, null); }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 0});
  });
})();
