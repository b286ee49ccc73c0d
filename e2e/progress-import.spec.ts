import { expect, test, type Page } from '@playwright/test';
import { exportProgress } from '@/lib/quiz/progress-file';
import { emptyProgress, type Progress } from '@/lib/quiz/progress-schema';
import { recordAnswer } from '@/lib/quiz/record';
import { watchErrors } from './helpers';
import { PROGRESS_KEY } from './quiz-helpers';

const whyScale = { id: 'attn-why-scale', topic: 'attention', type: 'single' } as const;
const formula = { id: 'attn-formula', topic: 'attention', type: 'single' } as const;
const balance = { id: 'lb-why-needed', topic: 'load-balancing', type: 'single' } as const;
const day = (d: number) => new Date(Date.UTC(2025, 5, d, 12));
const answer = (progress: Progress, question: typeof whyScale | typeof formula | typeof balance, correct: boolean, at: Date) =>
  recordAnswer(progress, { question, correct, mode: 'practice' }, at);

// Here: why-scale on day 1, formula on day 2. The file (from another browser): the same day-1 answer,
// why-scale again on day 3 (its card is newer), a load-balancing answer on day 4, and a card whose
// review is two days in the future (a clock that ran fast), which the import repairs.
const here = answer(answer(emptyProgress(), whyScale, true, day(1)), formula, false, day(2));
const fileProgress: Progress = (() => {
  const p = answer(answer(answer(emptyProgress(), whyScale, true, day(1)), whyScale, true, day(3)), balance, true, day(4));
  const card = p.cards[balance.id];
  const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString();
  return { ...p, cards: { ...p.cards, 'attn-additive': { ...card, last_review: ahead, due: ahead } } };
})();
const file = { name: 'other-browser.json', mimeType: 'application/json', buffer: Buffer.from(exportProgress(fileProgress, day(5))) };

/** The saved progress document, parsed. */
const saved = async (page: Page): Promise<Progress> => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');

async function seedAndChoose(page: Page) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(here)]);
  await page.goto('/progress');
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '2');
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  await page.getByLabel('Import progress from a file').setInputFiles(file);
  const preview = page.getByRole('group', { name: 'Import “other-browser.json”?' });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-answers')).toHaveText('Answers — here now: 2; in the file: 3; after merging: 4 (new from the file: 2).');
  await expect(preview.getByTestId('preview-cards')).toHaveText(
    'Review cards — newer in the file: 1; newer here: 0; equally recent: 0; only in the file: 2; only here: 1.',
  );
  await expect(preview.getByTestId('preview-repaired')).toContainText('corrected on reading: 1.');
  await expect(preview).toContainText('answers after replacing: 3');
  // nothing is written while the learner decides
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '2');
  return { preview, before };
}

test('import, Merge: every answer from both, the newer card per question, repaired cards', async ({ page }) => {
  const watcher = watchErrors(page);
  const { preview } = await seedAndChoose(page);
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByTestId('transfer-status')).toHaveText('File merged into your progress. Answers now: 4.');
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('answered')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('history-item')).toHaveCount(4);
  await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-question-id', balance.id);
  const after = await saved(page);
  expect(after.attempts.map((a) => a.questionId)).toEqual([whyScale.id, formula.id, whyScale.id, balance.id]);
  expect(after.cards[whyScale.id]).toEqual(fileProgress.cards[whyScale.id]);
  expect(after.cards[formula.id]).toEqual(here.cards[formula.id]);
  expect(Date.parse(after.cards['attn-additive'].last_review ?? '')).toBeLessThanOrEqual(Date.now());
  watcher.expectNoErrors();
});

test('import, Cancel (by keyboard): nothing changes', async ({ page }) => {
  const { preview, before } = await seedAndChoose(page);
  await expect(preview).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Merge' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('transfer-status')).toHaveText('Import cancelled. Your progress is unchanged.');
  await expect(preview).toHaveCount(0);
  await expect(page.getByLabel('Import progress from a file')).toBeFocused();
  await expect(page.getByTestId('answered')).toHaveAttribute('data-value', '2');
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);

  // Escape cancels too
  await page.getByLabel('Import progress from a file').setInputFiles(file);
  await expect(preview).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test('import, Replace: only the file is kept', async ({ page }) => {
  const { preview } = await seedAndChoose(page);
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('transfer-status')).toHaveText('Progress replaced by the file. Answers now: 3.');
  await expect(page.getByTestId('answered')).toHaveAttribute('data-value', '3');
  const after = await saved(page);
  expect(after.attempts).toEqual(fileProgress.attempts);
  expect(Object.keys(after.cards)).toEqual([whyScale.id, balance.id, 'attn-additive']);
});
