import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { computeExplorer, type ExplorerInput } from '@/lib/widgets/attention-explorer/model';
import { DEFAULT_SENTENCE, tokenize } from '@/lib/widgets/attention-explorer/tokens';
import { scrollToLessonWidget, watchErrors } from './helpers';

const explorer = (page: Page) => page.getByTestId('attention-explorer');
const BASE: ExplorerInput = { tokens: tokenize(DEFAULT_SENTENCE), pad: 0, dk: 16, heads: 1, scale: true, temp: 1, causal: false, padmask: true, seed: 1 };

/** The grid as the learner sees it: each cell's text, row by row. */
async function cellTexts(page: Page): Promise<string[][]> {
  return page.getByTestId('attention-map').evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}

async function number(page: Page, attribute: string): Promise<number> {
  return Number(await explorer(page).getAttribute(attribute));
}

test('the grid shows lib/math’s weights; the causal mask zeroes the upper triangle on screen', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/playground/attention');
  await expect(explorer(page)).toHaveAttribute('data-status', 'ready');
  const open = computeExplorer(BASE).heads[0].weights;
  expect(await cellTexts(page)).toEqual(open.map((row) => row.map((w) => w.toFixed(2))));

  await page.getByLabel('Causal mask').check();
  await expect(explorer(page)).toHaveAttribute('data-query', 'causal=1');
  const causal = computeExplorer({ ...BASE, causal: true }).heads[0].weights;
  const texts = await cellTexts(page);
  expect(texts).toEqual(causal.map((row, i) => row.map((w, j) => (j > i ? '0' : w.toFixed(2)))));
  for (let i = 0; i < 10; i++) {
    for (let j = i + 1; j < 10; j++) expect(texts[i][j], `cell ${i},${j}`).toBe('0');
    expect(texts[i].slice(0, i + 1).every((s) => s !== '0')).toBe(true);
  }
  // the first query sees only itself: its whole weight is on key 1
  expect(texts[0][0]).toBe('1.00');
  await expect(page.locator('[data-testid="attention-cell"][data-row="0"][data-col="9"]')).toHaveAttribute('aria-label', '1 The → 10 tired: masked, score −∞, weight 0');
  await expect(page).toHaveURL(/causal=1/);
  watcher.expectNoErrors();
});

test('turning scaling off at d_k = 512 raises the largest weight towards 1 (exact values)', async ({ page }) => {
  await page.goto('/playground/attention?dk=512');
  const scaled = computeExplorer({ ...BASE, dk: 512 });
  const unscaled = computeExplorer({ ...BASE, dk: 512, scale: false });
  await expect(explorer(page)).toHaveAttribute('data-factor', String(1 / Math.sqrt(512)));
  expect(await number(page, 'data-max-weight')).toBeCloseTo(scaled.maxWeight, 12);
  await expect(page.getByTestId('stat-max-weight')).toHaveText(scaled.maxWeight.toFixed(3));

  await page.getByLabel('Scale scores by 1/√d_k').uncheck();
  await expect(explorer(page)).toHaveAttribute('data-factor', '1');
  const max = await number(page, 'data-max-weight');
  expect(max).toBeCloseTo(unscaled.maxWeight, 12);
  await expect(page.getByTestId('stat-max-weight')).toHaveText(unscaled.maxWeight.toFixed(3));
  expect(max).toBeGreaterThan(0.95);
  expect(max).toBeGreaterThan(scaled.maxWeight + 0.5);
  expect(await number(page, 'data-entropy')).toBeCloseTo(unscaled.entropy, 12);
  await expect(page.getByTestId('attention-stats')).toContainText('Weights: softmax(q·k)');
  // the sweep's table has the same two values at d_k = 512
  await page.getByText('The sweep as numbers').click();
  await expect(page.getByTestId('saturation-table').locator('tr', { has: page.locator('th', { hasText: /^512$/ }) })).toContainText(
    `${scaled.maxWeight.toFixed(3)}${unscaled.maxWeight.toFixed(3)}`,
  );
});

