import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One test per route and theme, from the built sitemap, so they spread over the workers.
const sitemap = fs.readFileSync('out/sitemap.xml', 'utf8');
const PATHS = [...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname), '/embed/moe-playground', '/embed/routing-lab', '/embed/attention-explorer', '/no-such-page'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PATHS) {
    test(`no serious or critical axe violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const problems = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}
