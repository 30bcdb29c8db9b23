// Behaviour the pages share, kept out of the markup so that the Content-Security-Policy can forbid
// inline scripts: a control marked data-autosubmit submits its form when its value changes.
document.addEventListener('change', event => {
  const control = event.target;
  if (control instanceof HTMLElement && control.hasAttribute('data-autosubmit') && control.form) {
    control.form.submit();
  }
});
