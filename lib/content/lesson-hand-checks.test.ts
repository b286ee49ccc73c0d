import fs from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AttentionHandCheck, NextTokenLossExample, SequenceLossExample } from '@/components/mdx/hand-check-examples';
import { MultiHeadReading } from '@/components/mdx/multi-head-example';
import { attentionParameters, crossEntropyFromLogits, ffnParameters, logSumExp, multiHeadAttention, scaledDotProductAttention, softmax } from '@/lib/math';

// The worked numbers of lessons 1, 2 and 3 come from components that compute them with lib/math at
// build time; these tests pin what the components print and that the lessons use them.
// getT reads the locale from React's per-request cache, which holds nothing outside a server render.
const request = vi.hoisted(() => ({ locale: 'en' as 'en' | 'zh' }));
vi.mock('@/components/i18n/request-locale', async () => {
  const { t } = await import('@/lib/i18n');
  const { exampleT, isExampleKey } = await import('@/lib/i18n/examples');
  return {
    getRequestLocale: () => request.locale,
    getT: () => (key: string, vars?: Record<string, string | number>) =>
      isExampleKey(key) ? exampleT(key, vars, request.locale) : t(key as Parameters<typeof t>[0], vars, request.locale),
  };
});

const text = (html: string) => html.replace(/<annotation[^>]*>.*?<\/annotation>/g, '').replace(/<[^>]+>/g, '');

describe('worked examples typed nowhere', () => {
  it('lesson 2: the hand check of query 1 prints lib/math’s weights and output', () => {
    const q = [[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]];
    const k = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]];
    const v = [[1, 0], [0, 1], [1, 1]];
    const html = renderToStaticMarkup(createElement(AttentionHandCheck, { q, k, v }));
    const { weights, output } = scaledDotProductAttention(q, k, v);
    for (const w of weights[0]) expect(html).toContain(`${Number(w.toFixed(3))}`);
    expect(html).toContain(`\\approx(${output[0].map((x) => Number(x.toFixed(3))).join(',\\;')})`);
    expect(html).toContain('(0.506,\\;0.186,\\;0.307)');
    expect(fs.readFileSync('content/lessons/scaled-dot-product-attention.mdx', 'utf8')).toContain('<AttentionHandCheck');
  });

  it('lesson 1: the softmax table, loss two ways, gradient and sequence loss', () => {
    const logits = [1, 0, -1, 2];
    const html = renderToStaticMarkup(createElement(NextTokenLossExample, { tokens: ['the', 'cat', 'sat', 'down'], logits, target: 3, wrong: 1 }));
    const p = softmax(logits);
    for (const pi of p) expect(text(html)).toContain(pi.toFixed(4));
    expect(html).toContain(`\\approx ${crossEntropyFromLogits(logits, 3).toFixed(3)} .`);
    expect(html).toContain(`\\approx ${logSumExp(logits).toFixed(3)}`);
    expect(html).toContain('(0.2369,\\;0.0871,\\;0.0321,\\;-0.3561)');
    const seq = renderToStaticMarkup(createElement(SequenceLossExample, { earlier: [0.5, 0.25], logits, target: 3 }));
    expect(seq).toContain(`\\approx ${((Math.log(2) + Math.log(4) + crossEntropyFromLogits(logits, 3)) / 3).toFixed(3)} .`);
    expect(seq).toContain('\\approx 0.840 .');
    const mdx = fs.readFileSync('content/lessons/next-token-prediction.mdx', 'utf8');
    expect(mdx).toContain('<NextTokenLossExample');
    expect(mdx).not.toContain('0.6439');
  });

  it('lesson 3: the two-head reading prints lib/math’s multi-head weights and output, in both languages', () => {
    const x = [[2, 0, 0, 2], [0, 2, 2, 0], [2, 0, 2, 0]];
    const eye = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : 0)));
    const { weights, output } = multiHeadAttention(x, { wq: eye, wk: eye, wv: eye, wo: eye, numHeads: 2 });
    const r3 = (v: number) => String(Number(v.toFixed(3)));
    const html = renderToStaticMarkup(createElement(MultiHeadReading, { x, row: 2 }));
    expect(text(html)).toContain(`Look at token 3. In head 1 it puts about ${r3(weights[0][2][0])} of its weight on token 1 and ${r3(weights[0][2][2])} on itself; in head 2 it puts about ${r3(weights[1][2][1])} on token 2`);
    expect(text(html)).toContain('about 0.486 of its weight on token 1 and 0.486 on itself');
    expect(html).toContain(`(${output[2].map(r3).join(',\\;')})`);
    expect(html).toContain('(1.943,\\;0.057,\\;1.943,\\;0.057)');
    expect(html).toContain('W^O=I_4');
    request.locale = 'zh';
    const zh = text(renderToStaticMarkup(createElement(MultiHeadReading, { x, row: 2 })));
    request.locale = 'en';
    expect(zh).toContain('看词元 3。在头 1 中，它把约 0.486 的权重放在词元 1 上，约 0.486 放在它自己身上；在头 2 中，它把约 0.486 放在词元 2 上');
    expect(() => renderToStaticMarkup(createElement(MultiHeadReading, { x, row: 3 }))).toThrow(/<MultiHeadReading>: row must be a row of x/);
    for (const file of ['content/lessons/multi-head-attention.mdx', 'content/lessons/zh/multi-head-attention.mdx']) {
      const mdx = fs.readFileSync(file, 'utf8');
      expect(mdx, file).toContain('<MultiHeadReading');
      expect(mdx, file).not.toMatch(/0\.486|1\.943|0\.057/);
    }
  });
});

