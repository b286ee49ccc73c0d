import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '@/lib/widgets/registry';
import { builtSitemapPaths, watchErrors } from './helpers';

// One test per route, from the built sitemap, so they spread over the workers. The Chinese pages
// (/zh/…) are the same page modules in another language: a sample of each kind gets the full
// check here, and every one of them the cheap load check in i18n.spec.ts.
const ZH_SAMPLE = ['/zh', '/zh/learn', '/zh/learn/mixture-of-experts', '/zh/playground/routing', '/zh/quiz/moe-routing', '/zh/quiz/mock', '/zh/practice/rope', '/zh/progress'];
const PAGES = [...builtSitemapPaths().filter((p) => p !== '/zh' && !p.startsWith('/zh/')), ...ZH_SAMPLE];
const EMBEDS = [...WIDGETS.filter((w) => w.ready).map((w) => w.embed), '/embed/quiz/moe-routing', '/zh/embed/quiz/moe-routing'];

test('the sitemap lists the main routes', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/learn', '/learn/scaled-dot-product-attention', '/playground', '/quiz', '/practice', '/progress']));
});

// WCAG 2.2 AA adds target size (24 px), which only shows at phone width.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The themes differ only in colour (CSS custom properties), so the second theme re-runs the
// colour rules only. KaTeX's glyph spans are aria-hidden and take their text's colour (colour
// commands fail the build: lib/content/refuse-colour.ts); skipping them halves a lesson's audit.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoSeriousViolations(page: Page, scheme: 'light' | 'dark', rules: 'all' | 'colour') {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  const axe = new AxeBuilder({ page }).exclude('.katex-html');
  const { violations } = await (rules === 'all' ? axe.withTags(WCAG) : axe.withRules(COLOUR_RULES)).analyze();
  const problems = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(problems, `${scheme}: ${problems.join('\n')}`).toEqual([]);
}

async function expectFits(page: Page, path: string, width: number) {
  await page.setViewportSize({ width, height: 800 });
  // Nothing may push the page sideways on a phone (wide content scrolls inside its own box).
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
}

// One load per route: at phone width (every rule, light), then widened to a desktop (colour rules,
// dark); the theme follows the system setting live, so both schemes are audited on the same page
// (which also proves the switch works without a reload).
for (const path of [...PAGES, ...EMBEDS, '/no-such-page', '/zh/no-such-page']) {
  test(`${path}: answers, fits 360 px and 1440 px, logs no error or warning, and has no serious axe violation (light and dark)`, async ({ page }) => {
    test.setTimeout(120_000); // axe on a lesson is slow on a loaded 2-core box
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    const watcher = watchErrors(page, { warnings: true });
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path.endsWith('/no-such-page') ? 404 : 200);
    if (!EMBEDS.includes(path)) await expect(page.locator('h1').first(), path).toBeVisible();
    // Settle (late errors and layout): network quiet, or 10 s under load.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    await expectFits(page, path, 360);
    // axe counts what content-visibility has not laid out (a lesson's off-screen chunks) as hidden
    // and skips it, so lay every chunk out before both audits.
    await page.addStyleTag({ content: '.lesson-chunk { content-visibility: visible !important; }' });
    await expectNoSeriousViolations(page, 'light', 'all');
    await expectFits(page, path, 1440);
    await expectNoSeriousViolations(page, 'dark', 'colour');
    // The 404 page's own response is the one failed load it may log.
    const errors = watcher.errors.filter((e) => !(path.endsWith('/no-such-page') && /status of 404 \(Not Found\)$/.test(e)));
    expect(errors, errors.join('\n')).toEqual([]);
  });
}

test('an unknown path shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // one navigation, in English (the Chinese one the page also carries is for /zh paths)
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' })).toHaveAttribute('href', '/learn');
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
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
