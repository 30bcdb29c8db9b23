// Behaviour the pages share, kept out of the markup so that the Content-Security-Policy can forbid
// inline scripts: a control marked data-autosubmit submits its form when its value changes.
document.addEventListener('change', event => {
  const control = event.target;
  if (control instanceof HTMLElement && control.hasAttribute('data-autosubmit') && control.form) {
    control.form.submit();
  }
});

// A delegate changing a position already recorded for the government confirms it first, seeing the
// earlier one: one careless click must not flip a government's position.
document.addEventListener('submit', event => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.currentPosition) {
    return;
  }
  const chosen = form.querySelector('select[name="position"]');
  const current = form.dataset.currentPosition;
  if (chosen && chosen.value !== current
      && !window.confirm(form.dataset.government + ' holds ' + current + '. Record ' + chosen.value + ' instead?')) {
    event.preventDefault();
  }
});
