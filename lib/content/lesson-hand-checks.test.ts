import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '@/lib/math';

// Numbers typed into lesson prose (a learner checks them by hand) must equal what lib/math computes.
describe('hand-check paragraphs', () => {
  it('lesson 2: query 1 of the worked example, weights and output as printed', () => {
    const mdx = fs.readFileSync('content/lessons/scaled-dot-product-attention.mdx', 'utf8');
    const paragraph = mdx.slice(mdx.indexOf('Check one entry by hand.'), mdx.indexOf('### The same example with a causal mask'));
    const numbers = (tex: string) => tex.split(',').map(Number);
    const weights = numbers(/softmax of \$\(1, 0, 0\.5\)\$ is about\s+\$\(([^)]*)\)\$/.exec(paragraph)?.[1] ?? '');
    const output = numbers(/\\approx\(([^)]*)\)\$/.exec(paragraph)?.[1] ?? '');
    const q = [[1, 0, 1, 0], [0, 2, 0, 2], [1, 1, 1, 1]];
    const k = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]];
    const v = [[1, 0], [0, 1], [1, 1]];
    expect(mdx).toContain(`q={${JSON.stringify(q).replaceAll(',', ', ')}}`);
    const result = scaledDotProductAttention(q, k, v);
    expect(weights).toEqual(result.weights[0].map((w) => Number(w.toFixed(3))));
    expect(output).toEqual(result.output[0].map((o) => Number(o.toFixed(3))));
  });
});
