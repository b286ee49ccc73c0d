import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '@/lib/i18n';
import '@/lib/i18n/catalogs';
import { tokenCount } from './labels';
import { parseCalculatorParams } from './params';
import { calculatorView } from './view';

const zh = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars, 'zh');
const view = (query: string, translate?: typeof zh) => calculatorView(parseCalculatorParams(new URLSearchParams(query)).params, translate);
const how = (v: ReturnType<typeof calculatorView>, id: string) => v.sections.flatMap((s) => s.figures).find((f) => f.id === id)?.how;
const QUERIES = ['', 'batch=1&context=1', 'model=deepseek-v3&batch=64&dtype=fp8', 'model=llama-2-70b&attention=mha&adam=fp32', 'model=dbrx&attention=mqa&adam=bf16&gpu=a100-sxm'];
// words of the English sentences that must not survive in the Chinese ones (identifiers, units and model names may)
const ENGLISH = /\b(tokens?|experts?|layers?|published|weights?|heads?|per|counted|bound|dense|routed|shared|width|total|active|vocabulary|context|elements|assumed|upper|lower)\b/i;

describe('the calculator in the page language', () => {
  it('writes its English sentences as before', () => {
    const v = view('model=deepseek-v3&batch=64&dtype=fp8');
    expect(how(v, 'active')).toBe('top-8 of 256 routed experts + 1 shared, input lookup counted; without it 36.6B; published 37B');
    expect(v.sections.find((s) => s.id === 'a2a')?.figures.map((f) => f.label)).toEqual(['All-to-all, decode step (64 tokens)', 'All-to-all, prefill (262144 tokens)']);
    expect(v.facts[1]).toMatchObject({ label: 'Context', value: '131072 tokens' });
    expect(tokenCount(1)).toBe('1 token');
  });

  it('says every label, explanation and fact in Chinese with a zh t', () => {
    for (const query of QUERIES) {
      const v = view(query, zh);
      const texts = [
        ...v.sections.flatMap((s) => [s.title, ...s.figures.flatMap((f) => [f.label, f.how])]),
        ...v.headline.map((f) => f.label),
        ...v.facts.flatMap((f) => [f.label, f.value]),
      ];
      for (const text of texts) {
        expect(text, `${query}: ${text}`).not.toMatch(ENGLISH);
        expect(text, `${query}: ${text}`).toMatch(/[\u4e00-\u9fff]|^(MHA|KV 缓存|\d)/);
      }
    }
    const v = view('model=deepseek-v3&batch=64&dtype=fp8', zh);
    expect(how(v, 'active')).toBe('256 个路由专家中的 top-8 + 1 个共享专家，计入输入嵌入查表；不计则为 36.6B；公布值 37B');
    expect(v.sections.find((s) => s.id === 'a2a')?.figures[0].label).toBe('all-to-all 通信，一步解码（64 个词元）');
    expect(v.facts[1]).toMatchObject({ label: '上下文长度', value: '131072 个词元' });
    expect(how(v, 'step-time')).toMatch(/^访存受限：max\(FLOPs \/ 989 TFLOP\/s/);
  });
});
