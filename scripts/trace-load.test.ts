import { describe, expect, it } from 'vitest';
import { analyse, type TraceEvent } from './trace-load.mjs';

const URL = 'http://localhost:3302/learn/x';
const at = (name: string, ts: number, dur: number, args: Record<string, unknown> = {}, tid = 1): TraceEvent => ({ name, ph: 'X', ts: ts * 1000, dur: dur * 1000, pid: 7, tid, args });

describe('analyse', () => {
  it('counts self time per kind, script time per script, and the blocking part of long tasks', () => {
    const events = [
      at('RunTask', 0, 100),
      at('ParseHTML', 0, 80, { beginData: { url: URL } }),
      at('EvaluateScript', 10, 30, { data: { url: URL } }),
      at('v8.compile', 10, 5),
      at('RunTask', 200, 70),
      at('FunctionCall', 200, 40, { data: { url: 'http://localhost:3302/_next/static/chunks/a.js' } }),
      at('UpdateLayoutTree', 240, 20, { elementCount: 500 }),
      at('Layout', 260, 10, { beginData: { dirtyObjects: 300 } }),
      at('RunTask', 300, 20),
      // another thread: not the page's
      at('Layout', 0, 500, {}, 2),
    ];
    const r = analyse(events, URL);
    expect(r['html parse']).toBe(50);
    expect(r.script).toBe(25 + 40);
    expect(r.compile).toBe(5);
    expect(r.style).toBe(20);
    expect(r.layout).toBe(10);
    expect(r.other).toBe(20 + 20);
    expect(r.busy).toBe(190);
    expect(r.longTasks).toBe(2);
    expect(r.blocking).toBe(50 + 20);
    expect(r.styledElements).toBe(500);
    expect(r.laidOutObjects).toBe(300);
    expect(r.scripts).toEqual({ 'inline (RSC payload)': 30, '_next/a.js': 40 });
  });
});
