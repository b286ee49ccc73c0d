import { expect, test } from '@playwright/test';

// Every chart's numbers are available as a table (the text alternative for a chart).
test('the load and loss charts open as tables with the same numbers the widget reports', async ({ page }) => {
  await page.goto('/playground/moe?experts=4&k=1&seed=2&autoplay=1&until=30');
  const root = page.getByTestId('moe-playground');
  await expect(root).toHaveAttribute('data-step', '30', { timeout: 60_000 });
  await expect(root).toHaveAttribute('data-status', 'paused');
  const load = JSON.parse((await root.getAttribute('data-load')) ?? '[]') as number[];
  expect(load).toHaveLength(4);

  const loadChart = page.locator('figure', { has: page.getByText('Share of routed assignments per expert') }).first();
  await loadChart.getByText('Data as a table').click();
  const cells = loadChart.locator('tbody tr');
  await expect(cells).toHaveCount(4);
  for (let e = 0; e < 4; e++) {
    await expect(cells.nth(e).locator('td').first()).toHaveText(String(e + 1));
    await expect(cells.nth(e).locator('td').nth(1)).toHaveText(String(Number(load[e].toPrecision(4))));
  }

  const lossChart = page.locator('figure', { has: page.getByRole('img', { name: /loss/i }) }).first();
  await lossChart.getByText('Data as a table').click();
  const lastRow = lossChart.locator('tbody tr').last();
  await expect(lastRow.locator('td').first()).toHaveText('30');
  await expect(lastRow.locator('td').nth(1)).toHaveText(String(Number(Number(await root.getAttribute('data-loss')).toPrecision(4))));
});
