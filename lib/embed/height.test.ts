import { describe, expect, it } from 'vitest';
import { watchHeight, type HeightEnv } from './height';

/** Fake observers: the test decides when each fires, as a throttled frame would (ResizeObserver never). */
function fakeEnv() {
  const fire = { resize: [] as (() => void)[], mutation: [] as (() => void)[], fonts: [] as (() => void)[] };
  const env: HeightEnv = {
    ResizeObserver: class {
      constructor(private cb: () => void) {}
      observe() {
        fire.resize.push(this.cb);
      }
      disconnect() {
        fire.resize = fire.resize.filter((f) => f !== this.cb);
      }
    },
    MutationObserver: class {
      constructor(private cb: () => void) {}
      observe(_: Node, options: MutationObserverInit) {
        expect(options).toEqual({ childList: true, subtree: true, attributes: true, attributeFilter: ['open', 'hidden'] });
        fire.mutation.push(this.cb);
      }
      disconnect() {
        fire.mutation = fire.mutation.filter((f) => f !== this.cb);
      }
    },
    fonts: {
      addEventListener: (_, l) => fire.fonts.push(l),
      removeEventListener: (_, l) => (fire.fonts = fire.fonts.filter((f) => f !== l)),
    },
  };
  return { env, fire };
}

describe('watchHeight', () => {
  // Issue 21 item 8: the quiz below the fold posted only {height: 101} (before its questions mounted).
  it('reports the height after the content mounts even when ResizeObserver never fires', () => {
    const { env, fire } = fakeEnv();
    let height = 101;
    const posted: number[] = [];
    watchHeight({} as Element, () => height, (h) => posted.push(h), env);
    expect(posted).toEqual([101]);
    height = 561; // the questions are in the DOM; the frame is out of view, so no resize callback
    fire.mutation.forEach((f) => f());
    expect(posted).toEqual([101, 561]);
  });

  it('measures again when a web font arrives, and posts each height once', () => {
    const { env, fire } = fakeEnv();
    let height = 561;
    const posted: number[] = [];
    watchHeight({} as Element, () => height, (h) => posted.push(h), env);
    fire.mutation.forEach((f) => f());
    fire.resize.forEach((f) => f());
    height = 575;
    fire.fonts.forEach((f) => f());
    height = Number.NaN;
    fire.resize.forEach((f) => f());
    expect(posted).toEqual([561, 575]);
  });

  it('stops every watcher', () => {
    const { env, fire } = fakeEnv();
    const stop = watchHeight({} as Element, () => 1, () => {}, env);
    stop();
    expect([fire.resize.length, fire.mutation.length, fire.fonts.length]).toEqual([0, 0, 0]);
  });
});
