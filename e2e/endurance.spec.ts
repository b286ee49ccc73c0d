import { expect, test } from '@playwright/test';

/**
 * A long session in a few seconds: the MoE Playground trains thousands of steps (a small model,
 * so steps are fast) and neither the worker's tensor count nor the page's JS heap may grow.
 */
test('a long training run keeps the tensor count and the JS heap flat', async ({ page }) => {
  test.setTimeout(180_000);
  const until = 4000;
  await page.goto(`/playground/moe?experts=4&k=1&hidden=8&batch=16&seed=3&autoplay=1&until=${until}`);
  const root = page.getByTestId('moe-playground');
  const cdp = await page.context().newCDPSession(page);
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await expect.poll(async () => Number(await root.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThanOrEqual(400);
  const early = { tensors: Number(await root.getAttribute('data-tensors')), heap: await heapAfterGc() };
  await expect(root).toHaveAttribute('data-status', 'paused', { timeout: 150_000 });
  await expect(root).toHaveAttribute('data-step', String(until));
  const late = { tensors: Number(await root.getAttribute('data-tensors')), heap: await heapAfterGc() };
  expect(early.tensors).toBeGreaterThan(0);
  expect(late.tensors).toBe(early.tensors);
  // Curves keep at most a few hundred points, so the heap may wobble but not climb with the steps.
  expect(late.heap - early.heap, `heap ${early.heap} → ${late.heap} bytes`).toBeLessThan(2_000_000);
});
