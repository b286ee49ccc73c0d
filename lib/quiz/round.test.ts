import { describe, expect, it } from 'vitest';
import { roundMisses } from './round';

describe('roundMisses', () => {
  it('lists the wrong answers in the order they were missed, not the right or skipped ones', () => {
    const answers = [
      { questionId: 'a', correct: false },
      { questionId: 'b', correct: true },
      { questionId: 'c', correct: null },
      { questionId: 'd', correct: false },
    ];
    expect(roundMisses(answers)).toEqual(['a', 'd']);
  });

  it('names a question once and gives nothing for a clean round', () => {
    expect(roundMisses([{ questionId: 'a', correct: false }, { questionId: 'a', correct: false }])).toEqual(['a']);
    expect(roundMisses([{ questionId: 'a', correct: true }, { questionId: 'b', correct: null }])).toEqual([]);
    expect(roundMisses([])).toEqual([]);
  });
});
