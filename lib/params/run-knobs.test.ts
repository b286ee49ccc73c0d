import { describe, expect, it } from 'vitest';
import { parseRun, serializeRun } from './run-knobs';

describe('run options', () => {
  it('default to no autoplay, no stop and a measured backend, and serialise to nothing', () => {
    const { run, notices } = parseRun(new URLSearchParams(''));
    expect(run).toEqual({ autoplay: false, until: 0, backend: 'auto' });
    expect(notices).toEqual([]);
    expect(serializeRun(run).toString()).toBe('');
  });

  it('keep a requested backend and refuse an unknown one with a notice', () => {
    expect(serializeRun(parseRun(new URLSearchParams('backend=cpu&until=40')).run).toString()).toBe('until=40&backend=cpu');
    const { run, notices } = parseRun(new URLSearchParams('backend=cuda'));
    expect(run.backend).toBe('auto');
    expect(notices).toEqual(['Backend: "cuda" is not one of auto, wasm, cpu, webgl, webgpu; using auto.']);
  });

  it('accept webgpu (the widget falls back with a notice where it cannot start)', () => {
    const { run, notices } = parseRun(new URLSearchParams('backend=webgpu'));
    expect(run.backend).toBe('webgpu');
    expect(notices).toEqual([]);
    expect(serializeRun(run).toString()).toBe('backend=webgpu');
  });
});
