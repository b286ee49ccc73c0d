import { describe, expect, it } from 'vitest';
import { parseCalculatorParams, serializeCalculatorParams, sliderValues } from './params';
import { calculatorView } from './view';

describe('calculator params', () => {
  it('clamps bad URL values with a notice and round-trips good ones', () => {
    const { params, notices } = parseCalculatorParams(new URLSearchParams('model=gpt-9&batch=99999&context=-3&dtype=fp8'));
    expect(params).toMatchObject({ model: 'mixtral-8x7b', batch: 4096, context: 1, dtype: 'fp8' });
    expect(notices.length).toBe(3);
    expect(serializeCalculatorParams(params)).toBe('context=1&batch=4096&dtype=fp8');
  });

  it('steps the sliders through powers of two and keeps a value the URL set', () => {
    expect(sliderValues(1, 8, 4)).toEqual([1, 2, 4, 8]);
    expect(sliderValues(1, 8, 5)).toEqual([1, 2, 4, 5, 8]);
  });
});

describe('calculatorView', () => {
  const defaults = parseCalculatorParams(new URLSearchParams()).params;
  const figure = (view: ReturnType<typeof calculatorView>, id: string) => view.sections.flatMap((s) => s.figures).find((f) => f.id === id)?.value;

  it('shows Mixtral at the defaults as its released figures', () => {
    const v = calculatorView(defaults);
    expect(figure(v, 'total')).toBe('46.7B');
    expect(figure(v, 'active')).toBe('12.9B');
    expect(figure(v, 'kv-token')).toBe('131 kB');
    expect(figure(v, 'kv-total')).toBe('537 MB');
    expect(figure(v, 'weights')).toBe('93.4 GB');
    expect(v.bound).toBe('memory');
    expect(figure(v, 'training')).toBe('1.53 × 10²³ FLOP');
    expect(v.headline.map((f) => f.label)).toEqual(['Active per token', 'KV cache', 'Read per step', 'Intensity', 'Step ≥ (H100 SXM)']);
  });

  it('names a source for every preset number and leaves out the all-to-all of a dense model', () => {
    const v = calculatorView({ ...defaults, model: 'llama-2-70b' });
    for (const fact of v.facts) expect(fact.source.length, fact.label).toBeGreaterThan(10);
    expect(v.sections.map((s) => s.id)).toEqual(['params', 'compute', 'memory', 'decode']);
    expect(figure(v, 'kv-token')).toBe('328 kB');
  });

  it('gives DeepSeek-V3 its MLA cache and a compute-bound step only at a large batch', () => {
    expect(figure(calculatorView({ ...defaults, model: 'deepseek-v3' }), 'kv-token')).toBe('70.3 kB');
    expect(calculatorView({ ...defaults, model: 'llama-2-70b', batch: 4096, context: 1 }).bound).toBe('compute');
  });
});
