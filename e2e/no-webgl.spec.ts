import { expect, test } from '@playwright/test';

// A browser without WebGL (blocklisted GPU, locked-down machine) must still train, on a CPU backend.
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-webgl', '--disable-webgl2', '--disable-quic', '--no-first-run'],
  },
});

test('with WebGL disabled the MoE Playground trains on a CPU backend', async ({ page }) => {
  const hasWebgl = await page.evaluate(() => {
    const canvas = () => document.createElement('canvas');
    return Boolean(canvas().getContext('webgl2') ?? canvas().getContext('webgl'));
  });
  expect(hasWebgl).toBe(false);
  await page.goto('/playground/moe?autoplay=1&until=60');
  const root = page.getByTestId('moe-playground');
  await expect(root).toHaveAttribute('data-status', 'paused', { timeout: 60_000 });
  await expect(root).toHaveAttribute('data-step', '60');
  expect(['cpu', 'wasm']).toContain(await root.getAttribute('data-backend'));
  expect(Number(await root.getAttribute('data-loss'))).toBeGreaterThan(0);
});
