// The predict questions that open the Attention Explorer claim an outcome; each is checked here on
// the explorer's own computation (computeExplorer) of exactly the question's query, with the
// wrong choices' claims checked to be false as well.
import { describe, expect, it } from 'vitest';
import { predictQuestionsFor } from '@/lib/widgets/predict-test-helpers';
import { computeExplorer, type ExplorerResult } from './model';
import { parseAttentionParams } from './params';
import { tokenize } from './tokens';

function explore(search: URLSearchParams): ExplorerResult {
  const { params, notices } = parseAttentionParams(search);
  expect(notices).toEqual([]);
  return computeExplorer({ ...params, tokens: tokenize(params.text) });
}

const rowSums = (r: ExplorerResult) => r.heads.flatMap((h) => h.weights.map((row) => row.reduce((s, w) => s + w, 0)));

const CLAIMS: Record<string, (r: ExplorerResult, search: URLSearchParams) => void> = {
  // a: nearly one-hot rows; unlike the scaled run (b), not uniform (c), rows still sum to 1 (d)
  'attn-predict-unscaled': (r, search) => {
    expect(r.maxWeight).toBeGreaterThan(0.9);
    const scaled = explore(new URLSearchParams([...search].filter(([key]) => key !== 'scale')));
    expect(scaled.maxWeight).toBeLessThan(0.5);
    for (const sum of rowSums(r)) expect(sum).toBeCloseTo(1, 9);
  },
  // a: the first row is all on itself; the last row is spread over several keys (c); rows sum to 1 (d)
  'attn-predict-causal': (r) => {
    const weights = r.heads[0].weights;
    expect(weights[0][0]).toBe(1);
    expect(weights[0].slice(1).every((w) => w === 0)).toBe(true);
    expect(Math.max(...weights[weights.length - 1])).toBeLessThan(0.9);
    for (const sum of rowSums(r)) expect(sum).toBeCloseTo(1, 9);
  },
};

describe('Attention Explorer predict questions: the claimed outcome is what the widget shows', () => {
  const questions = predictQuestionsFor('attention-explorer');

  it('has a check for every such question of the bank', () => {
    expect(questions.map((q) => q.question.id).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  for (const { question, search } of questions) {
    it(`${question.id}: ?${question.query}`, () => CLAIMS[question.id](explore(search), search));
  }
});
