import { expect, test } from '@playwright/test';

// Runs in the 'perf' project, after every other test, so no other browser competes for the
// two cores while main-thread long tasks are measured.
test('the page stays responsive while training: no main-thread task over 50 ms', async ({ page }) => {
  await page.goto('/playground/moe?seed=4');
  await expect(page.getByTestId('play')).toBeEnabled({ timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.getByTestId('play').click();
  await page.waitForTimeout(4000);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(Number(await page.getByTestId('moe-playground').getAttribute('data-step'))).toBeGreaterThan(100);
  expect(longTasks.filter((d) => d > 50), `long tasks: ${longTasks.join(', ')}`).toEqual([]);
});

test('the MoE Language Model page stays responsive while it trains: no main-thread task over 50 ms, and typed text is routed', async ({ page }) => {
  test.setTimeout(120_000);
  // from the balanced checkpoint: every snapshot carries the routed text, the sources' routing, the load history and the curves
  await page.goto('/playground/moe-lm?backend=wasm');
  const root = page.getByTestId('moe-lm');
  await expect(root).not.toHaveAttribute('data-heldout-bpc', '', { timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskStarts: number[] };
    w.longTasks = [];
    w.longTaskStarts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longTasks.push(e.duration), w.longTaskStarts.push(e.startTime)))).observe({ type: 'longtask' });
  });
  // when each phase began (page clock), so that a failure says what the long task came with
  const now = () => page.evaluate(() => Math.round(performance.now()));
  const phases = [`play ${await now()}`];
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await root.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(161);
  phases.push(`typing ${await now()}`);
  // typing while it trains: each key lands in the box at once, and the new text is routed by a later snapshot
  const box = page.getByTestId('lm-text');
  await box.fill('');
  await box.pressSequentially('abc 月', { delay: 50 });
  await expect(box).toHaveValue('abc 月');
  await expect(page.locator('.lm-text [data-testid="routed-token"]')).toHaveCount(5, { timeout: 30_000 });
  phases.push(`routed ${await now()}`);
  await page.waitForTimeout(3000);
  const { longTasks, longTaskStarts } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskStarts: number[] };
    return { longTasks: w.longTasks, longTaskStarts: w.longTaskStarts };
  });
  await expect(root).toHaveAttribute('data-status', 'training');
  const described = longTasks.map((d, i) => `${Math.round(d)} ms at ${Math.round(longTaskStarts[i])}`).join(', ');
  expect(longTasks.filter((d) => d > 50), `long tasks: ${described} (${phases.join(', ')})`).toEqual([]);
});