// Figures that lessons still type inside formulas (exact arithmetic shown step by step, the same
// bytes in both languages): recomputed here, so a wrong one fails.
describe('typed arithmetic in lessons', () => {
  /** An integer as the lessons write it in TeX: 3{,}145{,}728. */
  const tex = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');
  const both = (slug: string) => [`content/lessons/${slug}.mdx`, `content/lessons/zh/${slug}.mdx`].map((file) => [file, fs.readFileSync(file, 'utf8')] as const);

  it('multi-head attention: the parameters of one base block (d = 512, d_ff = 2048)', () => {
    const d = 512;
    const attention = attentionParameters(d, { kind: 'mha' });
    const ffn = ffnParameters(d, 2048, 'relu');
    const weights = attention + ffn;
    const vectors = 2048 + d + 2 * (d + d) + 4 * d;
    for (const [file, mdx] of both('multi-head-attention')) {
      expect(mdx, file).toContain(`4d^2=4\\cdot 512^2=4\\cdot ${tex(d * d)}=${tex(attention)} .`);
      expect(mdx, file).toContain(`2\\,d\\,d_{ff}=2\\cdot 512\\cdot 2048=${tex(ffn)} .`);
      expect(mdx, file).toContain(`$${tex(attention)}+${tex(ffn)}=${tex(weights)}$`);
      expect(mdx, file).toContain(`$2048+512=${tex(2048 + d)}$`);
      expect(mdx, file).toContain(`$2\\cdot(512+512)=${tex(2 * (d + d))}$`);
      expect(mdx, file).toContain(`$4\\cdot 512=${tex(4 * d)}$`);
      expect(mdx, file).toContain(`$${tex(weights + vectors)}$`);
      expect(mdx, file).toContain(`${((100 * vectors) / (weights + vectors)).toFixed(1)}%`);
      expect(mdx, file).toContain(`$6\\cdot ${tex(weights)}=${tex(6 * weights)}$`);
    }
  });

  it('next-token prediction: the smallest GPT-2’s embedding table; ensembles: the out-of-bag limit', () => {
    for (const [file, mdx] of both('next-token-prediction')) expect(mdx, file).toContain(`$50{,}257\\times 768 = ${tex(50257 * 768)}$`);
    for (const [file, mdx] of both('ensembles')) expect(mdx, file).toContain(`$e^{-1}\\approx ${Math.exp(-1).toFixed(3)}$`);
  });
});
