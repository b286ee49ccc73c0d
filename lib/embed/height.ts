/** What `watchHeight` needs from the browser; tests pass fakes. */
export interface HeightEnv {
  ResizeObserver: new (callback: () => void) => { observe(target: Element): void; disconnect(): void };
  MutationObserver: new (callback: () => void) => { observe(target: Node, options: MutationObserverInit): void; disconnect(): void };
  /** `document.fonts`, where the browser has it */
  fonts?: { addEventListener(type: 'loadingdone', listener: () => void): void; removeEventListener(type: 'loadingdone', listener: () => void): void };
}

/**
 * Calls `post` with the frame's content height now and whenever it changes. A ResizeObserver
 * alone is not enough: Chromium skips rendering updates, and with them ResizeObserver callbacks,
 * in a cross-origin frame that is out of view, so a quiz below the fold reported only the height
 * it had before its questions mounted (101 px) and kept it until it was scrolled to. DOM changes
 * (MutationObserver, a microtask, never throttled) and font loads therefore measure too;
 * `read` forces layout, which works in a throttled frame. Returns the function that stops it.
 */
export function watchHeight(target: Element, read: () => number, post: (height: number) => void, env: HeightEnv): () => void {
  let last = -1;
  const measure = () => {
    const height = read();
    if (!Number.isFinite(height) || height === last) return;
    last = height;
    post(height);
  };
  const resize = new env.ResizeObserver(measure);
  resize.observe(target);
  const mutation = new env.MutationObserver(measure);
  // Nodes added or removed, and disclosures opened: not every attribute, or a training widget's
  // chart (new path data many times a second) would force a layout for each of its frames.
  mutation.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['open', 'hidden'] });
  env.fonts?.addEventListener('loadingdone', measure);
  measure();
  return () => {
    resize.disconnect();
    mutation.disconnect();
    env.fonts?.removeEventListener('loadingdone', measure);
  };
}
