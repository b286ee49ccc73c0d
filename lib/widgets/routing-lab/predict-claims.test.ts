// The predict questions that open the Routing Lab claim an outcome; each is checked here on the
// lab's own computation (computeRoutingLab, all lib/math) of exactly the question's query. The
// wrong choices' claims are checked to be false as well.
import { describe, expect, it } from 'vitest';
import { predictQuestionsFor } from '@/lib/widgets/predict-test-helpers';
import { computeRoutingLab, type Lab } from './lab';
import { parseRoutingParams } from './params';

function lab(search: URLSearchParams): Lab {
  const { params, notices } = parseRoutingParams(search);
  expect(notices).toEqual([]);
  return computeRoutingLab(params);
}

const expertsPerToken = (l: Lab) => l.result.kept.map((row) => row.filter(Boolean).length);

const CLAIMS: Record<string, (l: Lab, search: URLSearchParams) => void> = {
  // a: every expert exactly its capacity; experts per token vary (not fixed at 2, b); nothing over capacity (c)
  'routing-predict-expert-choice': (l) => {
    const { load, capacity } = l.result;
    expect(capacity).toBe(Math.ceil((1 * l.tokens.length * 2) / 8));
    expect(load).toEqual(new Array(8).fill(capacity));
    const counts = new Set(expertsPerToken(l));
    expect(counts.size).toBeGreaterThan(1);
  },
  // a: the fewest experts reaching 0.9, count varying; never always 2 (b), 1 (c) or 8 (d)
  'routing-predict-top-p': (l) => {
    const counts = expertsPerToken(l);
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(Math.min(...counts)).toBeGreaterThan(1);
    expect(Math.max(...counts)).toBeLessThan(8);
    l.result.indices.forEach((experts, t) => {
      const probs = experts.map((e) => l.result.probs[t][e]);
      const sum = probs.reduce((s, p) => s + p, 0);
      expect(sum).toBeGreaterThanOrEqual(0.9);
      expect(sum - probs[probs.length - 1]).toBeLessThan(0.9);
    });
  },
  // a: from about twice the even share to near even, none starved; not exactly 16 each (c), no flip (d)
  'lb-predict-bias': (l, search) => {
    const before = lab(new URLSearchParams([...search].filter(([key]) => key !== 'steps'))).result.load;
    expect(Math.max(...before) / 16).toBeGreaterThan(1.75);
    expect(Math.max(...before) / 16).toBeLessThan(2.25);
    const after = l.result.load;
    expect(after.reduce((s, x) => s + x, 0)).toBe(128);
    expect(Math.max(...after)).toBeLessThanOrEqual(22);
    expect(Math.min(...after)).toBeGreaterThanOrEqual(12);
    expect(new Set(after).size).toBeGreaterThan(1);
  },
  // b: over a fifth of 128 dropped, only at experts asked for more than 16, and some token loses its first choice (c false)
  'cap-predict-skewed-router': (l) => {
    const { load, capacity, dropped, kept, buffers } = l.result;
    expect(capacity).toBe(16);
    expect(dropped).toBeGreaterThan(0.2 * 128);
    expect(load.reduce((s, x) => s + x, 0) + dropped).toBe(128);
    buffers.forEach((buffer, e) => {
      if (buffer.length <= 16) expect(load[e]).toBe(buffer.length);
      else expect(load[e]).toBe(16);
    });
    expect(kept.some((row) => !row[0])).toBe(true);
  },
};

describe('Routing Lab predict questions: the claimed outcome is what the widget shows', () => {
  const questions = predictQuestionsFor('routing-lab');

  it('has a check for every such question of the bank', () => {
    expect(questions.map((q) => q.question.id).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  for (const { question, search } of questions) {
    it(`${question.id}: ?${question.query}`, () => CLAIMS[question.id](lab(search), search));
  }
});
