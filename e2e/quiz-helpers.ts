import { expect, type Page } from '@playwright/test';

export const PROGRESS_KEY = 'moe-lab:progress';
export const DAMAGED_KEY = 'moe-lab:progress:damaged';

/** The question on screen and its feedback. */
export const question = (page: Page) => page.getByTestId('question');
export const feedback = (page: Page) => page.getByTestId('feedback');

/** The saved progress document, parsed (null when nothing is saved). */
export async function savedProgress(page: Page): Promise<{ attempts: { questionId: string; correct: boolean }[]; cards: Record<string, { due: string }> } | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Skips questions of the current set until `id` is on screen. */
export async function skipTo(page: Page, id: string) {
  for (let i = 0; i < 40 && (await question(page).getAttribute('data-question-id')) !== id; i++) {
    await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await expect(question(page)).toHaveAttribute('data-question-id', id);
}

/** On the attention set: answers "why divide by √d_k" right or wrong by clicking. */
export async function answerWhyScale(page: Page, right: boolean) {
  await skipTo(page, 'attn-why-scale');
  await page.getByRole('radio', { name: right ? /^For large/ : /^So that each row/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', String(right));
}

/** Opens the attention set and answers one question right or wrong. */
export async function answerFirst(page: Page, right: boolean) {
  await page.goto('/quiz/attention');
  await answerWhyScale(page, right);
}

/** Makes every access to window.localStorage throw, as when the browser blocks site data. */
export async function disableStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}
