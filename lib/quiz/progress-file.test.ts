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
    expect(importProgress(text)).toEqual({ ok: true, progress });
    const back = importProgress(text);
    // byte for byte: what import saves serialises exactly like what was exported
    expect(back.ok && JSON.stringify(back.progress)).toBe(JSON.stringify(progress));
  });

  it('also accepts the bare stored document', () => {
    expect(importProgress(JSON.stringify(progress))).toEqual({ ok: true, progress });
  });

  it('names the file after the day', () => {
    expect(exportFileName(NOW)).toBe('moe-lab-progress-2025-03-01.json');
  });

  it('refuses bad files with the reason', () => {
    expect(importProgress('not json {')).toEqual({ ok: false, problem: 'not-json' });
    expect(importProgress('[1, 2]')).toEqual({ ok: false, problem: 'not-progress' });
    expect(importProgress('{"hello": "world"}')).toEqual({ ok: false, problem: 'not-progress' });
    const newer = importProgress(JSON.stringify({ kind: 'moe-lab-progress', progress: { ...progress, version: 2 } }));
    expect(newer).toMatchObject({ ok: false, problem: 'newer' });
    const broken = { ...progress, attempts: [{ ...progress.attempts[0], correct: 'yes' }] };
    const invalid = importProgress(JSON.stringify({ kind: 'moe-lab-progress', progress: broken }));
    expect(invalid).toMatchObject({ ok: false, problem: 'invalid', detail: expect.stringContaining('attempts.0.correct') });
  });
});
