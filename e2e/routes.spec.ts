import { expect, test } from '@playwright/test';
import { sitemapPaths, watchErrors } from './helpers';

test('every route in the sitemap answers 200, shows its heading and logs no error', async ({ page }) => {
  const paths = await sitemapPaths(page);
  test.setTimeout(paths.length * 5_000);
  expect(paths).toEqual(expect.arrayContaining(['/', '/learn', '/learn/scaled-dot-product-attention', '/playground', '/quiz', '/practice', '/progress']));
  for (const path of paths) {
    const watcher = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
    await page.waitForLoadState('networkidle');
    watcher.expectNoErrors();
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
});

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
