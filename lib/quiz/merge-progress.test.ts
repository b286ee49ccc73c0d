import { describe, expect, it } from 'vitest';
import { attemptKey, compareCards, mergeAttempts, mergeProgress } from './merge-progress';
import { emptyProgress, MAX_ATTEMPTS, PROGRESS_VERSION, type Attempt, type Progress, type StoredCard } from './progress-schema';

const attempt = (questionId: string, at: string, correct = true): Attempt => ({
  questionId,
  topic: 'attention',
  correct,
  grade: correct ? 'good' : 'again',
  mode: 'practice',
  at,
});

const card = (lastReview: string | undefined, reps: number, stability = 3): StoredCard => ({
  due: '2025-03-10T00:00:00.000Z',
  stability,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps,
  lapses: 0,
  state: 2,
  ...(lastReview === undefined ? {} : { last_review: lastReview }),
});

const progress = (attempts: Attempt[], cards: Progress['cards'] = {}): Progress => ({ version: PROGRESS_VERSION, attempts, cards });

const a1 = attempt('q1', '2025-03-01T10:00:00.000Z');
const a2 = attempt('q2', '2025-03-01T11:00:00.000Z', false);
const a3 = attempt('q1', '2025-03-02T09:00:00.000Z');
const a4 = attempt('q3', '2025-03-03T08:00:00.000Z');

describe('attempt identity', () => {
  it('is the question and the instant, whatever the ISO spelling', () => {
    expect(attemptKey(a1)).toBe(attemptKey({ questionId: 'q1', at: '2025-03-01T10:00:00Z' }));
    expect(attemptKey(a1)).not.toBe(attemptKey({ questionId: 'q2', at: a1.at }));
    expect(attemptKey(a1)).not.toBe(attemptKey({ questionId: 'q1', at: '2025-03-01T10:00:00.001Z' }));
  });
});

describe('which card is newer', () => {
  it('goes by last review, then by number of reviews', () => {
    expect(compareCards(card('2025-03-02T00:00:00.000Z', 1), card('2025-03-01T00:00:00.000Z', 9))).toBe(1);
    expect(compareCards(card('2025-03-01T00:00:00.000Z', 9), card('2025-03-02T00:00:00.000Z', 1))).toBe(-1);
    expect(compareCards(card('2025-03-01T00:00:00.000Z', 3), card('2025-03-01T00:00:00Z', 2))).toBe(1);
    expect(compareCards(card('2025-03-01T00:00:00.000Z', 2), card('2025-03-01T00:00:00.000Z', 2, 9))).toBe(0);
    // a card never reviewed is older than any reviewed one
    expect(compareCards(card(undefined, 5), card('2000-01-01T00:00:00.000Z', 0))).toBe(-1);
  });
});

describe('merging attempts', () => {
  it('joins disjoint histories oldest first', () => {
    expect(mergeAttempts([a1, a4], [a2, a3])).toEqual([a1, a2, a3, a4]);
  });

  it('keeps one copy of an answer on both sides, the one here', () => {
    const sameInFile = { ...a2, at: '2025-03-01T11:00:00Z', mode: 'review' as const };
    expect(mergeAttempts([a1, a2], [sameInFile, a3])).toEqual([a1, a2, a3]);
  });

  it('keeps only the newest MAX_ATTEMPTS', () => {
    const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
    const here = Array.from({ length: MAX_ATTEMPTS }, (_, i) => attempt('q1', at(2 * i)));
    const file = Array.from({ length: 10 }, (_, i) => attempt('q2', at(2 * (MAX_ATTEMPTS + i))));
    const merged = mergeAttempts(here, file);
    expect(merged).toHaveLength(MAX_ATTEMPTS);
    expect(merged[0]).toBe(here[10]);
    expect(merged.at(-1)).toBe(file[9]);
  });
});

describe('merging progress', () => {
  const old = card('2025-03-01T10:00:00.000Z', 1);
  const newer = card('2025-03-02T09:00:00.000Z', 2, 7);

  it('disjoint: everything from both', () => {
    const here = progress([a1], { q1: old });
    const file = progress([a4], { q3: newer });
    expect(mergeProgress(here, file)).toEqual(progress([a1, a4], { q1: old, q3: newer }));
  });

  it('overlap with the newer card in the file: the file card wins, shared answers once', () => {
    const here = progress([a1, a2], { q1: old, q2: card('2025-03-01T11:00:00.000Z', 1) });
    const file = progress([a1, a3], { q1: newer });
    expect(mergeProgress(here, file)).toEqual(progress([a1, a2, a3], { q1: newer, q2: here.cards.q2 }));
  });

  it('overlap with the newer card here: the card here stays', () => {
    const here = progress([a1, a3], { q1: newer });
    const file = progress([a1], { q1: old });
    expect(mergeProgress(here, file)).toEqual(progress([a1, a3], { q1: newer }));
  });

  it('a tie keeps the card here', () => {
    const mine = card('2025-03-01T10:00:00.000Z', 1, 3);
    const theirs = card('2025-03-01T10:00:00.000Z', 1, 8);
    expect(mergeProgress(progress([], { q1: mine }), progress([], { q1: theirs })).cards.q1).toBe(mine);
  });

  it('is idempotent: the same file again, or a file merged with itself, changes nothing', () => {
    const here = progress([a1, a2], { q1: old });
    const file = progress([a2, a3, a4], { q1: newer, q3: old });
    const once = mergeProgress(here, file);
    expect(mergeProgress(once, file)).toEqual(once);
    expect(mergeProgress(file, file)).toEqual(file);
  });

  it('empty sides: the other side comes through unchanged', () => {
    const some = progress([a1, a3], { q1: newer });
    expect(mergeProgress(emptyProgress(), some)).toEqual(some);
    expect(mergeProgress(some, emptyProgress())).toEqual(some);
    expect(mergeProgress(emptyProgress(), emptyProgress())).toEqual(emptyProgress());
  });

  it('changes neither argument and keeps a question id like __proto__ as a plain key', () => {
    const here = progress([a1], { q1: old });
    const file = JSON.parse('{"version":1,"attempts":[],"cards":{"__proto__":' + JSON.stringify(newer) + '}}') as Progress;
    const copy = structuredClone(here);
    const merged = mergeProgress(here, file);
    expect(here).toEqual(copy);
    expect(Object.keys(merged.cards)).toEqual(['q1', '__proto__']);
    expect(Object.getPrototypeOf(merged.cards)).toBe(Object.prototype);
  });
});
