import { describe, expect, it } from 'vitest';
import { exportFileName, exportProgress, importProgress } from './progress-file';
import { emptyProgress } from './progress-schema';
import { recordAnswer } from './record';
import { FIXTURES } from './test-fixtures';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const progress = recordAnswer(
  recordAnswer(emptyProgress(), { question: FIXTURES.single, correct: true, mode: 'practice' }, NOW),
  { question: FIXTURES.recall, correct: false, selfGrade: 'again', mode: 'mock' },
  NOW,
);

describe('export and import', () => {
  it('round-trips progress exactly', () => {
    const text = exportProgress(progress, NOW);
    expect(JSON.parse(text)).toMatchObject({ kind: 'moe-lab-progress', exportedAt: NOW.toISOString() });
    expect(importProgress(text, NOW)).toEqual({ ok: true, progress, repaired: 0 });
    const back = importProgress(text, NOW);
    // byte for byte: what import saves serialises exactly like what was exported
    expect(back.ok && JSON.stringify(back.progress)).toBe(JSON.stringify(progress));
  });

  it('also accepts the bare stored document', () => {
    expect(importProgress(JSON.stringify(progress), NOW)).toEqual({ ok: true, progress, repaired: 0 });
  });

  it('names the file after the day', () => {
    expect(exportFileName(NOW)).toBe('moe-lab-progress-2025-03-01.json');
  });

  it('refuses bad files with the reason', () => {
    expect(importProgress('not json {', NOW)).toEqual({ ok: false, problem: 'not-json' });
    expect(importProgress('[1, 2]', NOW)).toEqual({ ok: false, problem: 'not-progress' });
    expect(importProgress('{"hello": "world"}', NOW)).toEqual({ ok: false, problem: 'not-progress' });
    const newer = importProgress(JSON.stringify({ kind: 'moe-lab-progress', progress: { ...progress, version: 2 } }), NOW);
    expect(newer).toMatchObject({ ok: false, problem: 'newer' });
    const broken = { ...progress, attempts: [{ ...progress.attempts[0], correct: 'yes' }] };
    const invalid = importProgress(JSON.stringify({ kind: 'moe-lab-progress', progress: broken }), NOW);
    expect(invalid).toMatchObject({ ok: false, problem: 'invalid', detail: expect.stringContaining('attempts.0.correct') });
  });

  it('repairs cards ts-fsrs could not schedule, as at load, and counts them', () => {
    const [single, recall] = [progress.cards[FIXTURES.single.id], progress.cards[FIXTURES.recall.id]];
    const file = {
      ...progress,
      cards: {
        // a device clock that ran two days fast, and numbers far past FSRS's bounds
        [FIXTURES.single.id]: { ...single, last_review: '2025-03-03T12:00:00.000Z' },
        [FIXTURES.recall.id]: { ...recall, stability: 1e308, difficulty: 1e308 },
        'q-sound': single,
      },
    };
    const result = importProgress(exportProgress(file, NOW), NOW);
    expect(result).toEqual({
      ok: true,
      repaired: 2,
      progress: {
        ...file,
        cards: {
          [FIXTURES.single.id]: { ...single, last_review: NOW.toISOString() },
          [FIXTURES.recall.id]: { ...recall, stability: 36500, difficulty: 10 },
          'q-sound': single,
        },
      },
    });
  });
});
