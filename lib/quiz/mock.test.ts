import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { pickMockQuestions, type MockCandidate } from './mock-pick';
import { mockReport } from './mock-report';

const TOPICS = ['attention', 'moe-routing', 'ensembles', 'load-balancing'];
const LEVELS = ['easy', 'medium', 'hard'] as const;
const pool: MockCandidate[] = TOPICS.flatMap((topic) =>
  LEVELS.flatMap((difficulty) => [1, 2].map((n) => ({ id: `${topic}-${difficulty}-${n}`, topic, difficulty }))),
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

describe('mockReport', () => {
  it('scores per topic and lists weak topics, weakest first', () => {
    const report = mockReport([
      { questionId: 'a', topic: 'attention', correct: true },
      { questionId: 'b', topic: 'attention', correct: true },
      { questionId: 'c', topic: 'ensembles', correct: false },
      { questionId: 'd', topic: 'moe-routing', correct: true },
      { questionId: 'e', topic: 'moe-routing', correct: null },
    ]);
    expect(report).toMatchObject({ correct: 3, answered: 4, total: 5 });
    expect(report.byTopic).toContainEqual({ topic: 'moe-routing', correct: 1, total: 2 });
    expect(report.weakTopics).toEqual(['ensembles', 'moe-routing']);
  });
});
