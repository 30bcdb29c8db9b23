// The consultation inbox: a consultation just opened (from the assess page's CONSULT result) is
// scrolled into view and focused, so the officer sees at once what was opened.
(function () {
  const opened = document.querySelector('article.opened');
  if (opened) {
    opened.scrollIntoView({ block: 'center' });
    opened.focus({ preventScroll: true });
  }
})();
