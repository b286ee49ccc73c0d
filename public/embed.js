/*
 * MoE Lab embed helper (docs/embedding.md). Include once per page:
 *   <script src="https://YOUR-MOE-LAB-SITE/embed.js" async></script>
 * Every MoE Lab <iframe> on the page then takes the height its content reports (`resize`), and
 * each message of a frame is re-dispatched on its <iframe> element as a "moe-lab" CustomEvent
 * (event.detail = { source, type, widget, payload }). It manages only iframes that show an
 * /embed/ route (or /zh/embed/, the Chinese one) of the site this script is loaded from, and a
 * message counts only when it comes from such an iframe's own window and from that site's origin.
 * A frame whose src asks for a language, `/embed/<id>?lang=zh`, is pointed at that language's route
 * (`/zh/embed/<id>?…`, the other parameters kept) before it loads, sparing it the redirect.
 * No dependencies, nothing else.
 */
(function () {
  'use strict';
  if (window.__moeLabEmbed) return;
  window.__moeLabEmbed = true;
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;

  function originOf(url) {
    try {
      return new URL(url, window.location.href).origin;
    } catch (e) {
      return null;
    }
  }

  // The MoE Lab site this script was loaded from: its frames are the only ones it manages (any
  // other iframe on the page, an ad or a widget of another site, may post look-alike messages).
  function ownOrigin() {
    if (document.currentScript && document.currentScript.src) return originOf(document.currentScript.src);
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) if (/\/embed\.js(\?|#|$)/.test(scripts[i].src || '')) return originOf(scripts[i].src);
    return null;
  }
  var LAB = ownOrigin();
  var EMBED_PATH = /^\/(zh\/)?embed\//;

  /** `/embed/<id>?lang=zh&k=2` → `/zh/embed/<id>?k=2`; null when the address asks for no other language. */
  function localizedSrc(src) {
    var url;
    try {
      url = new URL(src, window.location.href);
    } catch (e) {
      return null;
    }
    if (url.origin !== LAB || !/^\/embed\//.test(url.pathname) || !url.searchParams) return null;
    var lang = url.searchParams.get('lang');
    if (lang === null) return null;
    url.searchParams.delete('lang');
    if (lang === 'zh') url.pathname = '/zh' + url.pathname;
    return url.toString();
  }

  function localizeFrames() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var next = frames[i].src ? localizedSrc(frames[i].src) : null;
      if (next) frames[i].src = next;
    }
  }

  /** The iframe of this page whose window sent the message, if it shows a MoE Lab embed route. */
  function managedFrame(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== source) continue;
      var url;
      try {
        url = new URL(frames[i].src, window.location.href);
      } catch (e) {
        return null;
      }
      return url.origin === LAB && EMBED_PATH.test(url.pathname) ? frames[i] : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!LAB || !data || typeof data !== 'object' || data.source !== 'moe-lab' || typeof data.type !== 'string') return;
    if (event.origin !== LAB) return;
    var frame = managedFrame(event.source);
    if (!frame) return;
    if (data.type === 'resize') {
      var height = data.payload && data.payload.height;
      if (typeof height !== 'number' || !isFinite(height)) return;
      frame.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))) + 'px';
    }
    if (typeof window.CustomEvent === 'function') frame.dispatchEvent(new CustomEvent('moe-lab', { detail: data }));
  });

  if (LAB) {
    localizeFrames();
    // frames written after this script (async, or below it) are in the document once it is parsed
    if (document.readyState === 'loading' && typeof document.addEventListener === 'function') document.addEventListener('DOMContentLoaded', localizeFrames);
  }
})();
