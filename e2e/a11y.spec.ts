import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WIDGETS } from '@/lib/widgets/registry';
import { builtSitemapPaths } from './helpers';

// One test per route (both themes), from the built sitemap, so they spread over the workers.
const PATHS = [
  ...builtSitemapPaths(),
  ...WIDGETS.filter((w) => w.ready).map((w) => w.embed),
  '/embed/quiz/moe-routing',
  '/no-such-page',
];

// The exercise pages share one template and differ only in their text: all are checked in the
// light theme, two of them also in the dark one (colours are the template's), to keep CI short.
const EXERCISES = PATHS.filter((p) => p.startsWith('/practice/'));
const schemes = (path: string) => (EXERCISES.slice(2).includes(path) ? (['light'] as const) : (['light', 'dark'] as const));

// One page load per route: the theme follows the system setting live, so both schemes are
// checked on the same page (which also proves the switch works without a reload).
for (const path of PATHS) {
  test(`no serious or critical axe violations on ${path} (${schemes(path).join(' and ')})`, async ({ page }) => {
    test.setTimeout(120_000); // axe also walks a lesson's widget iframe; slow on a loaded 2-core box
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    // Settle: network quiet (Next prefetches links) or 10 s, whichever comes first.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    for (const scheme of schemes(path)) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const problems = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(problems, `${scheme}: ${problems.join('\n')}`).toEqual([]);
    }
  });
}
