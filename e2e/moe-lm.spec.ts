import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadBalance } from '@/lib/math';
import { decodeCheckpoint, encodeCheckpoint } from '@/lib/tf/checkpoint';
import { DEFAULT_LM_TEXT } from '@/lib/widgets/moe-lm/params';
import { watchErrors } from './helpers';

const widget = (page: Page) => page.getByTestId('moe-lm');
/** The worker fetches the corpus (1.5 MB) and a checkpoint and builds both models first: slow on a loaded 2-core machine. */
const READY_MS = 60_000;

/** The tests pin wasm: timing the backends first adds seconds to every page load (the bench measures the choice). */
async function openReady(page: Page, query: string) {
  await page.goto(`/playground/moe-lm?backend=wasm${query ? `&${query}` : ''}`);
  await expect(widget(page)).not.toHaveAttribute('data-heldout-bpc', '', { timeout: READY_MS });
}

const numberAttr = async (page: Page, name: string) => Number(await widget(page).getAttribute(name));
const firstLayerMaxOverMean = async (page: Page) => {
  const load = JSON.parse((await widget(page).getAttribute('data-load')) ?? '[]') as number[][];
  return loadBalance(load[0]).maxOverMean;
};

test('the balanced checkpoint colours every character of the default text by its top-1 expert before any training', async ({ page }) => {
  const watcher = watchErrors(page);
  await openReady(page, '');
  await expect(widget(page)).toHaveAttribute('data-checkpoint', 'balanced');
  await expect(widget(page)).toHaveAttribute('data-step', '160');
  // the manifest's figure for this checkpoint is 4.94 bits/char held out
  expect(Math.abs((await numberAttr(page, 'data-heldout-bpc')) - 4.94)).toBeLessThan(0.02);
  const tokens = page.locator('.lm-text [data-testid="routed-token"]');
  await expect(tokens).toHaveCount([...DEFAULT_LM_TEXT].length);
  const experts = await tokens.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-expert'))));
  expect(experts.every((e) => e >= 0 && e < 8)).toBe(true);
  // a trained router uses more than one expert for three kinds of text
  expect(new Set(experts).size).toBeGreaterThan(2);
  await expect(widget(page)).toHaveAttribute('data-backend', 'wasm');
  watcher.expectNoErrors();
});

test('the λ = 0 checkpoint routes far less evenly than the balanced one: max/mean of layer 1’s held-out load ≥ 2.5 against ≤ 2', async ({ page }) => {
  await openReady(page, 'checkpoint=collapse');
  await expect(widget(page)).toHaveAttribute('data-checkpoint', 'collapse');
  const collapsed = await firstLayerMaxOverMean(page);
  await openReady(page, 'checkpoint=balanced');
  const balanced = await firstLayerMaxOverMean(page);
  expect(collapsed).toBeGreaterThanOrEqual(2.5);
  expect(balanced).toBeLessThanOrEqual(2);
});

test('training from scratch at the default knobs lowers held-out bits per character', async ({ page }) => {
  test.setTimeout(150_000);
  await openReady(page, 'checkpoint=scratch&until=5');
  await expect(widget(page)).toHaveAttribute('data-checkpoint', 'scratch');
  await expect(widget(page)).toHaveAttribute('data-step', '0');
  const before = await numberAttr(page, 'data-heldout-bpc');
  const denseBefore = await numberAttr(page, 'data-dense-heldout-bpc');
  await page.getByTestId('play').click();
  await expect(widget(page)).toHaveAttribute('data-step', '5', { timeout: 120_000 });
  await expect(widget(page)).toHaveAttribute('data-status', 'paused');
  expect(await numberAttr(page, 'data-heldout-bpc')).toBeLessThan(before - 0.5);
  expect(await numberAttr(page, 'data-dense-heldout-bpc')).toBeLessThan(denseBefore - 0.5);
  expect(await numberAttr(page, 'data-train-bpc')).toBeGreaterThan(0);
});

