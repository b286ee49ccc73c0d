import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { MOCK_KINDS, pickMockQuestions, type MockCandidate } from './mock-pick';
import { mockReport } from './mock-report';

const TOPICS = ['attention', 'moe-routing', 'ensembles', 'load-balancing'];
const LEVELS = ['easy', 'medium', 'hard'] as const;
const pool: MockCandidate[] = TOPICS.flatMap((topic) =>
  LEVELS.flatMap((difficulty) => [1, 2].map((n) => ({ id: `${topic}-${difficulty}-${n}`, topic, difficulty, type: 'single' as const }))),
);
// the same pool with one recall question (ensembles) and one predict question (attention) among them
const mixed: MockCandidate[] = pool.map((q) =>
  q.id === 'ensembles-hard-2' ? { ...q, type: 'recall' } : q.id === 'attention-medium-1' ? { ...q, type: 'predict' } : q,
);

describe('pickMockQuestions', () => {
  it('covers every topic before repeating one, without duplicates, mixing difficulty', () => {
    for (const seed of [1, 2, 3, 42]) {
      const picked = pickMockQuestions(pool, 10, createRandom(seed));
      expect(picked).toHaveLength(10);
      expect(new Set(picked.map((q) => q.id)).size).toBe(10);
      expect(new Set(picked.slice(0, 4).map((q) => q.topic)).size).toBe(4);
      expect(new Set(picked.map((q) => q.difficulty))).toEqual(new Set(LEVELS));
    }
  });

  it('is deterministic for a seed and returns the whole pool when it is smaller', () => {
    expect(pickMockQuestions(pool, 8, createRandom(7))).toEqual(pickMockQuestions(pool, 8, createRandom(7)));
    expect(pickMockQuestions(pool.slice(0, 5), 10, createRandom(1))).toHaveLength(5);
    expect(pickMockQuestions([], 10, createRandom(1))).toEqual([]);
  });

  it('falls back to other difficulties when a topic lacks one', () => {
    const easyOnly = pool.filter((q) => q.difficulty === 'easy');
    expect(pickMockQuestions(easyOnly, 8, createRandom(5))).toHaveLength(8);
  });
});

describe('pickMockQuestions draws on the interview kinds', () => {
  it('includes one recall and one predict question whenever the pool has them, keeping the topic mix', () => {
    expect(MOCK_KINDS).toEqual(['recall', 'predict']);
    for (const seed of [1, 2, 3, 4, 5, 42]) {
      for (const count of [5, 10]) {
        const picked = pickMockQuestions(mixed, count, createRandom(seed));
        expect(picked, `seed ${seed}`).toHaveLength(count);
        expect(new Set(picked.map((q) => q.id)).size).toBe(count);
        expect(picked.map((q) => q.id)).toContain('ensembles-hard-2');
        expect(picked.map((q) => q.id)).toContain('attention-medium-1');
        // the swaps stay within a topic: every topic still comes up
        expect(new Set(picked.map((q) => q.topic))).toEqual(new Set(TOPICS));
      }
    }
  });

  it('swaps nothing in when the pool lacks the kinds, or the interview is too short for them', () => {
    const plain = pickMockQuestions(pool, 6, createRandom(3));
    expect(plain.every((q) => q.type === 'single')).toBe(true);
    const two = pickMockQuestions(mixed, 2, createRandom(3));
    expect(two).toEqual(pickMockQuestions(pool, 2, createRandom(3)));
  });
});

describe('mockReport', () => {
  const lesson = (anchor: string) => ({ href: `/learn/attention#${anchor}`, title: `Attention: ${anchor}` });

  it('scores per topic, weakest first, and lists weak topics', () => {
    const report = mockReport([
      { questionId: 'a', topic: 'attention', correct: true },
      { questionId: 'b', topic: 'attention', correct: true },
      { questionId: 'c', topic: 'ensembles', correct: false },
      { questionId: 'd', topic: 'moe-routing', correct: true },
      { questionId: 'e', topic: 'moe-routing', correct: null },
    ]);
    expect(report).toMatchObject({ correct: 3, answered: 4, total: 5 });
    expect(report.byTopic.map((r) => [r.topic, r.correct, r.total, r.share])).toEqual([
      ['ensembles', 0, 1, 0],
      ['moe-routing', 1, 2, 0.5],
      ['attention', 2, 2, 1],
    ]);
    expect(report.weakTopics).toEqual(['ensembles', 'moe-routing']);
  });

  it('averages the rubric coverage per topic and ranks equal scores by it', () => {
    const report = mockReport([
      { questionId: 'a', topic: 'attention', correct: false, coverage: 0.6 },
      { questionId: 'b', topic: 'attention', correct: true, coverage: 1 },
      { questionId: 'c', topic: 'ensembles', correct: true },
      { questionId: 'd', topic: 'ensembles', correct: false },
      { questionId: 'e', topic: 'moe-routing', correct: true, coverage: 0.8 },
      { questionId: 'f', topic: 'moe-routing', correct: false },
    ]);
    // all three score 1 of 2; attention covered 80 % of its key points, moe-routing 80 %, ensembles had no rubric (counts as 100 %)
    expect(report.byTopic.map((r) => [r.topic, r.rubric])).toEqual([
      ['attention', { count: 2, coverage: 0.8 }],
      ['moe-routing', { count: 1, coverage: 0.8 }],
      ['ensembles', null],
    ]);
  });

  it('links each topic to the lesson sections of its misses, each once, not of its right answers', () => {
    const report = mockReport([
      { questionId: 'a', topic: 'attention', correct: false, review: lesson('scaling') },
      { questionId: 'b', topic: 'attention', correct: null, review: lesson('masking') },
      { questionId: 'c', topic: 'attention', correct: false, review: lesson('scaling') },
      { questionId: 'd', topic: 'attention', correct: true, review: lesson('softmax') },
      { questionId: 'e', topic: 'attention', correct: false, review: null },
    ]);
    expect(report.byTopic[0].review).toEqual([lesson('scaling'), lesson('masking')]);
  });
});
