import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Collects console errors (and warnings if asked) and uncaught page errors; assert with `expectNoErrors`. */
export function watchErrors(page: Page, { warnings = false }: { warnings?: boolean } = {}) {
  const errors: string[] = [];
  page.on('console', (msg) => {
    // Next preloads the stylesheet of components mounted later (the Embed dialog, the editor);
    // on a loaded machine Chromium warns that it was not used within a few seconds of load.
    if (warnings && msg.type() === 'warning' && /\.css was preloaded using link preload but not used/.test(msg.text())) return;
    if (msg.type() === 'error' || (warnings && msg.type() === 'warning')) errors.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return {
    errors,
    expectNoErrors: () => expect(errors, errors.join('\n')).toEqual([]),
  };
}

const locPaths = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

/** The paths of the built sitemap, read from out/ when tests are collected (one test per route). */
export function builtSitemapPaths(): string[] {
  return locPaths(fs.readFileSync('out/sitemap.xml', 'utf8'));
}

/** The paths listed in the sitemap the server sends. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  return locPaths(await response.text());
}

/**
 * Scrolls a lesson widget into view until its frame exists. A lesson's off-screen sections are
 * laid out only when scrolled near (content-visibility), so one jump can land short or past the
 * widget; a learner scrolling passes it, and so does a second jump.
 */
export async function scrollToLessonWidget(widget: Locator): Promise<Locator> {
  const frame = widget.locator('iframe');
  await expect(async () => {
    await widget.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(frame).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return frame;
}
