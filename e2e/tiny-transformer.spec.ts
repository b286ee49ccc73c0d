import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

const widget = (page: Page) => page.getByTestId('tiny-transformer');
/** Documented in the widget, README and lib/widgets/tiny-transformer/params.ts (REVERSE_STEPS_DOCUMENTED). */
const DOCUMENTED_STEPS = 100;
const L = 6;

test('learns "reverse" of 6 digits to ≥ 90% token accuracy within the documented steps, and an anti-diagonal forms', async ({ page }) => {
  const watcher = watchErrors(page);
  const started = Date.now();
  await page.goto(`/playground/transformer?autoplay=1&until=${DOCUMENTED_STEPS}`);
  await expect(page.getByTestId('tfm-explainer')).toContainText(`within ${DOCUMENTED_STEPS} training steps`);
  await expect(widget(page)).toHaveAttribute('data-status', 'done', { timeout: 50_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(widget(page)).toHaveAttribute('data-step', String(DOCUMENTED_STEPS));
  const accuracy = Number(await widget(page).getAttribute('data-accuracy'));
  const backend = await widget(page).getAttribute('data-backend');
  test.info().annotations.push({ type: 'measured', description: `${DOCUMENTED_STEPS} steps on ${backend} in ${seconds.toFixed(1)} s, token accuracy ${(accuracy * 100).toFixed(1)}%` });
  expect(accuracy).toBeGreaterThanOrEqual(0.9);
  await expect(page.getByTestId('accuracy')).toHaveText(`${(accuracy * 100).toFixed(1)}%`);

  // Reverse: the query at position L + i must read the input digit at position L − 1 − i.
  const maps = page.getByTestId('attention-map');
  await expect(maps).toHaveCount(2);
  const argmaxes = await Promise.all([0, 1].map(async (h) => JSON.parse((await maps.nth(h).getAttribute('data-argmax')) ?? '[]') as number[]));
  const antiDiagonal = argmaxes.map((rows) => rows.slice(L).filter((key, i) => key === L - 1 - i).length);
  expect(Math.max(...antiDiagonal), JSON.stringify(argmaxes)).toBeGreaterThanOrEqual(5);

  // The learner's own input: validated, then answered.
  const input = page.getByTestId('example-input');
  await input.fill('12a4');
  await expect(page.getByTestId('example-error')).toHaveText('Not used: use digits 0–9 only.');
  await input.fill('907312');
  await expect(page.getByTestId('example-error')).toHaveCount(0);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-expected', '213709');
  const predicted = (await page.getByTestId('prediction').getAttribute('data-predicted')) ?? '';
  expect([...predicted].filter((d, i) => d === '213709'[i]).length).toBeGreaterThanOrEqual(5);
  watcher.expectNoErrors();
});

test('bad URL params are clamped with visible notices', async ({ page }) => {
  await page.goto('/playground/transformer?task=shuffle&layers=9&dModel=20&heads=3&lr=abc');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('Task: "shuffle" is not one of copy, reverse, sort; using reverse.');
  await expect(notices).toContainText('Layers: "9" is outside 1–2; using 2.');
  await expect(notices).toContainText('Learning rate: "abc" is not a number; using 0.01.');
  await expect(notices).toContainText('d_model: 20 is not a multiple of 8; using 24.');
  const params = JSON.parse((await widget(page).getAttribute('data-params')) ?? '{}');
  expect(params).toEqual({ task: 'reverse', length: 6, layers: 2, heads: 3, dModel: 24, lr: 0.01, seed: 1 });
  // The widget still works: 2 layers × 3 heads of maps.
  await expect(page.getByTestId('attention-map')).toHaveCount(6, { timeout: 30_000 });
});

test('pause stops training and reset returns to step 0', async ({ page }) => {
  await page.goto('/playground/transformer?task=copy&seed=3');
  await expect(page.getByTestId('play')).toBeEnabled({ timeout: 30_000 });
  await expect(widget(page)).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('play').click();
  await expect(widget(page)).toHaveAttribute('data-status', 'training');
  await expect.poll(async () => Number(await widget(page).getAttribute('data-step')), { timeout: 30_000 }).toBeGreaterThan(5);
  await page.getByTestId('play').click();
  await expect(widget(page)).toHaveAttribute('data-status', 'paused');
  const paused = await widget(page).getAttribute('data-step');
  await page.waitForTimeout(600);
  await expect(widget(page)).toHaveAttribute('data-step', paused ?? '');
  await page.getByTestId('step').click();
  await expect(widget(page)).toHaveAttribute('data-step', String(Number(paused) + 1));
  await page.getByTestId('reset').click();
  await expect(widget(page)).toHaveAttribute('data-step', '0');
  await expect(widget(page)).toHaveAttribute('data-status', 'idle');
});

test('the attention maps are shown per layer and head, with the causal mask on screen', async ({ page }) => {
  await page.goto('/playground/transformer?layers=2&heads=4&length=4');
  const maps = page.getByTestId('attention-map');
  await expect(maps).toHaveCount(8, { timeout: 30_000 });
  await expect(maps.first().getByRole('img')).toHaveAccessibleName(/^Layer 1 · head 1\. Strongest key for each query: 3→3, /);
  const first = maps.first();
  // 8 tokens: only the 36 cells on or below the diagonal are drawn.
  await expect(first.locator('rect.tfm-map__cell')).toHaveCount(36);
  await first.getByText('Show the weights as a table').click();
  const row = first.locator('tbody tr').first();
  await expect(row.locator('td')).toHaveText(['1.00', '–', '–', '–', '–', '–', '–', '–']);
});

test('an absurd learning rate ends in a diverged state with a message and a reset', async ({ page }) => {
  await page.goto('/playground/transformer?lr=1&autoplay=1');
  await expect(widget(page)).toHaveAttribute('data-status', 'diverged', { timeout: 30_000 });
  await expect(page.getByTestId('diverged')).toContainText('diverged');
  await page.getByTestId('diverged').getByRole('button', { name: 'Reset' }).click();
  await expect(widget(page)).toHaveAttribute('data-step', '0');
});

test('the embed route renders the widget chromeless and hides locked knobs', async ({ page }) => {
  await page.goto('/embed/tiny-transformer?task=copy&lock=lr,seed');
  await expect(widget(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('[data-knob="task"]')).toBeVisible();
  await expect(page.locator('[data-knob="lr"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in MoE Lab/ })).toHaveAttribute('href', '/playground/transformer?task=copy');
});

test('the Heads slider steps over the head counts d_model allows: ArrowRight from 2 gives 4, never 3', async ({ page }) => {
  await page.goto('/playground/transformer');
  const heads = page.locator('[data-knob="heads"] input');
  const shown = page.locator('[data-knob="heads"] output');
  await expect(shown).toHaveText('2');
  await heads.focus();
  await heads.press('ArrowRight');
  await expect(shown).toHaveText('4');
  await expect(heads).toHaveAttribute('aria-valuetext', '4');
  await expect(page).toHaveURL(/heads=4/);
  expect(JSON.parse((await widget(page).getAttribute('data-params')) ?? '{}')).toMatchObject({ heads: 4, dModel: 32 });
  await heads.press('ArrowLeft');
  await heads.press('ArrowLeft');
  await expect(shown).toHaveText('1');
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('Seed is a number field: a typed seed goes to the URL, an out-of-range one is clamped with a notice, New seed picks another', async ({ page }) => {
  await page.goto('/playground/transformer');
  const seed = page.locator('[data-knob="seed"] input');
  await expect(seed).toHaveAttribute('type', 'number');
  await seed.fill('4242');
  await seed.press('Enter');
  await expect(page).toHaveURL(/seed=4242/);
  expect(JSON.parse((await widget(page).getAttribute('data-params')) ?? '{}')).toMatchObject({ seed: 4242 });
  await seed.fill('1234567');
  await seed.press('Enter');
  await expect(seed).toHaveValue('999999');
  await expect(page.locator('[data-knob="seed"]')).toContainText('Seed: "1234567" is outside 0–999999; using 999999.');
  await expect(page).toHaveURL(/seed=999999/);
  await page.getByTestId('new-seed').click();
  await expect(seed).not.toHaveValue('999999');
  const drawn = await seed.inputValue();
  expect(Number(drawn)).toBeGreaterThanOrEqual(0);
  await expect(page).toHaveURL(new RegExp(`seed=${drawn}(&|$)`));
});