test('capacity factor 0.5 drops tokens: the routed text marks them and a training step reports the dropped share', async ({ page }) => {
  test.setTimeout(120_000);
  await openReady(page, 'capacity=0.5');
  await expect(page.locator('.lm-text [data-testid="routed-token"][data-dropped="true"]').first()).toBeVisible();
  await page.getByTestId('step').click();
  await expect(widget(page)).toHaveAttribute('data-step', '161', { timeout: 60_000 });
  // capacity 0.5 keeps at most half the assignments
  expect(await numberAttr(page, 'data-dropped')).toBeGreaterThanOrEqual(0.5);
  await expect(page.getByTestId('dropped')).toBeVisible();
});

test('generation continues the prompt, coloured by routing', async ({ page }) => {
  await openReady(page, '');
  await page.getByTestId('generate').click();
  const out = page.getByTestId('generation');
  await expect(out).toBeVisible({ timeout: 30_000 });
  expect(((await out.getAttribute('data-text')) ?? '').length).toBeGreaterThan(0);
  // the prompt "The " and 60 generated characters
  await expect(out.getByTestId('routed-token')).toHaveCount(64);
});

test('a hostile ?text= (emoji, right-to-left, combining marks, 100k characters) is cut to 2,000 with a notice, unknown characters shown as <unk>', async ({ page }) => {
  const watcher = watchErrors(page);
  const hostile = ('😀 مرحبا שלום a\u0308\u0323 e\u0301 \u200f\u202e x').repeat(4200);
  expect(hostile.length).toBeGreaterThan(100_000);
  // ~0.5 MB of query is more than a static server reads in a request line: serve the page itself, so the browser's URL still carries all of it
  await page.route(/\/playground\/moe-lm\?/, async (route) => route.fulfill({ response: await route.fetch({ url: new URL('/playground/moe-lm', route.request().url()).href }) }));
  await openReady(page, `text=${encodeURIComponent(hostile)}`);
  await expect(page.getByTestId('notices')).toContainText('using the first 2,000.');
  await expect(page.getByTestId('text-notices')).toContainText('show as <unk>');
  const tokens = page.locator('.lm-text [data-testid="routed-token"]');
  await expect(tokens).toHaveCount(2000);
  await expect(tokens.first()).toHaveText('<unk>');
  watcher.expectNoErrors();
});

