/*
 * The rich-text editor of news, notices and events: Quill (webjar) over the form's textarea. The textarea stays the
 * field that is submitted, so the page works without script too; the server sanitises whatever arrives. Pictures are
 * uploaded to the community's image store first and put in by their /images/{id} address, the only image source the
 * sanitiser lets through.
 */
(function () {
  'use strict';

  var TOOLBAR = [[{ header: [2, 3, 4, false] }], ['bold', 'italic', 'underline', 'strike'],
    [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'link', 'image'], ['clean']];

  function csrf() {
    var token = document.querySelector('meta[name=_csrf]'), header = document.querySelector('meta[name=_csrf_header]');
    var h = {};
    if (token && header) h[header.content] = token.content;
    return h;
  }

  function init(box) {
    var cfg = box.dataset;
    var textarea = box.querySelector('textarea');
    var error = box.querySelector('.editor-error');
    var quill = new Quill(box.querySelector('.rich-editor'), {
      theme: 'snow', placeholder: cfg.placeholder,
      modules: { toolbar: { container: TOOLBAR, handlers: { image: pickImage } } }
    });
    quill.clipboard.dangerouslyPasteHTML(textarea.value || ''); // the server's sanitised HTML
    textarea.hidden = true;
    box.classList.add('enhanced');
    box.closest('form').addEventListener('submit', function () {
      textarea.value = quill.getLength() > 1 || quill.root.querySelector('img') ? quill.root.innerHTML : '';
    });

    function pickImage() {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = 'image/png,image/jpeg,image/webp,image/gif';
      input.addEventListener('change', function () {
        if (input.files.length) upload(input.files[0]);
      });
      input.click();
    }

    function upload(file) {
      var data = new FormData();
      data.append('file', file);
      error.textContent = cfg.msgUploading;
      fetch(cfg.upload, { method: 'POST', body: data, headers: csrf(), credentials: 'same-origin' })
        .then(function (r) {
          return r.json().catch(function () { return {}; }).then(function (body) {
            if (!r.ok) throw new Error(body.detail || cfg.msgUploadFailed);
            return body;
          });
        })
        .then(function (image) {
          error.textContent = '';
          var at = (quill.getSelection(true) || { index: quill.getLength() }).index;
          quill.insertEmbed(at, 'image', '/images/' + image.id, 'user');
          quill.setSelection(at + 1, 0);
        })
        .catch(function (e) { error.textContent = e.message || cfg.msgUploadFailed; });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Quill) return; // the plain textarea stays
    document.querySelectorAll('[data-rich-editor]').forEach(init);
  });
})();
