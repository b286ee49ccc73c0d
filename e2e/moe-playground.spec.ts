import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

const widget = (page: Page) => page.getByTestId('moe-playground');

async function trainUntil(page: Page, query: string, step: number) {
  await page.goto(`/playground/moe?${query}&autoplay=1&until=${step}`);
  await expect(widget(page)).toHaveAttribute('data-step', String(step), { timeout: 60_000 });
  await expect(widget(page)).toHaveAttribute('data-status', 'paused');
}

/** Coefficient of variation of the per-expert load shares: 0 for perfectly even load. */
async function loadCv(page: Page): Promise<number> {
  const load = JSON.parse((await widget(page).getAttribute('data-load')) ?? '[]') as number[];
  const mean = load.reduce((a, b) => a + b, 0) / load.length;
  const variance = load.reduce((a, b) => a + (b - mean) ** 2, 0) / load.length;
  return Math.sqrt(variance) / mean;
}

test('the worker starts on the production build and the loss falls while training', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/playground/moe?seed=3');
  await expect(page.getByTestId('play')).toBeEnabled({ timeout: 30_000 });
  await expect(widget(page)).toHaveAttribute('data-step', '0');
  const initial = Number(await widget(page).getAttribute('data-loss'));
  await expect(page.getByTestId('backend')).toContainText(/Backend: (cpu|wasm|webgl)/);
  expect(['cpu', 'wasm', 'webgl']).toContain(await widget(page).getAttribute('data-backend'));
  await page.getByTestId('play').click();
  await expect(widget(page)).toHaveAttribute('data-status', 'training');
  await expect.poll(async () => Number(await widget(page).getAttribute('data-step')), { timeout: 30_000 }).toBeGreaterThan(200);
  await page.getByTestId('play').click();
  await expect(widget(page)).toHaveAttribute('data-status', 'paused');
  const later = Number(await widget(page).getAttribute('data-loss'));
  expect(later).toBeLessThan(initial * 0.8);
  watcher.expectNoErrors();
});

test('with the same seed, λ = 0.1 spreads the load more evenly than λ = 0 (lower CV of load shares)', async ({ page }) => {
  const query = 'dataset=blobs&experts=8&k=1&renorm=0&seed=5&lr=0.03';
  await trainUntil(page, `${query}&lambda=0`, 400);
  const collapsed = await loadCv(page);
  await trainUntil(page, `${query}&lambda=0.1`, 400);
  const balanced = await loadCv(page);
  expect(balanced).toBeLessThan(collapsed);
});

test('K > N is clamped to N with a visible notice', async ({ page }) => {
  await page.goto('/playground/moe?experts=4&k=9');
  await expect(page.getByTestId('notices')).toContainText('Top-K: 9 is more than the 4 experts; using K = 4.');
  const params = JSON.parse((await widget(page).getAttribute('data-params')) ?? '{}');
  expect(params).toMatchObject({ experts: 4, k: 4 });
});

test('capacity factor 0.5 drops assignments and says so', async ({ page }) => {
  await trainUntil(page, 'capacity=0.5&seed=2', 20);
  expect(Number(await widget(page).getAttribute('data-dropped'))).toBeGreaterThan(0);
  await expect(page.getByTestId('dropped')).toBeVisible();
  await expect(page.getByTestId('commentary')).toContainText('overflow the capacity and are dropped');
});

test('an absurd learning rate ends in a diverged state with a message and a reset', async ({ page }) => {
  await page.goto('/playground/moe?lr=10&autoplay=1&seed=1');
  await expect(widget(page)).toHaveAttribute('data-status', 'diverged', { timeout: 30_000 });
  await expect(page.getByTestId('diverged')).toContainText('diverged');
  await page.getByTestId('diverged').getByRole('button', { name: 'Reset' }).click();
  await expect(widget(page)).toHaveAttribute('data-step', '0');
});

test('the URL holds the state and a preset changes it', async ({ page }) => {
  await page.goto('/playground/moe');
  await page.getByRole('button', { name: 'Router collapse (λ = 0)' }).click();
  await expect(page).toHaveURL(/lambda=0/);
  await expect(page).toHaveURL(/k=1/);
  const params = JSON.parse((await widget(page).getAttribute('data-params')) ?? '{}');
  expect(params).toMatchObject({ lambda: 0, k: 1, experts: 8 });
});