test('a checkpoint that fails to load: the widget trains from scratch and says why', async ({ page }) => {
  // the worker fetches the checkpoint: routed on the context, which sees a dedicated worker's requests
  await page.context().route('**/models/moe-lm/balanced.bin', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await openReady(page, '');
  await expect(widget(page)).toHaveAttribute('data-checkpoint', 'scratch');
  await expect(widget(page)).toHaveAttribute('data-step', '0');
  await expect(page.getByTestId('checkpoint-notice')).toContainText('The balanced checkpoint could not be loaded');
  await expect(page.getByTestId('checkpoint-notice')).toContainText('training from scratch instead.');
  // the fresh model still colours the text, and can train
  await expect(page.locator('.lm-text [data-testid="routed-token"]')).toHaveCount([...DEFAULT_LM_TEXT].length);
  await expect(page.getByTestId('play')).toBeEnabled();
});

test('keyboard: the routed text is one tab stop after the text box, the arrows move through its characters and each shows every expert’s gate', async ({ page }) => {
  await openReady(page, '');
  await page.getByTestId('lm-text').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('.lm-text [data-testid="routed-token"]:focus');
  await expect(focused).toHaveAttribute('data-index', '0');
  const detail = page.locator('.lm-text [data-testid="routed-detail"]');
  await expect(detail).toContainText(`T: character 1 of ${[...DEFAULT_LM_TEXT].length}, layer 1`);
  await expect(detail.locator('li')).toHaveCount(8);
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('data-index', '1');
  await expect(detail).toContainText('h: character 2 of');
  // ↓ goes to the next line (the Chinese one) at the same column
  await page.keyboard.press('ArrowDown');
  const line = DEFAULT_LM_TEXT.split('\n')[0].length + 1;
  await expect(focused).toHaveAttribute('data-index', String(line + 1));
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('data-index', String([...DEFAULT_LM_TEXT].length - 1));
  // the layer switch shows layer 2 and keeps it in the URL
  await page.getByTestId('layer-2').click();
  await expect(page.getByTestId('layer-2')).toHaveAttribute('aria-checked', 'true');
  await expect(page).toHaveURL(/layer=2/);
});

test('a preset sets its knobs and the URL, and the Embed button writes the same state into /embed/moe-lm', async ({ page, baseURL }) => {
  await openReady(page, '');
  // the live commentary links each line to its lesson section
  await expect(page.getByTestId('commentary').locator('a[href^="/learn/load-balancing#"]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Tight capacity' }).click();
  await expect(page).toHaveURL(/capacity=1(&|$)/);
  await expect(widget(page)).toHaveAttribute('data-params', /"capacity":1,/);
  // the button's title tells the preset's story
  await expect(page.getByRole('button', { name: 'Tight capacity' })).toHaveAttribute('title', /capacity factor 1\.0/);
  await page.getByTestId('embed-button').click();
  const site = new URL(baseURL ?? '').origin;
  await expect(page.getByTestId('embed-snippet')).toHaveValue(new RegExp(`^<iframe src="${site}/embed/moe-lm\\?[^"]*capacity=1`));
});

test('URL state: autoplay and until train on from the checkpoint and pause at that step', async ({ page }) => {
  test.setTimeout(120_000);
  await openReady(page, 'autoplay=1&until=162');
  await expect(widget(page)).toHaveAttribute('data-step', '162', { timeout: 90_000 });
  await expect(widget(page)).toHaveAttribute('data-status', 'paused');
  expect(await numberAttr(page, 'data-train-bpc')).toBeGreaterThan(0);
  // beside a checkpoint the dense twin trains from the first step on
  expect(await numberAttr(page, 'data-dense-heldout-bpc')).toBeGreaterThan(0);
  await expect(page).toHaveURL(/until=162/);
  // the bits-per-character chart: train and held-out, MoE and dense, and the unigram entropy as a reference line
  const legend = page.getByTestId('pinned-view').locator('.chart__legend');
  for (const name of ['MoE held-out', 'MoE train batch', 'dense held-out', 'dense train batch', 'unigram entropy']) await expect(legend).toContainText(name);
});

test('a run whose loss blows up ends in `diverged` with the notice, and its Reset starts the run over', async ({ page }) => {
  test.setTimeout(120_000);
  // The balanced checkpoint with its unembedding 10⁴ times too large: what a far too large
  // learning rate leaves behind (no rate the knob allows does it to this model in a few steps).
  const { meta, tensors } = decodeCheckpoint(fs.readFileSync('public/models/moe-lm/balanced.bin'));
  const unembed = tensors.get('unembed')!;
  tensors.set('unembed', { shape: unembed.shape, data: unembed.data.map((v) => v * 1e4) });
  const poisoned = Buffer.from(encodeCheckpoint(meta, [...tensors]));
  await page.context().route('**/models/moe-lm/balanced.bin', (route) => route.fulfill({ body: poisoned, contentType: 'application/octet-stream' }));
  await openReady(page, '');
  await expect(widget(page)).toHaveAttribute('data-checkpoint', 'balanced');
  await page.getByTestId('step').click();
  await expect(widget(page)).toHaveAttribute('data-status', 'diverged', { timeout: 60_000 });
  await expect(page.getByTestId('diverged')).toContainText('Lower the learning rate and reset.');
  await expect(page.getByTestId('generate')).toBeDisabled();
  await page.getByTestId('diverged').getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('diverged')).toHaveCount(0);
  await expect(widget(page)).not.toHaveAttribute('data-status', 'diverged');
  await expect(widget(page)).toHaveAttribute('data-step', '160');
  await expect(page.getByTestId('generate')).toBeEnabled({ timeout: 60_000 });
});
