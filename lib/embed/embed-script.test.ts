import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

// public/embed.js runs on other people's pages; here it runs in a bare context with just the DOM
// it touches, so what it does with each message is visible without a browser.
const source = fs.readFileSync('public/embed.js', 'utf8');
const LAB = 'https://lab.example.org';

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height?: string };
  events: unknown[];
  dispatchEvent: (e: { detail: unknown }) => boolean;
}

function frame(src: string): FakeFrame {
  const f: FakeFrame = { src, contentWindow: {}, style: {}, events: [], dispatchEvent: (e) => (f.events.push(e.detail), true) };
  return f;
}

/** Loads embed.js as `<script src=scriptSrc>` on a course page with `frames`; returns a function that delivers a message. */
function host(frames: FakeFrame[], { current = true, tags = [`${LAB}/embed.js`] } = {}) {
  let listener: ((e: unknown) => void) | null = null;
  const window = {
    location: { href: 'https://course.example.edu/week-3' },
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') listener = fn;
    },
    CustomEvent: class {
      constructor(
        public type: string,
        init: { detail: unknown },
        public detail = init.detail,
      ) {}
    },
  };
  const scripts = [{ src: 'https://cdn.example.com/jquery.js' }, ...tags.map((src) => ({ src }))];
  const document = {
    currentScript: current ? (scripts.at(-1) ?? null) : null,
    getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : tag === 'script' ? scripts : []),
  };
  vm.runInNewContext(source, { window, document, URL, CustomEvent: window.CustomEvent });
  return (from: FakeFrame | object, origin: string, data: unknown) => listener?.({ source: 'contentWindow' in from ? from.contentWindow : from, origin, data });
}

const resize = (height: number) => ({ source: 'moe-lab', type: 'resize', widget: 'quiz', payload: { height } });
const result = { source: 'moe-lab', type: 'result', widget: 'quiz', payload: { score: { correct: 5, answered: 5, total: 5 } } };

describe('embed.js', () => {
  it('sizes a MoE Lab frame from its own messages and re-dispatches them on the iframe', () => {
    const lab = frame(`${LAB}/embed/quiz/moe-routing`);
    const send = host([lab]);
    send(lab, LAB, resize(561.4));
    expect(lab.style.height).toBe('561px');
    send(lab, LAB, resize(5));
    expect(lab.style.height).toBe('80px');
    expect(lab.events).toEqual([resize(561.4), resize(5)]);
  });

  // Issue 20 item 9: a foreign sibling was resized to 12,345 px and its forged result re-fired as ours.
  it('ignores a foreign iframe that speaks the protocol from its own origin', () => {
    const lab = frame(`${LAB}/embed/quiz/moe-routing`);
    const ad = frame('https://ads.example.net/banner');
    const send = host([lab, ad]);
    send(ad, 'https://ads.example.net', resize(12_345));
    send(ad, 'https://ads.example.net', result);
    expect(ad.style.height).toBeUndefined();
    expect(ad.events).toEqual([]);
    expect(lab.events).toEqual([]);
  });

  it('ignores a message whose window is not the frame it claims, or that is no frame of the page', () => {
    const lab = frame(`${LAB}/embed/routing-lab`);
    const ad = frame('https://ads.example.net/banner');
    const send = host([lab, ad]);
    send(ad, LAB, resize(999)); // origin of the lab, window of the ad: a browser never says so, but check both
    send({}, LAB, resize(999)); // a popup or a nested frame of someone else
    expect(lab.style.height).toBeUndefined();
    expect(ad.style.height).toBeUndefined();
  });

  it('manages the Chinese embed routes too', () => {
    const zh = frame(`${LAB}/zh/embed/moe-lm?k=2`);
    const send = host([zh]);
    send(zh, LAB, resize(700));
    expect(zh.style.height).toBe('700px');
  });

  it('points a frame that asks for lang=zh at the Chinese route, other parameters kept, and leaves others alone', () => {
    const asks = frame(`${LAB}/embed/routing-lab?k=2&lang=zh&lock=k`);
    const quiz = frame(`${LAB}/embed/quiz/moe-routing?lang=zh`);
    const english = frame(`${LAB}/embed/routing-lab?lang=en&k=1`);
    const plain = frame(`${LAB}/embed/routing-lab?k=2`);
    const other = frame('https://elsewhere.example.com/embed/routing-lab?lang=zh');
    host([asks, quiz, english, plain, other]);
    expect(asks.src).toBe(`${LAB}/zh/embed/routing-lab?k=2&lock=k`);
    expect(quiz.src).toBe(`${LAB}/zh/embed/quiz/moe-routing`);
    expect(english.src).toBe(`${LAB}/embed/routing-lab?k=1`);
    expect(plain.src).toBe(`${LAB}/embed/routing-lab?k=2`);
    expect(other.src).toBe('https://elsewhere.example.com/embed/routing-lab?lang=zh');
  });

  it('manages only embed routes of the site it was loaded from', () => {
    const page = frame(`${LAB}/progress`);
    const other = frame('https://other-lab.example.com/embed/quiz/x');
    const send = host([page, other]);
    send(page, LAB, resize(700));
    send(other, 'https://other-lab.example.com', resize(700));
    expect(page.style.height).toBeUndefined();
    expect(other.style.height).toBeUndefined();
  });

  it('finds its own origin from its <script> tag when document.currentScript is unset', () => {
    const lab = frame(`${LAB}/embed/quiz/moe-routing`);
    host([lab], { current: false })(lab, LAB, resize(600));
    expect(lab.style.height).toBe('600px');
    const alone = frame(`${LAB}/embed/quiz/moe-routing`);
    host([alone], { current: false, tags: [] })(alone, LAB, resize(600));
    expect(alone.style.height).toBeUndefined(); // its origin unknown: it manages nothing rather than everything
  });

  it.each([NaN, Infinity, -1, '600'])('ignores the height %s', (height) => {
    const lab = frame(`${LAB}/embed/quiz/moe-routing`);
    const send = host([lab]);
    send(lab, LAB, { source: 'moe-lab', type: 'resize', widget: 'quiz', payload: { height } });
    expect(lab.style.height).toBe(height === -1 ? '80px' : undefined);
  });
});
