import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  countParameters,
  dispatchWithCapacity,
  expertCapacity,
  expertChoice,
  expertCounts,
  routeTopK,
  routeTopP,
  routeWithBias,
  updateBias,
} from '@/lib/math';
import { formatCount } from '@/lib/widgets/routing-lab/format';
import { MODEL_PRESETS } from '@/lib/widgets/routing-lab/model-presets';
import { DEFAULT_SENTENCE, positionTokens, tokenize, toyLogits } from '@/lib/widgets/routing-lab/tokens';
import { watchErrors } from './helpers';

const lab = (page: Page) => page.getByTestId('routing-lab');
async function json<T>(page: Page, attribute: string): Promise<T> {
  return JSON.parse((await lab(page).getAttribute(attribute)) ?? 'null') as T;
}
const sentence = tokenize(DEFAULT_SENTENCE);

test('the kept and dropped assignments on screen are lib/math dispatchWithCapacity’s', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/playground/routing?capacity=0.75&seed=3');
  const route = routeTopK(toyLogits(sentence, 8, 3, 1), 2, true);
  const capacity = expertCapacity(10, 8, 2, 0.75);
  const { kept, load } = dispatchWithCapacity(route.indices, 8, capacity);
  const dropped = kept.flat().filter((k) => !k).length;
  expect(dropped).toBeGreaterThan(0);
  expect(await json(page, 'data-load')).toEqual(load);
  await expect(lab(page)).toHaveAttribute('data-dropped', String(dropped));
  await expect(page.getByTestId('capacity')).toHaveText(String(capacity));
  await expect(page.getByTestId('routing-summary')).toContainText(`⌈0.75 · 10 · 2 / 8⌉ = ${capacity} slots per expert`);

  await page.getByText(/Every assignment as a table/).click();
  const rows = await page.getByTestId('assignment').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  const expected = route.indices.flatMap((experts, t) =>
    experts.map((e, j) => [String(t + 1), sentence[t], `E${e + 1}`, String(j + 1), route.weights[t][e].toFixed(3), kept[t][j] ? 'kept' : 'dropped']),
  );
  expect(rows).toEqual(expected);
  // the token chips say the same to a screen reader
  const first = route.indices[0].map((e, j) => `expert ${e + 1} ${kept[0][j] ? 'kept' : 'dropped'}`).join(', ');
  await expect(page.getByTestId('token').first()).toHaveAccessibleName(`1 The: ${first}`);
  watcher.expectNoErrors();
});

test('expert choice gives every expert exactly C tokens; some tokens get none, some several', async ({ page }) => {
  await page.goto('/playground/routing?mode=expert-choice&capacity=0.5&seed=2');
  const logits = toyLogits(sentence, 8, 2, 1);
  const capacity = expertCapacity(10, 8, 2, 0.5);
  const picks = expertChoice(routeTopK(logits, 1).probs, capacity);
  expect(await json(page, 'data-load')).toEqual(new Array(8).fill(capacity));
  const perToken = sentence.map((_, t) => picks.filter((chosen) => chosen.includes(t)).length);
  expect(await json(page, 'data-experts-per-token')).toEqual(perToken);
  expect(Math.min(...perToken)).toBe(0);
  expect(Math.max(...perToken)).toBeGreaterThan(1);
  await expect(page.getByTestId('unrouted')).toHaveText(String(perToken.filter((c) => c === 0).length));
  for (let e = 0; e < 8; e++) await expect(page.getByTestId('routing-diagram')).toContainText(`E${e + 1} · ${capacity}/${capacity}`);
});

test('top-p shows how many experts each token takes (routeTopP)', async ({ page }) => {
  await page.goto('/playground/routing?mode=top-p&p=0.6');
  const { counts } = routeTopP(toyLogits(sentence, 8, 1, 1), 0.6);
  expect(await json(page, 'data-experts-per-token')).toEqual(counts);
  await expect(page.getByTestId('inspector')).toContainText('Σp to rank');
});

