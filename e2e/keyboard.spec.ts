import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches `accessibleName`, like a keyboard user would. */
async function tabTo(page: Page, role: string, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent ?? '';
      return { tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), label: label.trim() };
    });
    const role_ = focused?.tag === 'input' && focused.type === 'range' ? 'slider' : focused?.tag;
    if (focused && role_ === role && name.test(focused.label)) return;
  }
  throw new Error(`no ${role} named ${name} within ${limit} tabs`);
}

/** The focused element shows a visible focus ring (outline or box-shadow). */
async function expectFocusRing(page: Page) {
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
  });
  expect(ring.outline || ring.shadow).toBe(true);
}

test('MoE Playground by keyboard alone: a slider changes N, Train starts and pauses', async ({ page }) => {
  await page.goto('/playground/moe?experts=4');
  const root = page.getByTestId('moe-playground');
  await expect(root).toBeVisible();
  await tabTo(page, 'slider', /Experts N/);
  await expectFocusRing(page);
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-params', /"experts":5/);
  await tabTo(page, 'button', /^Train$/);
  await expectFocusRing(page);
  await page.keyboard.press('Enter');
  await expect(root).toHaveAttribute('data-status', 'training', { timeout: 30_000 });
  // Pausing before the first step returns to "idle"; wait for a trained step so "paused" is meant.
  await expect.poll(async () => Number(await root.getAttribute('data-step')), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.keyboard.press('Enter'); // the same button now reads "Pause"
  await expect(root).toHaveAttribute('data-status', 'paused');
});

test('Routing Lab by keyboard alone: a slider changes K and the table follows', async ({ page }) => {
  await page.goto('/playground/routing?k=1');
  const root = page.getByTestId('routing-lab');
  await expect(root).toBeVisible();
  await tabTo(page, 'slider', /Top-K|K\b/);
  await expectFocusRing(page);
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-params', /"k":2/);
});
