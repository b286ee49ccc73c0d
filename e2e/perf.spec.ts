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