test('the embed route renders the widget chromeless and hides locked knobs', async ({ page }) => {
  await page.goto('/embed/moe-playground?experts=6&lock=lambda,capacity');
  await expect(widget(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('[data-knob="experts"]')).toBeVisible();
  await expect(page.locator('[data-knob="lambda"]')).toHaveCount(0);
  await expect(page.locator('[data-knob="capacity"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in MoE Lab/ })).toHaveAttribute('href', '/playground/moe?experts=6');
});

test('backend=cpu skips the measurement and gives the same run from the same link', async ({ page }) => {
  const query = 'dataset=moons&experts=4&k=2&seed=11&backend=cpu';
  await trainUntil(page, query, 60);
  await expect(page.getByTestId('backend')).toHaveText("Backend: cpu (set by the link's backend parameter)");
  await expect(widget(page)).toHaveAttribute('data-calibration', '[]');
  const first = await widget(page).getAttribute('data-loss');
  const firstLoad = await widget(page).getAttribute('data-load');
  expect(Number(first)).toBeGreaterThan(0);
  await trainUntil(page, query, 60);
  expect(await widget(page).getAttribute('data-loss')).toBe(first);
  expect(await widget(page).getAttribute('data-load')).toBe(firstLoad);
  // The link keeps the request, so a shared or embedded copy reproduces the run too.
  await expect(page).toHaveURL(/backend=cpu/);
});

test('three knob changes in a row while training each restart the run and keep training (issue 21, item 1)', async ({ page }) => {
  const watcher = watchErrors(page);
  await page.goto('/playground/moe?seed=3&dataset=blobs');
  await expect(page.getByTestId('play')).toBeEnabled({ timeout: 30_000 });
  // Every step the widget shows, in order, with the configuration it belongs to, so a restart
  // cannot be missed between polls. A restart is a step below the one shown when the knob moved,
  // under the new configuration: not "a step below 10", because a loaded machine can deliver the
  // step-0 snapshot and the next chunk's in one render, and React then shows only the later one.
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="moe-playground"]')!;
    const seen: Array<[number, string, string]> = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() =>
      seen.push([Number(el.getAttribute('data-step')), el.getAttribute('data-status') ?? '', el.getAttribute('data-params') ?? '']),
    ).observe(el, { attributes: true });
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: Array<[number, string, string]> }).seen.slice());
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await widget(page).getAttribute('data-step')), { timeout: 30_000 }).toBeGreaterThan(50);
  for (const knob of ['experts', 'k', 'hidden']) {
    const before = await widget(page).getAttribute('data-params');
    const from = (await seen()).length;
    await page.locator(`[data-knob="${knob}"] input`).focus();
    const atChange = Number(await widget(page).getAttribute('data-step'));
    await page.keyboard.press(knob === 'experts' ? 'ArrowRight' : 'ArrowLeft');
    await expect(widget(page)).not.toHaveAttribute('data-params', before ?? '');
    const newRun = async () => (await seen()).slice(from).filter(([, , params]) => params !== before);
    // The run restarts (the new configuration shows a step below the one the old run had reached)…
    await expect.poll(async () => (await newRun()).some(([step]) => step < atChange), { timeout: 30_000 }).toBe(true);
    // …and the step counter rises again while the status says training.
    await expect
      .poll(
        async () => {
          const after = await newRun();
          const restart = after.findIndex(([step]) => step < atChange);
          return Math.max(0, ...after.slice(restart).filter(([, status]) => status === 'training').map(([step]) => step));
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(50);
  }
  await expect(widget(page)).toHaveAttribute('data-status', 'training');
  expect(JSON.parse((await widget(page).getAttribute('data-load')) ?? '[]')).toHaveLength(9);
  watcher.expectNoErrors();
});

test('a run that sits at 100 % stops by itself and says so; Train continues it; a link’s until still decides alone', async ({ page }) => {
  test.setTimeout(180_000);
  // blobs is separable: the MoE is at 100 % within ~100 steps, so the plateau (1,000 steps) ends near step 1,100
  await page.goto('/playground/moe?dataset=blobs&seed=2&autoplay=1');
  await expect(widget(page)).toHaveAttribute('data-status', 'paused', { timeout: 120_000 });
  const stopped = page.getByTestId('auto-stop');
  await expect(stopped).toContainText(/^Stopped: accuracy has been 100 % for [\d,]+ steps and the loss has stopped falling/);
  await expect(stopped).toContainText('Press Train to continue.');
  await expect(widget(page)).toHaveAttribute('data-accuracy', '1');
  const at = Number(await widget(page).getAttribute('data-step'));
  expect(at).toBeGreaterThanOrEqual(1000);
  await page.waitForTimeout(1000);
  await expect(widget(page)).toHaveAttribute('data-step', String(at));
  await page.getByTestId('play').click();
  await expect(stopped).toHaveCount(0);
  await expect.poll(async () => Number(await widget(page).getAttribute('data-step')), { timeout: 30_000 }).toBeGreaterThan(at + 100);
  await expect(widget(page)).toHaveAttribute('data-status', 'training');

  await trainUntil(page, 'dataset=blobs&seed=2', 2500);
  await expect(stopped).toHaveCount(0);
});