test('hovering or keyboard-focusing a cell shows its q·k, scaled score and softmax weight', async ({ page }) => {
  await page.goto('/playground/attention?temp=0.5');
  const h = computeExplorer({ ...BASE, temp: 0.5 }).heads[0];
  const details = page.getByTestId('cell-details');
  const cell = (i: number, j: number) => page.locator(`[data-testid="attention-cell"][data-row="${i}"][data-col="${j}"]`);

  await cell(3, 5).hover();
  await expect(details).toContainText('Query 4 “on” → key 6 “mat”, head 1');
  const dot = h.dots[3][5];
  const fmt = (x: number, d = 3) => x.toFixed(d).replace('-', '−');
  await expect(page.getByTestId('detail-dot')).toHaveText(fmt(dot));
  await expect(page.getByTestId('detail-score')).toHaveText(`${fmt(dot)} / (√16 · 0.5) = ${fmt(h.scores[3][5])}`);
  await expect(page.getByTestId('detail-weight')).toHaveText(fmt(h.weights[3][5], 4));
  expect(Number(await details.getAttribute('data-score'))).toBeCloseTo(dot / 4 / 0.5, 12);

  // keyboard: one tab stop on the grid, arrows move, the focused cell is explained
  await cell(3, 5).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(cell(4, 6)).toBeFocused();
  await expect(details).toContainText('Query 5 “the” → key 7 “because”');
  await expect(page.getByTestId('detail-weight')).toHaveText(fmt(h.weights[4][6], 4));
  await page.keyboard.press('Home');
  await expect(cell(4, 0)).toBeFocused();
  await expect(cell(4, 0)).toHaveAttribute('tabindex', '0');
  await expect(cell(3, 5)).toHaveAttribute('tabindex', '-1');
  await expect(cell(4, 0)).toHaveAccessibleName(`5 the → 1 The: q·k ${fmt(h.dots[4][0], 2)}, score ${fmt(h.scores[4][0], 2)}, weight ${fmt(h.weights[4][0])}`);
});

test('bad parameters give notices and clamped values; a long sentence is cut to 12 tokens', async ({ page }) => {
  await page.goto('/playground/attention?dk=9999&heads=0&temp=abc&pad=9&text=a+b+c+d+e+f+g+h+i+j+k+l+m+n');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('Key width d_k: "9999" is outside 2–512; using 512.');
  await expect(notices).toContainText('Heads H: "0" is outside 1–8; using 1.');
  await expect(notices).toContainText('Temperature τ: "abc" is not a number; using 1.');
  await expect(notices).toContainText('Padding tokens: "9" is outside 0–4; using 4.');
  await expect(notices).toContainText('Sentence: 14 tokens; the explorer takes at most 12, so it uses “a b c d e f g h i j k l”.');
  expect(JSON.parse((await explorer(page).getAttribute('data-params')) ?? '{}')).toMatchObject({ dk: 512, heads: 1, temp: 1, pad: 4, text: 'a b c d e f g h i j k l' });
  await expect(page.getByTestId('attention-cell')).toHaveCount(16 * 16);

  await page.getByTestId('sentence').fill('alone');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(notices).toContainText('Sentence: "alone" has fewer than 2 tokens; keeping "a b c d e f g h i j k l".');
  await page.getByTestId('sentence').fill('attention is all you need');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attention-cell')).toHaveCount(9 * 9);
  await expect(page).toHaveURL(/text=attention\+is\+all\+you\+need/);
});

test('padding keys get weight 0 under the padding mask and take weight without it', async ({ page }) => {
  await page.goto('/playground/attention?pad=2');
  const masked = await cellTexts(page);
  expect(masked.every((row) => row[10] === '0' && row[11] === '0')).toBe(true);
  await page.getByLabel('Padding mask').uncheck();
  await expect(explorer(page)).toHaveAttribute('data-query', 'pad=2&padmask=0');
  const open = computeExplorer({ ...BASE, pad: 2, padmask: false }).heads[0].weights;
  expect(await cellTexts(page)).toEqual(open.map((row) => row.map((w) => w.toFixed(2))));
  expect(open.every((row) => row[10] > 0)).toBe(true);
});

