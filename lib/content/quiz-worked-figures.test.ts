// A question's answer is recomputed from lib/math (quiz-bank.test.ts), but its explanation is prose
// that cannot compute. For the multi-head attention questions, whose explanations walk through the
// arithmetic, every decimal they type is recomputed here, in English and in Chinese: a figure that
// is wrong, or one that is added without a line below, fails.
import { describe, expect, it } from 'vitest';
import { matmul, multiHeadAttention, transpose } from '@/lib/math';
import { loadQuizSets } from './quizzes';

const X = [[2, 0, 0, 1], [0, 2, 1, 0], [2, 0, 1, 0]];
const EYE = X[0].map((_, i) => X[0].map((__, j) => (i === j ? 1 : 0)));

function mha(numHeads: number, causal = false) {
  return multiHeadAttention(X, { wq: EYE, wk: EYE, wv: EYE, wo: EYE, numHeads }, causal ? 'causal' : undefined);
}

/** Head `h`'s scores QKᵀ/√d_k (T × T) with identity projections, before any mask. */
function scaledScores(numHeads: number, h: number): number[][] {
  const dk = X[0].length / numHeads;
  const cols = X.map((row) => row.slice(h * dk, (h + 1) * dk));
  return matmul(cols, transpose(cols)).map((row) => row.map((s) => s / Math.sqrt(dk)));
}

const twoHeads = mha(2);
const oneHead = mha(1);
const causal = mha(2, true);
const s1 = scaledScores(2, 0);
const s2 = scaledScores(2, 1);
const s = scaledScores(1, 0);
const exp = Math.exp;

/** Each question's typed figures: the value lib/math gives and the decimals the text shows. */
const FIGURES: Record<string, [value: number, digits: number][]> = {
  'tf-mha-head1-weight': [
    [s1[0][2], 3],
    [exp(s1[0][2]), 2],
    [exp(s1[0][0]) + exp(s1[0][1]) + exp(s1[0][2]), 2],
    [twoHeads.weights[0][0][2], 3],
    [twoHeads.weights[0][0][1], 3],
  ],
  'tf-mha-head2-weight': [
    [s2[2][1], 3],
    [exp(s2[2][1]), 3],
    [exp(s2[2][0]) + exp(s2[2][1]) + exp(s2[2][2]), 3],
    [twoHeads.weights[1][2][1], 3],
    [twoHeads.weights[1][2][0], 3],
  ],
  'tf-one-head-weight': [
    [s[0][0], 1],
    [exp(s[0][0]), 2],
    [exp(s[0][0]) + exp(s[0][1]) + exp(s[0][2]), 2],
    [oneHead.weights[0][0][0], 3],
  ],
  'tf-mha-output': [
    [twoHeads.weights[0][2][0], 3],
    [twoHeads.weights[0][2][1], 3],
    [twoHeads.output[2][0], 3],
  ],
  'tf-mha-causal': [
    [s1[1][1], 3],
    [causal.weights[0][1][0], 3],
    [causal.weights[0][1][1], 3],
  ],
};

const decimals = (text: string) => [...text.matchAll(/\d+\.\d+/g)].map((m) => m[0]);

describe.each(['en', 'zh'] as const)('multi-head attention explanations (%s)', (locale) => {
  const questions = new Map(loadQuizSets(undefined, locale).flatMap((set) => set.questions.map((q) => [q.id, q] as const)));

  it.each(Object.entries(FIGURES))('%s types only figures lib/math gives', (id, figures) => {
    const q = questions.get(id);
    expect(q, id).toBeDefined();
    const computed = figures.map(([value, digits]) => value.toFixed(digits));
    const typed = decimals(q!.explanation);
    for (const figure of typed) expect(computed, `${id}: typed ${figure}`).toContain(figure);
    for (const figure of computed) expect(typed, `${id}: lib/math gives ${figure}`).toContain(figure);
  });
});
