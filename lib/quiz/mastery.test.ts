import { describe, expect, it } from 'vitest';
import { masteryByTopic } from './mastery';
import type { Attempt } from './progress-schema';

const attempt = (questionId: string, correct: boolean): Attempt => ({
  questionId, topic: 'x', correct, grade: correct ? 'good' : 'again', mode: 'practice', at: '2025-03-01T12:00:00.000Z',
});

const questions = [
  { id: 'a1', topic: 'attention' },
  { id: 'a2', topic: 'attention' },
  { id: 'a3', topic: 'attention' },
  { id: 'r1', topic: 'moe-routing' },
];

describe('masteryByTopic', () => {
  it('counts the latest attempt per question', () => {
    const rows = masteryByTopic([attempt('a1', false), attempt('a1', true), attempt('a2', true), attempt('a2', false)], questions);
    expect(rows).toEqual([
      { topic: 'attention', total: 3, answered: 2, mastered: 1, share: 1 / 3 },
      { topic: 'moe-routing', total: 1, answered: 0, mastered: 0, share: 0 },
    ]);
  });

  it('ignores attempts at questions that left the bank', () => {
    expect(masteryByTopic([attempt('gone', true)], questions).every((r) => r.answered === 0)).toBe(true);
  });
});