test('bias balancing from the keyboard lowers the max/mean load of a skewed router over 50 steps', async ({ page }) => {
  await page.goto('/playground/routing?source=random&tokens=32&skew=3&capacity=0');
  // reference: the same 50 updates done here with lib/math
  const probs = routeTopK(toyLogits(positionTokens(32), 8, 1, 3), 2).probs;
  let bias = new Array(8).fill(0);
  const maxOverMean = (load: number[]) => Math.max(...load) / (load.reduce((a, b) => a + b, 0) / load.length);
  const start = maxOverMean(expertCounts(routeWithBias(probs, bias, 2).indices, 8));
  for (let s = 0; s < 50; s++) bias = updateBias(bias, expertCounts(routeWithBias(probs, bias, 2).indices, 8), 0.01);
  const end = maxOverMean(expertCounts(routeWithBias(probs, bias, 2).indices, 8));
  expect(end).toBeLessThan(start);

  await page.getByRole('button', { name: '10 steps' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  expect(await json(page, 'data-params')).toMatchObject({ steps: 50 });
  await expect(page.getByTestId('balance-stat')).toContainText(`Step 50: max/mean load ${end.toFixed(3)} (step 0: ${start.toFixed(3)})`);
  expect(Number(await lab(page).getAttribute('data-max-over-mean'))).toBeCloseTo(end, 12);
  await expect(page).toHaveURL(/steps=50/);
  await page.getByTestId('bias-step').press('Space');
  await expect(page).toHaveURL(/steps=51/);
});

test('the token strip is keyboard operated and the inspector follows it', async ({ page }) => {
  await page.goto('/playground/routing');
  await page.getByTestId('token').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('inspector')).toContainText('Token 2: “cat”');
  await expect(page.getByTestId('token').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('inspector')).toContainText('Token 10: “tired”');
});

test('the calculator presets reproduce the published totals of FACTS.md', async ({ page }) => {
  await page.goto('/playground/routing');
  const calculator = page.getByTestId('calculator');
  for (const preset of MODEL_PRESETS) {
    await calculator.getByRole('button', { name: preset.name }).click();
    const count = countParameters(preset.shape);
    await expect(calculator.getByTestId('calc-total')).toHaveText(formatCount(count.total));
    await expect(calculator.getByTestId('calc-active')).toHaveText(formatCount(count.active));
    await expect(calculator.getByTestId('calc-published')).toContainText(`${formatCount(preset.published.total)} total, ${formatCount(preset.published.active)} active`);
  }
  await expect(page).toHaveURL(/model=deepseek-v3/);
  await expect(calculator.getByTestId('calc-total')).toHaveText('671B');
  await calculator.getByLabel('Active experts K').fill('16');
  await expect(calculator).toContainText('Edited from DeepSeek-V3');
});

test('bad parameters are clamped with notices; presets and edits go to the URL', async ({ page }) => {
  await page.goto('/playground/routing?experts=4&k=9&mode=nope');
  await expect(page.getByTestId('notices')).toContainText('Top-K: 9 is more than the 4 experts; using K = 4.');
  await expect(page.getByTestId('notices')).toContainText('Routing: "nope" is not one of top-k, top-p, expert-choice; using top-k.');
  expect(await json(page, 'data-params')).toMatchObject({ experts: 4, k: 4, mode: 'top-k' });
  await page.getByRole('button', { name: 'Expert choice' }).click();
  await expect(page).toHaveURL(/mode=expert-choice/);
  await page.getByTestId('sentence').fill('one two three');
  await page.getByRole('button', { name: 'Route this sentence' }).click();
  await expect(page.getByTestId('notices')).toContainText('Sentence: "one two three" has 3 tokens, fewer than 8');
  await page.getByTestId('sentence').fill('a router sends every token to its top experts');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('token')).toHaveCount(9);
  await expect(page).toHaveURL(/text=a\+router\+sends/);
});

test('the embed route renders chromeless and hides locked knobs', async ({ page }) => {
  await page.goto('/embed/routing-lab?experts=6&lock=k,capacity,model');
  await expect(lab(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('[data-knob="experts"]')).toBeVisible();
  await expect(page.locator('[data-knob="k"]')).toHaveCount(0);
  await expect(page.locator('[data-knob="capacity"]')).toHaveCount(0);
  await expect(page.getByTestId('calculator')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in MoE Lab/ })).toHaveAttribute('href', '/playground/routing?experts=6');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/playground/routing?shared=1&noise=1&steps=3');
    await expect(lab(page)).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('a refused sentence stays in the box, marked invalid, and the notice says the charts show the sentence before it', async ({ page }) => {
  await page.goto('/playground/routing');
  const box = page.getByTestId('sentence');
  await box.fill('one two three');
  await page.getByRole('button', { name: 'Route this sentence' }).click();
  await expect(box).toHaveValue('one two three');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sentence-refused')).toHaveText(`Not routed: your sentence is still in the box to edit. The charts below show “${DEFAULT_SENTENCE}”.`);
  await expect(page.getByTestId('token')).toHaveCount(sentence.length);
  expect((await json<{ text: string }>(page, 'data-params')).text).toBe(DEFAULT_SENTENCE);
  await box.press('End');
  await box.pressSequentially(' four five six seven eight');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sentence-refused')).toHaveCount(0);
  await box.press('Enter');
  await expect(page.getByTestId('token')).toHaveCount(8);
  await expect(box).toHaveValue('one two three four five six seven eight');
});
