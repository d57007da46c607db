// The handbook page's change-proposal form: posted as JSON to the public API with the page's CSRF token;
// the fields a problem names are marked beside them. Fields that do not apply to the chosen kind are hidden.
(function () {
  const form = document.getElementById('proposal-form');
  if (!form) return;
  const result = form.querySelector('.result');
  const show = () => {
    const kind = form.kind.value;
    form.querySelectorAll('[data-for]').forEach(label => {
      const role = label.dataset.for;
      label.hidden = (role === 'existing' && kind === 'NEW') || (role === 'new' && kind !== 'NEW')
        || (role === 'details' && kind === 'CLOSED');
    });
  };
  form.kind.addEventListener('change', show);
  show();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    form.querySelectorAll('.field-error').forEach(e => e.remove());
    result.classList.remove('bad');
    const body = { communityId: Number(form.dataset.community) };
    new FormData(form).forEach((value, key) => {
      const field = form.elements[key];
      const hidden = field && field.closest('label') && field.closest('label').hidden;
      if (!hidden && String(value).trim() !== '') body[key] = value;
    });
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    if (token && header) headers[header.content] = token.content;
    try {
      const response = await fetch(form.action, { method: 'POST', headers, body: JSON.stringify(body) });
      if (response.ok) {
        form.reset();
        show();
        result.textContent = result.dataset.sent;
        return;
      }
      const problem = await response.json().catch(() => ({}));
      result.classList.add('bad');
      result.textContent = problem.detail || result.dataset.failed;
      (problem.problems || []).forEach(p => {
        const field = form.elements[p.field];
        if (!field) return;
        const note = document.createElement('span');
        note.className = 'field-error';
        note.textContent = p.message;
        field.after(note);
      });
    } catch (e) {
      result.classList.add('bad');
      result.textContent = result.dataset.failed;
    }
  });
})();
