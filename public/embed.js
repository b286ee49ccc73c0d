/*
 * MoE Lab embed helper (docs/embedding.md). Include once per page:
 *   <script src="https://YOUR-MOE-LAB-SITE/embed.js" async></script>
 * Every MoE Lab <iframe> on the page then takes the height its content reports (`resize`), and
 * each message of a frame is re-dispatched on its <iframe> element as a "moe-lab" CustomEvent
 * (event.detail = { source, type, widget, payload }). A message counts only when it comes from
 * that iframe's window and from the origin of the iframe's src. No dependencies, nothing else.
 */
(function () {
  'use strict';
  if (window.__moeLabEmbed) return;
  window.__moeLabEmbed = true;
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;

  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'moe-lab' || typeof data.type !== 'string') return;
    var frame = frameFor(event.source);
    if (!frame) return;
    var origin;
    try {
      origin = new URL(frame.src, window.location.href).origin;
    } catch (e) {
      return;
    }
    if (origin !== event.origin) return;
    if (data.type === 'resize') {
      var height = data.payload && data.payload.height;
      if (typeof height !== 'number' || !isFinite(height)) return;
      frame.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))) + 'px';
    }
    if (typeof window.CustomEvent === 'function') frame.dispatchEvent(new CustomEvent('moe-lab', { detail: data }));
  });
})();
