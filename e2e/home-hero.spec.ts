import fs from 'node:fs';
import { expect, test } from '@playwright/test';

// The home page's picture (issue 23): the example sentences routed by the balanced checkpoint at
// build time, each character on its expert's colour — there before any script runs, and on a
// phone without sideways scrolling.
const hero = JSON.parse(fs.readFileSync('public/data/moe-lm/hero.json', 'utf8')) as { chars: string[]; numExperts: number; routes: { expert: number }[][] };

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home shows every character of the example text coloured by its layer-1 expert', async ({ page }) => {
    await page.goto('/');
    const figure = page.getByTestId('lm-hero');
    await expect(figure).toBeVisible();
    await expect(figure).toHaveAttribute('data-checkpoint', 'balanced');
    const tokens = figure.getByTestId('routed-token');
    await expect(tokens).toHaveCount(hero.chars.length);
    const experts = await tokens.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-expert'))));
    expect(experts).toEqual(hero.routes.map((r) => r[0].expert));
    // a real router, not one colour: several experts take part
    expect(new Set(experts).size).toBeGreaterThan(2);
    await expect(figure.getByTestId('expert-legend').locator('li')).toHaveCount(hero.numExperts);
  });
});

test('on a 360 px phone the hero fits the width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await expect(page.getByTestId('lm-hero')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
