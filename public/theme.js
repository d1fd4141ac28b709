// Runs before first paint (blocking, kept tiny): applies the saved theme so there is no flash of the
// wrong one, and marks that scripts run so the narrow-screen menu can start collapsed without a jump.
(function (root) {
  root.classList.add('js');
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (e) {
    /* storage blocked: follow the system setting */
  }
})(document.documentElement);