test('heads are small multiples; pressing one shows its own weights', async ({ page }) => {
  await page.goto('/playground/attention?heads=4&dk=4');
  const r = computeExplorer({ ...BASE, heads: 4, dk: 4 });
  const thumbs = page.getByTestId('head-thumb');
  await expect(thumbs).toHaveCount(4);
  for (let h = 0; h < 4; h++) expect(Number(await thumbs.nth(h).getAttribute('data-max-weight'))).toBeCloseTo(computeExplorer({ ...BASE, heads: 4, dk: 4 }).heads[h].weights.reduce((s, row) => s + Math.max(...row), 0) / 10, 12);
  await thumbs.nth(2).click();
  await expect(thumbs.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Attention weights, head 3 of 4' })).toBeVisible();
  expect(await cellTexts(page)).toEqual(r.heads[2].weights.map((row) => row.map((w) => w.toFixed(2))));
  expect(await cellTexts(page)).not.toEqual(r.heads[0].weights.map((row) => row.map((w) => w.toFixed(2))));
});

test('works at 360 px: no sideways scrolling, colour-only cells, details on tap', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/playground/attention?pad=4&text=one+two+three+four+five+six+seven+eight+nine+ten+eleven+twelve');
  await expect(page.getByTestId('attention-cell')).toHaveCount(256);
  await expect(page.locator('.attn-map--compact')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await page.getByTestId('attention-map').boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
  await page.locator('[data-testid="attention-cell"][data-row="2"][data-col="1"]').click();
  await expect(page.getByTestId('cell-details')).toContainText('Query 3 “three” → key 2 “two”');
  await expect(page.getByTestId('saturation')).toBeVisible();
});

test('the embed route renders chromeless and hides locked controls', async ({ page }) => {
  await page.goto('/embed/attention-explorer?dk=512&scale=0&lock=dk,scale,text');
  await expect(explorer(page)).toHaveAttribute('data-status', 'ready');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('[data-knob="dk"]')).toHaveCount(0);
  await expect(page.locator('[data-knob="scale"]')).toHaveCount(0);
  await expect(page.locator('[data-knob="causal"]')).toBeVisible();
  await expect(page.getByTestId('sentence')).toHaveCount(0);
  expect(await number(page, 'data-max-weight')).toBeCloseTo(computeExplorer({ ...BASE, dk: 512, scale: false }).maxWeight, 12);
  await expect(page.getByRole('link', { name: /Open in MoE Lab/ })).toHaveAttribute('href', '/playground/attention?dk=512&scale=0');
});

test('the scaled dot-product attention lesson embeds the explorer with scaling off at d_k = 512', async ({ page }) => {
  await page.goto('/learn/scaled-dot-product-attention');
  const widget = page.locator('[data-testid="lesson-widget"][data-widget-id="attention-explorer"]');
  await scrollToLessonWidget(widget);
  const frame = widget.frameLocator('iframe').getByTestId('attention-explorer');
  await expect(frame).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  expect(JSON.parse((await frame.getAttribute('data-params')) ?? '{}')).toMatchObject({ dk: 512, scale: false });
  expect(Number(await frame.getAttribute('data-max-weight'))).toBeCloseTo(computeExplorer({ ...BASE, dk: 512, scale: false }).maxWeight, 12);
  await expect(widget.getByRole('link', { name: 'Open full screen' })).toHaveAttribute('href', '/playground/attention?dk=512&scale=0');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations with heads, masks and padding (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/playground/attention?heads=3&causal=1&pad=2&scale=0&dk=512');
    await expect(explorer(page)).toBeVisible();
    await page.getByText('The output vectors as numbers').click();
    await page.getByText('The sweep as numbers').click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('a preset replaces the state: after two presets in a row the URL holds only the second one’s values', async ({ page }) => {
  await page.goto('/playground/attention?seed=5&pad=2');
  await page.getByRole('button', { name: '4 heads, d_k = 4' }).click();
  await expect(explorer(page)).toHaveAttribute('data-query', 'dk=4&heads=4');
  await page.getByRole('button', { name: 'Sharp (τ = 0.25)' }).click();
  await expect(explorer(page)).toHaveAttribute('data-query', 'temp=0.25');
  await expect(page).toHaveURL(/\?temp=0\.25$/);
  await expect(page.locator('[data-knob="heads"] output')).toHaveText('1');
  // the padding mask does nothing without padding: disabled, and it says why
  await expect(page.locator('[data-knob="padmask"] input')).toBeDisabled();
  await expect(page.locator('[data-knob="padmask"]')).toContainText('Only matters with padding tokens: add some above.');
});
