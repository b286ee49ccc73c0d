import { expect, test } from '@playwright/test';
import { builtSitemapPaths, watchErrors } from './helpers';

// One test per route (both widths), from the built sitemap, so they spread over the workers.
const PATHS = builtSitemapPaths();

test('the sitemap lists the main routes', () => {
  expect(PATHS).toEqual(expect.arrayContaining(['/', '/learn', '/learn/scaled-dot-product-attention', '/playground', '/quiz', '/practice', '/progress']));
});

for (const path of PATHS) {
  test(`${path} answers 200, shows its heading, fits 360 px and 1440 px, and logs no error or warning`, async ({ page }) => {
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      const watcher = watchErrors(page, { warnings: true });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first(), path).toBeVisible();
      // Settle (late errors and layout): network quiet, or 10 s under load.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      // Nothing may push the page sideways on a phone (wide content scrolls inside its own box).
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      watcher.expectNoErrors();
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
    }
  });
}

test('an unknown path shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse the lessons' }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});

test('embeds may be framed by any site; other pages only by the site itself', async ({ page }) => {
  const embed = await page.request.get('/embed/moe-playground');
  expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const lesson = await page.request.get('/learn/scaled-dot-product-attention');
  expect(lesson.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(lesson.headers()['x-frame-options']).toBe('SAMEORIGIN');
});
