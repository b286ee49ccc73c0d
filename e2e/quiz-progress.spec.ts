import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';
import { answerFirst, answerWhyScale, DAMAGED_KEY, disableStorage, PROGRESS_KEY, savedProgress } from './quiz-helpers';

test('export, delete, import: the progress comes back exactly', async ({ page }) => {
  await answerFirst(page, true);
  await page.goto('/progress');
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ kind: 'moe-lab-progress', progress: JSON.parse(before ?? '') });

  await page.getByRole('button', { name: 'Delete all progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '0');
  expect((await savedProgress(page))?.attempts).toEqual([]);

  await page.getByLabel('Import progress from a file').setInputFiles(file);
  // an import asks first: the file's one answer against none here
  await expect(page.getByTestId('preview-answers')).toHaveText('Answers — here now: 0; in the file: 1; after merging: 1 (new from the file: 1).');
  expect((await savedProgress(page))?.attempts).toEqual([]);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('transfer-status')).toHaveText('Progress replaced by the file. Answers now: 1.');
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '1');
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test('a bad import file is refused with a message and the current progress is kept', async ({ page }) => {
  await answerFirst(page, true);
  await page.goto('/progress');
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const input = page.getByLabel('Import progress from a file');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByTestId('transfer-error')).toContainText('not a MoE Lab progress export');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "moe-lab-progress", "progress": {"version": 1, "attempts": 3, "cards": {}}}') });
  await expect(page.getByTestId('transfer-error')).toContainText('damaged or incomplete');
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(page.getByTestId('transfer-error')).toContainText('not JSON');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '1');
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test('corrupted saved progress is set aside with a notice, kept for download, and the quiz still works', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "attempts": [tru'), PROGRESS_KEY);
  await page.goto('/quiz/attention');
  await expect(page.getByTestId('storage-notice')).toHaveAttribute('data-notices', 'damaged');
  await expect(page.getByTestId('storage-notice')).toContainText('could not be read');
  await answerWhyScale(page, true);
  expect(await page.evaluate((key) => localStorage.getItem(key), DAMAGED_KEY)).toBe('{"version": 1, "attempts": [tru');
  expect((await savedProgress(page))?.attempts).toHaveLength(1);

  await page.goto('/progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the damaged copy' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe('{"version": 1, "attempts": [tru');
  await page.getByRole('button', { name: 'Delete the damaged copy' }).click();
  await expect(page.getByTestId('damaged-copy')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), DAMAGED_KEY)).toBeNull();
  watcher.expectNoErrors();
});

test('disabled storage: answers are kept in memory with a visible notice', async ({ page }) => {
  const watcher = watchErrors(page);
  await disableStorage(page);
  await answerFirst(page, true);
  await expect(page.getByTestId('storage-notice')).toHaveAttribute('data-notices', 'unavailable');
  await expect(page.getByTestId('storage-notice')).toContainText('kept in memory only');
  await page.getByRole('link', { name: 'Open the Progress page.' }).click();
  await expect(page.getByTestId('progress')).toHaveAttribute('data-persistent', 'false');
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '1');
  await expect(page.getByTestId('storage-notice')).toBeVisible();
  watcher.expectNoErrors();
});

test('full storage: answers are kept in memory with a visible notice', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await answerFirst(page, true);
  await expect(page.getByTestId('storage-notice')).toHaveAttribute('data-notices', 'full');
  await expect(page.getByTestId('storage-notice')).toContainText('storage is full');
});
