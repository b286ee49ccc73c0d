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

test('order: at either end focus moves to the button that still works at once, before the next key press can land', async ({ page }) => {
  await page.goto('/quiz/attention');
  await skipTo(page, 'attn-steps-order');
  // item 2nd from the top moves up to the top: its "Move up" is now disabled, so "Move down" takes focus,
  // synchronously (a focus left to the next frame took a key press meant for another item's button)
  const focusedAfter = (direction: 'up' | 'down', position: number) =>
    page.evaluate(
      ([direction, position]) => {
        const li = document.querySelectorAll('li[data-item]')[Number(position)];
        li.querySelectorAll('button')[direction === 'up' ? 0 : 1].click();
        // the same item, now at the end; what has focus straight after the click
        const [up, down] = li.querySelectorAll('button');
        const focused = document.activeElement;
        return focused === up ? 'up' : focused === down ? 'down' : focused?.tagName;
      },
      [direction, String(position)] as const,
    );
  expect(await focusedAfter('up', 1)).toBe('down');
  const count = await page.locator('li[data-item]').count();
  expect(await focusedAfter('down', count - 2)).toBe('up');
  await expect(feedback(page)).toHaveCount(0);
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

  // rubric recall: reveal the key points, tick the ones covered (digit keys toggle them), Enter grades
  await skipTo(page, 'attn-recall-scaling');
  await page.getByRole('textbox', { name: /Your answer/ }).fill('the variance of q·k is d_k, so the softmax saturates');
  await page.getByRole('button', { name: 'Show the key points' }).click();
  const rubric = page.getByTestId('rubric');
  await expect(page.getByRole('group', { name: 'Key points' })).toBeVisible();
  await expect(rubric.getByRole('checkbox')).toHaveCount(5);
  await expect(rubric.getByRole('checkbox').first()).toBeFocused();
  await expect(page.getByTestId('rubric-bands')).toHaveText(
    'Rating from the share covered: under 50 % → Again · 50–79 % → Hard · 80–99 % → Good · 100 % → Easy. From 80 % the answer counts as correct.',
  );
  for (const key of ['1', '2', '3']) await page.keyboard.press(key);
  await expect(page.getByTestId('rubric-tally')).toHaveText('Covered 3 of 5 (60 %) → Hard, counts as a miss.');
  await rubric.getByRole('checkbox').nth(3).check();
  await expect(page.getByTestId('rubric-tally')).toHaveText('Covered 4 of 5 (80 %) → Good, counts as correct.');
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toContainText('You covered 4 of 5 key points (80 %): rated Good, counts as correct.');
  await expect(rubric.getByRole('checkbox').nth(4)).toBeDisabled();
  await next(page);

  // skip the rest of the set (the predict questions come after the recall ones)
  while (!(await page.getByRole('button', { name: 'Skip and finish' }).isVisible())) await page.getByRole('button', { name: 'Skip this question' }).click();
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

test('rubric recall: 3 of 5 key points is Hard: a miss in the statistics, scheduled later than Again', async ({ page }) => {
  await page.goto('/quiz/attention?q=attn-recall-scaling');
  await page.getByRole('button', { name: 'Show the key points' }).click();
  for (const i of [0, 2, 4]) await page.getByTestId('rubric').getByRole('checkbox').nth(i).check();
  await page.getByRole('button', { name: 'Grade my answer' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'false');
  await expect(feedback(page)).toContainText('You covered 3 of 5 key points (60 %): rated Hard, counts as a miss.');
  const saved = await savedProgress(page);
  expect(saved?.attempts.map((a) => [a.questionId, a.correct, (a as { grade?: string }).grade])).toEqual([['attn-recall-scaling', false, 'hard']]);
  // FSRS gets Hard, not Again: the new card's learning step is longer than the 10 min a miss gets
  const wait = Date.parse(saved?.cards['attn-recall-scaling'].due ?? '') - Date.now();
  expect(wait).toBeGreaterThan(12 * 60_000);
  expect(wait).toBeLessThan(DAY);
});

test('predict, then run: the prediction locks, the configured widget opens, then the prediction is graded', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/quiz/attention?q=attn-predict-causal');
  await expect(question(page)).toHaveAttribute('data-type', 'predict');
  await expect(page.getByTestId('predict-run')).toHaveCount(0);
  const lock = page.getByRole('button', { name: 'Lock in my prediction' });
  await expect(lock).toBeDisabled();
  await question(page).locator('input[value="a"]').check();
  await lock.click();
  for (const radio of await question(page).getByRole('radio').all()) await expect(radio).toBeDisabled();
  const run = page.getByTestId('predict-run');
  await expect(run).toBeFocused();
  const frame = run.locator('iframe');
  await expect(frame).toHaveAttribute('src', /^\/embed\/attention-explorer\?causal=1(&|$)/);
  await expect(frame).toHaveAttribute('title', 'Attention Explorer');
  const widget = page.frameLocator('iframe[title="Attention Explorer"]');
  await expect(widget.getByLabel('Causal mask')).toBeChecked();
  // what the learner sees is the claimed outcome: the first token's row is all on itself
  const firstRow = widget.getByTestId('attention-map').locator('tbody tr').first().locator('td');
  await expect(firstRow).toHaveText(['1.00', ...Array.from({ length: 9 }, () => '0')]);
  await expect(run.getByRole('link', { name: 'Open the Attention Explorer full screen' })).toHaveAttribute('href', '/playground/attention?causal=1');
  await expect(feedback(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Check my prediction' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toContainText('Your prediction was right');
  await expect(question(page).locator('.choice[data-state="correct"] input')).toHaveValue('a');
  const saved = await savedProgress(page);
  expect(saved?.attempts.map((a) => [a.questionId, a.correct])).toEqual([['attn-predict-causal', true]]);
  watcher.expectNoErrors();
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
  // the per-topic report: a row per topic, each linking the lesson section of its missed question
  const rows = page.getByTestId('mock-topics').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  for (const row of await rows.all()) await expect(row.getByRole('link').first()).toHaveAttribute('href', /^\/learn\/[a-z-]+(#[a-z0-9_-]+)?$/);
});

test('interview mock: every interview has a rubric and a predict question; the report gives coverage per topic, weakest first', async ({ page }) => {
  await page.goto('/quiz/mock');
  await page.getByRole('radio', { name: '5 questions in 8 minutes' }).check();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  const types: string[] = [];
  let recallId = '';
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of 5` })).toBeVisible();
    const type = (await question(page).getAttribute('data-type')) ?? '';
    types.push(type);
    if (type === 'recall') {
      recallId = (await question(page).getAttribute('data-question-id')) ?? '';
      await page.getByRole('button', { name: 'Show the key points' }).click();
      await page.getByTestId('rubric').getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Grade my answer' }).click();
      await expect(feedback(page)).toBeVisible();
      await next(page);
    } else if (type === 'predict') {
      await question(page).getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Lock in my prediction' }).click();
      await expect(page.getByTestId('predict-run')).toBeVisible();
      await page.getByRole('button', { name: 'Check my prediction' }).click();
      await expect(feedback(page)).toBeVisible();
      await next(page);
    } else {
      await page.getByRole('button', { name: /^Skip (this question|and finish)$/ }).click();
    }
  }
  expect(types).toContain('recall');
  expect(types).toContain('predict');
  expect(recallId).not.toBe('');
  await expect(page.getByTestId('mock-report')).toBeVisible();
  const rows = page.getByTestId('mock-topics').locator('tbody tr');
  const shares = await rows.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-share'))));
  expect(shares).toEqual([...shares].sort((a, b) => a - b));
  // the recall answer ticked one key point: its topic reports that share of key points covered
  const covered = page.getByTestId('mock-topics').locator('td[data-coverage]');
  await expect(covered).toHaveCount(1);
  await expect(covered).toHaveText(/^\d+ %$/);
});

async function axeClean(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`quiz pages have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    await answerFirst(page, false);
    for (const path of ['', 'rubric', 'predict', '/quiz', '/quiz/mock', '/quiz/review', '/progress']) {
      if (path === 'rubric') {
        await page.goto('/quiz/attention?q=attn-recall-scaling');
        await page.getByRole('button', { name: 'Show the key points' }).click();
        await page.getByTestId('rubric').getByRole('checkbox').first().check();
        await expect(page.getByTestId('rubric-tally')).toBeVisible();
        await axeClean(page, path);
        continue;
      }
      if (path === 'predict') {
        await page.goto('/quiz/attention?q=attn-predict-unscaled');
        await question(page).getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Lock in my prediction' }).click();
        await page.getByRole('button', { name: 'Check my prediction' }).click();
        await expect(feedback(page)).toBeVisible();
        await axeClean(page, path);
        continue;
      }
      if (path) await page.goto(path);
      await axeClean(page, path || 'answered');
    }
  });
}
