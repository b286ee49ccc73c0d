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

// Headless Chromium here has navigator.gpu but no WebGPU adapter: a link asking the MoE Language
// Model for webgpu gets the fastest other backend (wasm, the only one left) and a notice saying why.
test('backend=webgpu without a WebGPU adapter: the MoE Language Model says why and trains on wasm', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/playground/moe-lm?backend=webgpu&autoplay=1&until=162');
  const adapter = await page.evaluate(async () => {
    const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return gpu ? Boolean(await gpu.requestAdapter()) : false;
  });
  expect(adapter).toBe(false);
  const root = page.getByTestId('moe-lm');
  await expect(page.getByTestId('backend-notice')).toContainText('The webgpu backend cannot start here', { timeout: 60_000 });
  await expect(root).toHaveAttribute('data-backend', 'wasm');
  // the balanced checkpoint was saved at step 160: two trained steps, then the pause `until` asks for
  await expect(root).toHaveAttribute('data-step', '162', { timeout: 120_000 });
  await expect(root).toHaveAttribute('data-status', 'paused');
  expect(Number(await root.getAttribute('data-train-bpc'))).toBeGreaterThan(0);
});
