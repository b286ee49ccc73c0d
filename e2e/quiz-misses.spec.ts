import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';
import { answerFirst, feedback, question, savedProgress } from './quiz-helpers';

const MINUTE = 60_000;
const check = (page: Page) => page.getByRole('button', { name: 'Check answer' }).click();
const next = (page: Page) => page.getByRole('button', { name: /^(Next question|See your score)$/ }).click();
const summary = (page: Page) => page.getByTestId('session-summary');

/** Answers the question on screen (it must be `id`, a one-answer question) with choice `value`. */
async function answer(page: Page, id: string, value: string, right: boolean) {
  await expect(question(page)).toHaveAttribute('data-question-id', id);
  await question(page).locator(`input[type="radio"][value="${value}"]`).check();
  await check(page);
  await expect(feedback(page)).toHaveAttribute('data-correct', String(right));
  await next(page);
}

/** Skips the rest of the round until its summary shows. */
async function skipToEnd(page: Page) {
  for (let i = 0; i < 60 && !(await summary(page).isVisible()); i++) {
    await page.getByRole('button', { name: /^Skip (this question|and finish)$/ }).click();
  }
  await expect(summary(page)).toBeVisible();
}

/** On the attention set: three misses and one right answer, the rest skipped. */
async function roundWithThreeMisses(page: Page) {
  await page.goto('/quiz/attention');
  await answer(page, 'attn-formula', 'b', false);
  await answer(page, 'attn-why-scale', 'a', false);
  await answer(page, 'attn-dot-variance', 'b', true);
  await answer(page, 'attn-mask-trap', 'a', false);
  await skipToEnd(page);
}

const MISSES = ['attn-formula', 'attn-why-scale', 'attn-mask-trap'];

test('the round ends with its misses listed; "Review my misses" re-drills only those, and they still come back in review 10 min later', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.clock.install();
  await roundWithThreeMisses(page);
  const listed = page.getByTestId('round-misses').getByRole('listitem');
  await expect(listed).toHaveCount(3);
  expect(await listed.evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')))).toEqual(MISSES);
  await expect(listed.first().getByRole('link')).toHaveAttribute('href', '/quiz/attention?q=attn-formula');
  await expect(listed.first()).toContainText('Which formula');
  await expect(page.getByTestId('misses-returning')).toContainText(/^3 missed questions come back (in|within) 10 min/);
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: 'Review my misses' }).click();
  await expect(page.getByTestId('quiz-session')).toHaveAttribute('data-drill', 'true');
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await answer(page, 'attn-formula', 'a', true);
  await answer(page, 'attn-why-scale', 'b', true);
  await answer(page, 'attn-mask-trap', 'b', true);
  await expect(summary(page)).toContainText('3 of 3 correct.');
  await expect(page.getByTestId('round-misses')).toHaveCount(0);

  // the right re-drills are in the history, but each miss keeps its 10-minute learning step
  const saved = await savedProgress(page);
  expect(saved?.attempts.map((a) => [a.questionId, a.correct])).toEqual([
    ['attn-formula', false], ['attn-why-scale', false], ['attn-dot-variance', true], ['attn-mask-trap', false],
    ['attn-formula', true], ['attn-why-scale', true], ['attn-mask-trap', true],
  ]);
  const missedAt = (id: string) => Date.parse((saved?.attempts as unknown as { questionId: string; at: string }[]).find((a) => a.questionId === id)?.at ?? '');
  for (const id of MISSES) expect(Date.parse(saved?.cards[id].due ?? '') - missedAt(id)).toBe(10 * MINUTE);

  await page.goto('/quiz/review');
  await expect(page.getByTestId('review-returning')).toContainText(/^3 missed questions come back (in|within) 10 min/);
  await expect(page.getByTestId('review-empty')).not.toContainText('caught up');
  await page.clock.fastForward('10:30');
  await expect(page.getByTestId('review-count')).toHaveAttribute('data-count', '3');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-formula');
  watcher.expectNoErrors();
});

test('?q=<id> opens that question alone; an unknown id shows a notice and the set from its start', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/quiz/attention?q=attn-mask-trap');
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-mask-trap');
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await page.getByTestId('question-link').getByRole('link', { name: 'Practise the whole set' }).click();
  await expect(page).toHaveURL(/\/quiz\/attention$/);
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-formula');
  await expect(page.getByRole('heading', { name: /^Question 1 of \d\d$/ })).toBeVisible();

  await page.goto('/quiz/attention?q=nonexistent');
  await expect(page.getByTestId('question-link-notice')).toHaveText('This set has no question “nonexistent”: starting from its first question.');
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-formula');

  // a link can carry any text: it is shown as text, shortened, and never run
  const hostile = '<img src=x onerror="document.title=1">'.repeat(3);
  await page.goto(`/quiz/attention?q=${encodeURIComponent(hostile)}`);
  await expect(page.getByTestId('question-link-notice')).toContainText(`“${hostile.slice(0, 39)}…”`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-formula');
  watcher.expectNoErrors();
});

test('links on /progress and in the round\'s misses open that very question', async ({ page }) => {
  await answerFirst(page, false);
  await expect(page.getByTestId('next-review')).toHaveText('Next review: in 10 min, within this session.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const due = page.locator('[data-testid="due-card"][data-question-id="attn-why-scale"]').getByRole('link');
  await expect(due).toHaveAttribute('href', '/quiz/attention?q=attn-why-scale');
  await expect(page.getByTestId('history-item').getByRole('link')).toHaveAttribute('href', '/quiz/attention?q=attn-why-scale');
  await due.click();
  await expect(page).toHaveURL(/\/quiz\/attention\?q=attn-why-scale$/);
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-why-scale');
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();

  await roundWithThreeMisses(page);
  await page.getByTestId('round-misses').getByRole('link').nth(2).click();
  await expect(page).toHaveURL(/\?q=attn-mask-trap$/);
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-mask-trap');
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
});
