/* Absence Atlas embed helper for the host page: resizes our iframes to their content.
   Accepts only messages from the Absence Atlas origin this script was loaded from, and only
   from the window of one of our iframes on this page. */
(function () {
  if (window.__absenceAtlasResize) return;
  window.__absenceAtlasResize = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  window.addEventListener('message', function (event) {
    if (!origin || event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'absence-atlas:height' || typeof data.height !== 'number' || !isFinite(data.height))
      return;
    var frames = document.querySelectorAll('iframe[data-absence-atlas-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.round(Math.min(Math.max(data.height, 150), 4000)) + 'px';
      }
    }
  });
})();
