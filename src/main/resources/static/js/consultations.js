// The consultation inbox: a consultation just opened (from the assess page's CONSULT result) is
// outlined, marked and scrolled into view, so the officer sees at once what was opened.
(function () {
  const flash = document.getElementById('flash');
  const id = flash && flash.dataset.opened;
  const opened = id && document.querySelector('article[data-id="' + CSS.escape(id) + '"]');
  if (!opened) {
    return;
  }
  opened.classList.add('opened');
  opened.id = 'consultation-' + id;
  opened.tabIndex = -1;
  const badge = document.createElement('p');
  badge.className = 'badge opened-badge';
  badge.textContent = 'Just opened';
  opened.prepend(badge);
  opened.scrollIntoView({ block: 'center' });
  opened.focus({ preventScroll: true });
})();
