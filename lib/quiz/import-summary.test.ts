import { describe, expect, it } from 'vitest';
import { summarizeImport } from './import-summary';
import { emptyProgress, MAX_ATTEMPTS, PROGRESS_VERSION, type Attempt, type Progress, type StoredCard } from './progress-schema';

const attempt = (questionId: string, minute: number): Attempt => ({
  questionId,
  topic: 'attention',
  correct: true,
  grade: 'good',
  mode: 'practice',
  at: new Date(Date.UTC(2025, 2, 1) + minute * 60_000).toISOString(),
});

const card = (day: number, reps = 1): StoredCard => ({
  due: '2025-04-01T00:00:00.000Z',
  stability: 3,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps,
  lapses: 0,
  state: 2,
  last_review: new Date(Date.UTC(2025, 2, day)).toISOString(),
});

const progress = (attempts: Attempt[], cards: Progress['cards'] = {}): Progress => ({ version: PROGRESS_VERSION, attempts, cards });

describe('import summary', () => {
  it('counts answers and cards on each side and after a merge', () => {
    // here: minutes 0–4 on q1..q5; file: minutes 3–9 (3 and 4 shared)
    const here = progress(
      [0, 1, 2, 3, 4].map((m) => attempt(`q${m + 1}`, m)),
      { q1: card(2), q2: card(5), q3: card(3, 2), q4: card(1) },
    );
    const file = progress(
      [3, 4, 5, 6, 7, 8, 9].map((m) => attempt(`q${m + 1}`, m)),
      // q1 newer in the file, q2 newer here, q3 same day but fewer reps (older), q4 identical, q6 and q7 only in the file
      { q1: card(4), q2: card(3), q3: card(3, 1), q4: card(1), q6: card(6), q7: card(6) },
    );
    expect(summarizeImport(here, file)).toEqual({
      answers: { here: 5, inFile: 7, merged: 10, newFromFile: 5, dropped: 0 },
      cards: { here: 4, inFile: 6, merged: 6, newerInFile: 1, newerHere: 2, sameAge: 1, onlyInFile: 2, onlyHere: 0 },
    });
  });

  it('disjoint sides', () => {
    const here = progress([attempt('a', 0)], { a: card(1) });
    const file = progress([attempt('b', 1), attempt('c', 2)], { b: card(2), c: card(2) });
    expect(summarizeImport(here, file)).toEqual({
      answers: { here: 1, inFile: 2, merged: 3, newFromFile: 2, dropped: 0 },
      cards: { here: 1, inFile: 2, merged: 3, newerInFile: 0, newerHere: 0, sameAge: 0, onlyInFile: 2, onlyHere: 1 },
    });
  });

  it('the same file as here: nothing new', () => {
    const same = progress([attempt('a', 0), attempt('b', 1)], { a: card(1), b: card(1) });
    expect(summarizeImport(same, structuredClone(same))).toEqual({
      answers: { here: 2, inFile: 2, merged: 2, newFromFile: 0, dropped: 0 },
      cards: { here: 2, inFile: 2, merged: 2, newerInFile: 0, newerHere: 0, sameAge: 2, onlyInFile: 0, onlyHere: 0 },
    });
  });

  it('empty sides', () => {
    const some = progress([attempt('a', 0)], { a: card(1) });
    expect(summarizeImport(emptyProgress(), some)).toEqual({
      answers: { here: 0, inFile: 1, merged: 1, newFromFile: 1, dropped: 0 },
      cards: { here: 0, inFile: 1, merged: 1, newerInFile: 0, newerHere: 0, sameAge: 0, onlyInFile: 1, onlyHere: 0 },
    });
    expect(summarizeImport(some, emptyProgress())).toEqual({
      answers: { here: 1, inFile: 0, merged: 1, newFromFile: 0, dropped: 0 },
      cards: { here: 1, inFile: 0, merged: 1, newerInFile: 0, newerHere: 0, sameAge: 0, onlyInFile: 0, onlyHere: 1 },
    });
  });

  it('says how many of the oldest answers a merge would drop', () => {
    const here = progress(Array.from({ length: MAX_ATTEMPTS - 2 }, (_, i) => attempt('a', i)));
    const file = progress(Array.from({ length: 5 }, (_, i) => attempt('b', MAX_ATTEMPTS + i)));
    expect(summarizeImport(here, file).answers).toEqual({ here: MAX_ATTEMPTS - 2, inFile: 5, merged: MAX_ATTEMPTS, newFromFile: 5, dropped: 3 });
  });
});
