import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildLmCorpus, corpusVocab } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';
import { prepareText } from '@/lib/data/char-vocab';
import { knobShape } from '@/lib/params/knob-schema';
import { DEFAULT_LM_TEXT, LM_KNOBS, LM_PRESETS, parseLmParams, serializeLmParams } from './params';

const parse = (query: string) => parseLmParams(new URLSearchParams(query));

describe('parseLmParams', () => {
  it('gives the defaults and the example sentences for an empty query', () => {
    const { params, notices } = parse('');
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ checkpoint: 'balanced', layers: 2, dModel: 64, experts: 8, k: 2, router: 'mixtral', capacity: 0, text: DEFAULT_LM_TEXT });
    expect(serializeLmParams(params)).toBe('');
  });

  it('clamps K to N and the shown layer to the layers, with notices naming both', () => {
    const { params, notices } = parse('experts=4&k=9&layers=2&layer=4');
    expect([params.k, params.layer]).toEqual([4, 2]);
    expect(notices).toEqual(['Top-K: 9 is more than the 4 experts; using K = 4.', 'Layer shown: 4 is more than the 2 layers; showing layer 2.']);
  });

  it('moves d_model and the split to allowed values', () => {
    const { params, notices } = parse('dModel=80&granularity=3');
    expect([params.dModel, params.granularity]).toEqual([64, 2]);
    expect(notices).toEqual(['d_model: 80 is not one of 32, 64, 96, 128; using 64.', 'Fine-grained split m: 3 is not one of 1, 2, 4; using 2.']);
  });

  it('refuses an unknown router or checkpoint, and reads 0 as dropless', () => {
    const { params, notices } = parse('router=hash&checkpoint=gpt4&capacity=0');
    expect([params.router, params.checkpoint, params.capacity]).toEqual(['mixtral', 'balanced', 0]);
    expect(notices).toEqual([
      'Start from: "gpt4" is not one of balanced, collapse, aux-free, dense, scratch; using balanced.',
      'Router: "hash" is not one of mixtral, switch, aux-free; using mixtral.',
    ]);
  });

  it('cuts a long text, keeps the examples for an empty one', () => {
    const long = parse(`text=${encodeURIComponent('水'.repeat(100_000))}`);
    expect([...long.params.text].length).toBe(2000);
    expect(long.notices).toEqual(['The text has 100,000 characters; using the first 2,000.']);
    expect(parse('text=%20%20')).toMatchObject({ params: { text: DEFAULT_LM_TEXT }, notices: ['The text is empty; using the example sentences.'] });
  });

  it('reads run options', () => {
    expect(parse('autoplay=1&until=300&backend=cpu').run).toEqual({ autoplay: true, until: 300, backend: 'cpu' });
  });

  it('round-trips through the URL', () => {
    const query =
      'checkpoint=scratch&layers=3&dModel=96&context=128&experts=6&k=3&router=aux-free&lambda=0&zloss=0&gamma=0.01&capacity=1.25&shared=1&granularity=2&jitter=0.01&lr=0.001&batch=32&seed=7&layer=3&text=a%F0%9F%98%80';
    const { params, notices } = parse(query);
    expect(notices).toEqual([]);
    expect(serializeLmParams(params)).toBe(query);
    expect(parse(serializeLmParams(params)).params).toEqual(params);
  });
});

describe('the worker schema from the knob table', () => {
  const schema = z.object(knobShape(LM_KNOBS));
  it('accepts the defaults and refuses what the URL parser would clamp', () => {
    const { text: _text, ...defaults } = parse('').params;
    expect(schema.safeParse(defaults).success).toBe(true);
    expect(schema.safeParse({ ...defaults, experts: 17 }).success).toBe(false);
    expect(schema.safeParse({ ...defaults, router: 'hash' }).success).toBe(false);
    expect(schema.safeParse({ ...defaults, capacity: 0.1 }).success).toBe(false);
  });
});

describe('LM_PRESETS', () => {
  it('are all valid: applying one gives no notice', () => {
    expect(LM_PRESETS.map((p) => p.id)).toEqual(['collapse', 'switch', 'tight-capacity', 'deepseek-v3', 'shared-expert']);
    for (const preset of LM_PRESETS) {
      const query = serializeLmParams({ ...parse('').params, ...preset.values });
      expect(parse(query).notices, preset.id).toEqual([]);
    }
  });

  it('use the papers’ numbers (FACTS.md A6, A12)', () => {
    const byId = Object.fromEntries(LM_PRESETS.map((p) => [p.id, p.values]));
    expect(byId.switch).toMatchObject({ k: 1, router: 'switch', lambda: 0.01, capacity: 1.25 });
    expect(byId['deepseek-v3']).toMatchObject({ router: 'aux-free', lambda: 0, gamma: 0.001, capacity: 0 });
    expect(byId.collapse).toMatchObject({ lambda: 0 });
  });
});

describe('DEFAULT_LM_TEXT', () => {
  it('has no character outside the corpus vocabulary', () => {
    const vocab = corpusVocab(buildLmCorpus(readLmSources(process.cwd())));
    expect(prepareText(vocab, DEFAULT_LM_TEXT).unknown).toBe(0);
  });
});
