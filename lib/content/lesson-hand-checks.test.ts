import fs from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttentionHandCheck, NextTokenLossExample, SequenceLossExample } from '@/components/mdx/hand-check-examples';
import { crossEntropyFromLogits, logSumExp, scaledDotProductAttention, softmax } from '@/lib/math';

// The worked numbers of lessons 1 and 2 come from components that compute them with lib/math at
// build time; these tests pin what the components print and that the lessons use them.
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
});
