import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';
import { answerFirst, feedback, question, savedProgress, skipTo } from './quiz-helpers';

const DAY = 86_400_000;
const check = (page: Page) => page.getByRole('button', { name: 'Check answer' }).click();
const next = (page: Page) => page.getByRole('button', { name: /^(Next question|See your score)$/ }).click();

test('answering shows feedback with the explanation, lesson link and sources, and updates progress', async ({ page }) => {
  const watcher = watchErrors(page);
  await answerFirst(page, true);
  await expect(feedback(page)).toContainText('Correct');
  await expect(feedback(page).getByRole('link', { name: 'Scaled dot-product attention' })).toHaveAttribute('href', '/learn/scaled-dot-product-attention');
  await expect(feedback(page).getByRole('link', { name: 'Attention Is All You Need' })).toBeVisible();
  await expect(question(page)).toContainText('Your answer, correct');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const mastery = page.locator('[data-testid="mastery"][data-topic="attention"]');
  await expect(mastery).toHaveAttribute('data-mastered', '1');
  await expect(page.getByTestId('history-item')).toHaveAttribute('data-question-id', 'attn-why-scale');
  await page.reload();
  await expect(mastery).toHaveAttribute('data-answered', '1');
  await expect(page.getByTestId('streak')).toHaveAttribute('data-value', '1');
  watcher.expectNoErrors();
});

test('keyboard: a number key chooses, Enter checks, Enter moves on', async ({ page }) => {
  await page.goto('/quiz/attention');
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-formula');
  const values = await page.getByRole('radio').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  const right = values.indexOf('a');
  await page.keyboard.press(String(right + 1));
  await expect(page.getByRole('radio').nth(right)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-why-scale');
  await expect(page.getByRole('heading', { name: /^Question 2 of \d+$/ })).toBeFocused();
});

test('every question type is answered and graded: choices, numeric tolerance, ordering, recall', async ({ page }) => {
  await answerFirst(page, false);
  await next(page);

  await skipTo(page, 'attn-mask-facts');
  for (const value of ['a', 'b', 'e']) await question(page).locator(`input[type="checkbox"][value="${value}"]`).check();
  await expect(page.getByRole('checkbox', { name: /^A key masked with/ })).toBeChecked();
  await check(page);
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await next(page);

  await skipTo(page, 'attn-weight-basic');
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('abc');
  await check(page);
  await expect(question(page).getByRole('alert')).toContainText('not a plain number');
  await expect(feedback(page)).toHaveCount(0);
  await answer.fill('0.6738');
  await check(page);
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toContainText('The answer is 0.673 (accepted within ± 0.001)');
  await next(page);

  // order: bring item k to position k with "Move up" buttons, as a keyboard user would
  await skipTo(page, 'attn-steps-order');
  const items = page.locator('li[data-item]');
  const count = await items.count();
  for (let k = 0; k < count; k++) {
    const order = await items.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-item'))));
    for (let p = order.indexOf(k); p > k; p--) {
      await page.locator(`li[data-item="${k}"]`).getByRole('button', { name: /^Move up/ }).press('Enter');
    }
  }
  await check(page);
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await next(page);

  await skipTo(page, 'attn-recall-scaling');
  await page.getByRole('textbox', { name: /Your answer/ }).fill('the variance of q·k is d_k, so the softmax saturates');
  await page.getByRole('button', { name: 'Show the key points' }).click();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toContainText('You graded your recall: Good');
  await next(page);

  await page.getByRole('button', { name: 'Skip and finish' }).click();
  await expect(page.getByTestId('session-summary')).toContainText(/4 of \d+ correct/);
  const saved = await savedProgress(page);
  expect(saved?.attempts.map((a) => [a.questionId, a.correct])).toEqual([
    ['attn-why-scale', false],
    ['attn-mask-facts', true],
    ['attn-weight-basic', true],
    ['attn-steps-order', true],
    ['attn-recall-scaling', true],
  ]);
});

test('FSRS: after Good a question is due later than after Again, and comes back for review when due', async ({ page }) => {
  await answerFirst(page, true);
  const good = await page.getByTestId('next-review').getAttribute('data-due');
  await next(page);
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-dot-variance');
  await question(page).locator('input[value="a"]').check();
  await check(page);
  await expect(feedback(page)).toHaveAttribute('data-correct', 'false');
  const again = await page.getByTestId('next-review').getAttribute('data-due');
  expect(Date.parse(good ?? '')).toBeGreaterThan(Date.parse(again ?? '') + DAY);
  const saved = await savedProgress(page);
  expect(saved?.cards['attn-why-scale'].due).toBe(good);
  expect(saved?.cards['attn-dot-variance'].due).toBe(again);

  await page.goto('/quiz/review');
  // the miss is in its 10-minute learning step: the page says so instead of "all caught up"
  await expect(page.getByTestId('review-returning')).toHaveText(/^1 missed question comes back in (9|10) min\.$/);
  await expect(page.getByTestId('review-empty')).not.toContainText('caught up');
  // a day later the "again" card (back after its 10-minute learning step) is due and the "good" one (2 days) is not yet
  await page.clock.install({ time: new Date(Date.now() + DAY) });
  await page.goto('/quiz/review');
  await expect(page.getByTestId('review-count')).toHaveAttribute('data-count', '1');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(question(page)).toHaveAttribute('data-question-id', 'attn-dot-variance');
});

test('interview mock: timed questions across topics, a report with weak topics when time runs out', async ({ page }) => {
  await page.clock.install();
  await page.goto('/quiz/mock');
  await page.getByRole('radio', { name: '5 questions in 8 minutes' }).check();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.getByTestId('quiz-session')).toHaveAttribute('data-mode', 'mock');
  await expect(page.getByTestId('mock-timer')).toHaveText(/^[78]:\d\d$/);
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 5' })).toBeVisible();
  await page.clock.fastForward('08:05');
  const report = page.getByTestId('mock-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('mock-score')).toHaveAttribute('data-total', '5');
  await expect(report).toContainText('Unanswered: 5.');
  // five questions from five different topics, all missed: each topic is weak, with where to practise it
  const weak = page.getByTestId('weak-topics').locator('li');
  await expect(weak).toHaveCount(5);
  for (const link of await weak.getByRole('link', { name: 'Practise this topic' }).all()) {
    await expect(link).toHaveAttribute('href', /^\/quiz\/[a-z-]+$/);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`quiz pages have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await answerFirst(page, false);
    for (const path of ['', '/quiz', '/quiz/mock', '/quiz/review', '/progress']) {
      if (path) await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path || 'answered'}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
}
