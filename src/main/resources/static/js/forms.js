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

// ISO dates typed as text (yyyy-mm-dd): a control marked data-iso-date acts only on a complete, real
// date. While the text is partial nothing happens; once it is a date, the control fires an 'iso-date'
// event (htmx listens with hx-trigger="iso-date") and, when marked data-autosubmit-date, submits its
// form after a short pause. Enter submits as usual; the server answers a bad date next to the field.
window.isoDate = function (text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text || '')) {
    return false;
  }
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

(function () {
  const timers = new WeakMap();
  document.addEventListener('input', event => {
    const control = event.target;
    if (!(control instanceof HTMLInputElement) || !control.hasAttribute('data-iso-date')) {
      return;
    }
    clearTimeout(timers.get(control));
    control.setCustomValidity('');
    if (!window.isoDate(control.value) || control.value === control.dataset.shown) {
      return;
    }
    timers.set(control, setTimeout(() => {
      control.dataset.shown = control.value;
      control.dispatchEvent(new CustomEvent('iso-date', { bubbles: true }));
      if (control.hasAttribute('data-autosubmit-date') && control.form) {
        control.form.requestSubmit();
      }
    }, 400));
  });
  document.addEventListener('invalid', event => {
    const control = event.target;
    if (control instanceof HTMLInputElement && control.hasAttribute('data-iso-date') && control.validity.patternMismatch) {
      control.setCustomValidity('Type the date as yyyy-mm-dd, for example 2008-09-06.');
    }
  }, true);
})();

// A form is not sent with a date that is not one (2007-13-45): the field says why, next to itself.
document.addEventListener('submit', event => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) {
    return;
  }
  for (const control of form.querySelectorAll('input[data-iso-date]')) {
    if (control.value && !window.isoDate(control.value)) {
      control.setCustomValidity('"' + control.value + '" is not a date: type it as yyyy-mm-dd, for example 2008-09-06.');
      control.reportValidity();
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
  }
}, true);
