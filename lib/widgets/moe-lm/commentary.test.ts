import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSections } from '@/lib/content/lesson-sections';
import { t } from '@/lib/i18n';
import { LM_LESSON_LINKS, lmCommentary, type LmCommentaryInput } from './commentary';

const even = [0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125];
const base: LmCommentaryInput = {
  step: 160,
  checkpoint: 'balanced',
  router: 'mixtral',
  experts: 8,
  k: 2,
  lambda: 0.01,
  gamma: 0.001,
  capacity: 0,
  shared: false,
  load: [even, even],
  dropped: 0,
  heldoutBpc: null,
  denseHeldoutBpc: null,
  unigramBits: null,
};
const say = (extra: Partial<LmCommentaryInput>) => lmCommentary({ ...base, ...extra }).map((l) => t(l.key, l.vars));

describe('lmCommentary', () => {
  it('at step 0 invites to train', () => {
    expect(say({ step: 0 })).toEqual(['Press Train to train from scratch, or start from a checkpoint to see a trained router.']);
  });

  it('even load in every layer: names the least even layer with max/mean and CV', () => {
    const lines = say({ load: [even, [0.15, 0.1, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125]] });
    expect(lines).toEqual([
      'The load is even in every layer: even in the least even (layer 2) the busiest expert takes 15% against an even 12.5% (1.2× its share, CV 0.10).',
    ]);
  });

  it('collapse at λ = 0: the collapsed layer speaks for the model, and idle experts are counted', () => {
    const lines = say({ lambda: 0, load: [even, [0.6, 0.3, 0.1, 0, 0, 0, 0, 0]] });
    expect(lines).toEqual([
      'Layer 2: expert 1 takes 60% of the assignments against an even 12.5% (4.8× its share, CV 1.64). With λ = 0 nothing pulls the load back toward even, and the router has collapsed onto a few experts.',
      '5 of 8 experts in layer 2 get almost no characters (under 2.5% each): they receive almost no gradient and stay untrained.',
    ]);
  });

  it('collapse despite λ, under the aux-free bias, and a partial load read differently', () => {
    const collapsed = [0.3, 0.3, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05];
    expect(say({ load: [collapsed] })[0]).toMatch(/^Layer 1: expert 1 takes 30% .* despite the balancing loss \(λ = 0.01\)\. Raise λ\.$/);
    const aux = lmCommentary({ ...base, router: 'aux-free', lambda: 0, load: [collapsed] });
    expect(aux.map((l) => l.key)).toEqual(['lmStats.comment.collapseAuxFree', 'lmStats.comment.auxFree']);
    expect(t(aux[1].key, aux[1].vars)).toBe(
      "Bias balancing (λ = 0): after each step the bias of an overloaded expert falls by γ = 0.001 and an underloaded one's rises; the bias only picks the experts, the gates use the affinities without it.",
    );
    expect(say({ load: [[0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1]] })).toEqual([
      "Layer 1's load is uneven but not collapsed: expert 1 takes 20% of the assignments against an even 12.5% (1.6× its share, CV 0.28).",
    ]);
  });

  it('capacity below 1 says drops are unavoidable, then how many dropped', () => {
    expect(say({ load: [even], capacity: 0.5, dropped: 0.5412 })).toEqual([
      'The load is even: the busiest expert takes 12.5% of the assignments against an even 12.5% (1.0× its share, CV 0.00).',
      'At capacity factor 0.5 the experts have slots for only 0.5× the assignments in all, so even a perfectly even load drops at least 50% of them.',
      'Capacity factor 0.5: 54.1% of the assignments were dropped at the last step; a dropped character skips that expert and passes on through the residual.',
    ]);
    expect(say({ load: [even], capacity: 2, dropped: 0 }).slice(1)).toEqual(['Capacity factor 2: no assignment was dropped at the last step.']);
    // before the first step there is no last step: only the rule, no count
    expect(say({ load: [even], capacity: 0.5, dropped: null }).slice(1)).toEqual([
      'At capacity factor 0.5 the experts have slots for only 0.5× the assignments in all, so even a perfectly even load drops at least 50% of them.',
    ]);
    expect(say({ load: [even], capacity: 2, dropped: null }).slice(1)).toEqual([]);
    // dropless: no capacity line at all
    expect(lmCommentary({ ...base, load: [even] }).map((l) => l.key)).toEqual(['lmStats.comment.balanced']);
  });

  it('MoE against dense and the unigram reference', () => {
    const lines = say({ load: [even], heldoutBpc: 4.94, denseHeldoutBpc: 5.1, unigramBits: 6.1606 });
    expect(lines.slice(1)).toEqual([
      'Held out: MoE 4.94 bits/char, 0.16 below the dense model with the same active parameters (5.10).',
      "4.94 bits/char held out, 1.22 below the corpus's unigram entropy (6.16), the floor for a model that ignores the context: this one uses it.",
    ]);
    expect(say({ load: [even], heldoutBpc: 5.2, denseHeldoutBpc: 5.1 })[1]).toBe('Held out: MoE 5.20 bits/char, 0.10 above the dense model with the same active parameters (5.10).');
    expect(say({ load: [even], heldoutBpc: 5.11, denseHeldoutBpc: 5.1 })[1]).toBe('Held out: MoE 5.11 bits/char, about the same as the dense model with the same active parameters (5.10).');
    expect(say({ load: [even], heldoutBpc: 6.5, unigramBits: 6.1606 })[1]).toBe(
      "6.50 bits/char held out, not yet below the corpus's unigram entropy (6.16): so far the model predicts no better than the characters' frequencies do.",
    );
  });

  it('with fine-grained segments the even share is 1 / (N·m), from the load rows', () => {
    const segments = new Array<number>(16).fill(1 / 16);
    expect(say({ experts: 8, load: [segments] })[0]).toBe(
      'The load is even: the busiest expert takes 6.3% of the assignments against an even 6.3% (1.0× its share, CV 0.00).',
    );
  });

  it('one expert is the dense baseline; a shared expert gets its line', () => {
    expect(lmCommentary({ ...base, experts: 1, k: 1, load: [[1]], heldoutBpc: 5, unigramBits: 6 }).map((l) => l.key)).toEqual(['lmStats.comment.dense', 'lmStats.comment.belowUnigram']);
    expect(say({ load: [even], shared: true, k: 2 })[1]).toBe('A shared expert sees every character; the router picks 2 of the others for it.');
  });

  it('every line links to a heading that exists in its lesson', () => {
    const hrefs = new Set(Object.values(LM_LESSON_LINKS));
    for (const href of hrefs) {
      const [, slug, anchor] = /^\/learn\/([a-z-]+)#([a-z0-9-]+)$/.exec(href) ?? [];
      expect(slug, href).toBeTruthy();
      const sections = lessonSections(readFileSync(`content/lessons/${slug}.mdx`, 'utf8'));
      expect([...sections.keys()], href).toContain(anchor);
    }
    const used = [
      lmCommentary({ ...base, step: 0 }),
      lmCommentary({ ...base, lambda: 0, load: [[1, 0, 0, 0, 0, 0, 0, 0]], capacity: 0.5, dropped: 0.6, shared: true, heldoutBpc: 5, denseHeldoutBpc: 5.5, unigramBits: 6 }),
      lmCommentary({ ...base, router: 'aux-free', experts: 8, load: [even] }),
      lmCommentary({ ...base, experts: 1, load: [[1]] }),
    ].flat();
    for (const line of used) expect(hrefs).toContain(line.href);
  });
});
