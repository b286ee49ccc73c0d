import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossEntropyFromLogits, logSumExp, scaledDotProductAttention, softmax } from '@/lib/math';

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

  it('lesson 1: the four-token softmax table, its loss, gradient and sequence loss', () => {
    const mdx = fs.readFileSync('content/lessons/next-token-prediction.mdx', 'utf8');
    const rows = [...mdx.matchAll(/^\| \*(\w+)\* \| \$(-?\d+)\$ \| \$([\d.]+)\$ \| \$([\d.]+)\$ \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(['the', 'cat', 'sat', 'down']);
    const logits = rows.map((r) => Number(r[2]));
    const p = softmax(logits);
    rows.forEach((r, i) => {
      expect(Number(r[3]), `e^z of ${r[1]}`).toBe(Number(Math.exp(logits[i]).toFixed(4)));
      expect(Number(r[4]), `p of ${r[1]}`).toBe(Number(p[i].toFixed(4)));
    });
    const sum = /\| sum \| \| \$([\d.]+)\$/.exec(mdx)?.[1];
    expect(Number(sum)).toBe(Number(logits.reduce((s, z) => s + Math.exp(z), 0).toFixed(4)));
    const loss = crossEntropyFromLogits(logits, 3);
    expect(mdx).toContain(`-\\log 0.6439\\approx ${loss.toFixed(3)}`);
    expect(mdx).toContain(`\\log 11.4752 \\approx ${logSumExp(logits).toFixed(3)}`);
    const grad = p.map((pi, i) => pi - (i === 3 ? 1 : 0)).map((g) => g.toFixed(4)).join(',\\;');
    expect(mdx).toContain(`\\approx(${grad})`);
    const sequence = (Math.log(2) + Math.log(4) + loss) / 3;
    expect(mdx).toContain(`\\approx ${sequence.toFixed(3)} .`);
  });
});
