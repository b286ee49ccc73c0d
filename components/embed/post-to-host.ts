import type { OutboundMessage } from '@/lib/embed/protocol';

/** True when this page is inside a frame (the only time there is a host to talk to). */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** The embedding page's origin where the browser tells us; '*' otherwise (the message is for our parent either way). */
function hostOrigin(): string {
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0];
  try {
    if (document.referrer) return new URL(document.referrer).origin;
  } catch {
    // fall through
  }
  return '*';
}

/** Posts one protocol message to the embedding page. */
export function postToHost(message: OutboundMessage) {
  if (!isFramed()) return;
  window.parent.postMessage(message, hostOrigin());
}
