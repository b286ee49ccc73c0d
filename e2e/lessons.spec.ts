import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { scrollToLessonWidget, watchErrors } from './helpers';

/** Every lesson of the path, in order; lessons 1–3 may show a computed attention example instead of a widget. */
const LESSONS = [
  'next-token-prediction',
  'scaled-dot-product-attention',
  'multi-head-attention',
  'mixture-of-experts',
  'load-balancing',
  'capacity-and-parallelism',
  'modern-moe-llms',
  'ensembles',
  'moe-vs-ensembles',
  'interview-review',
  'attention-at-inference',
  'why-attention',
  'serving-moe',
  'ensembles-practice',
];

for (const [index, slug] of LESSONS.entries()) {
  test(`lesson ${index + 1} (${slug}) renders math, questions and a widget without errors`, async ({ page }) => {
    const watcher = watchErrors(page);
    await page.setViewportSize({ width: 412, height: 823 }); // Lighthouse's phone
    const response = await page.goto(`/learn/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // As loaded, off-screen chunks skipped (routes.spec audits them laid out): no click target may
    // read as obscured or too small, as it did inside a skipped chunk.
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    expect(await page.getByTestId('check-yourself').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('question').count()).toBeGreaterThanOrEqual(3);
    const widgets = await page.getByTestId('lesson-widget').count();
    const examples = index < 3 ? await page.getByTestId('attention-example').count() : 0;
    expect(widgets + examples).toBeGreaterThanOrEqual(1);
    await page.waitForLoadState('networkidle');
    // A widget's frame is created when the learner scrolls near it, with its title and route, and the widget renders in it.
    for (const widget of await page.getByTestId('lesson-widget').all()) {
      const frame = await scrollToLessonWidget(widget);
      await expect(frame).toHaveAttribute('title', /\S/);
      await expect(frame).toHaveAttribute('src', /^\/embed\/[a-z-]+/);
      const id = (await widget.getAttribute('data-widget-id')) ?? '';
      await expect(widget.frameLocator('iframe').getByTestId(id)).toBeVisible({ timeout: 30_000 });
    }
    watcher.expectNoErrors();
  });

  test(`lesson ${index + 1} (${slug}): every internal link and anchor resolves`, async ({ page }) => {
    await page.goto(`/learn/${slug}`);
    const hrefs = await page
      .locator('.prose a[href^="/"], .prose a[href^="#"]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
    // Every target page once; its ids are in the static HTML the server sends.
    const idsOf = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const [path, anchor] = href.split('#');
      const target = path || `/learn/${slug}`;
      if (!idsOf.has(target)) {
        const response = await page.request.get(target);
        expect(response.status(), href).toBe(200);
        idsOf.set(target, new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      }
      if (anchor) expect(idsOf.get(target)!.has(anchor), `${href}: no element with id "${anchor}"`).toBe(true);
    }
    // And the anchors of this page exist once the page has rendered.
    for (const href of hrefs.filter((h) => h.startsWith('#'))) await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
  });

}

test('"Show answer" reveals the answer and its explanation', async ({ page }) => {
  await page.goto('/learn/mixture-of-experts');
  const question = page.locator('[data-question-id="mr-top2-renorm"]');
  await expect(question).toBeVisible();
  await expect(question.getByText('Answer: 0.731')).toBeHidden();
  await question.getByText('Show answer').click();
  await expect(question.getByText('Answer: 0.731')).toBeVisible();
  await expect(question.getByText(/Keep experts 0 and 1 and renormalise/)).toBeVisible();
  await expect(question.getByRole('link', { name: /Practise more/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Practise more: Mixture-of-experts routing' }).first()).toHaveAttribute('href', '/quiz/moe-routing');
});

test('lesson 5 opens the MoE Playground on the Router collapse preset, in a frame and full screen', async ({ page }) => {
  await page.goto('/learn/load-balancing');
  const widget = page.getByTestId('lesson-widget').first();
  // Three sections down, the frame waits for the learner: a placeholder of its size, no page loaded.
  await page.waitForLoadState('networkidle');
  await expect(widget.getByTestId('lazy-frame')).toContainText('loads when you scroll to it');
  await expect(widget.locator('iframe')).toHaveCount(0);
  await scrollToLessonWidget(widget);
  const playground = widget.frameLocator('iframe').getByTestId('moe-playground');
  await expect(playground).toBeVisible({ timeout: 30_000 });
  const params = JSON.parse((await playground.getAttribute('data-params')) ?? '{}');
  expect(params).toMatchObject({ experts: 8, k: 1, lambda: 0, capacity: 0, noise: false, renorm: false });
  const full = widget.getByRole('link', { name: 'Open full screen' });
  await expect(full).toHaveAttribute('href', '/playground/moe?experts=8&k=1&lambda=0&capacity=0&noise=0&renorm=0');
});

test('a lesson with tables and matrices reads well at phone width: no horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const slug of ['modern-moe-llms', 'capacity-and-parallelism']) {
    await page.goto(`/learn/${slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, slug).toBeLessThanOrEqual(0);
  }
});

// Issue 21 item 4: a fixed 900 px frame cut the MoE Playground (~2,400 px of content) off, and the
// frame stayed light when the page went dark.
test('a lesson widget frame grows to its content (no inner scrollbar) and follows the theme toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/learn/mixture-of-experts');
  const widget = page.getByTestId('lesson-widget').first();
  const frame = await scrollToLessonWidget(widget);
  await expect(frame).toHaveAttribute('src', /[?&]theme=light(&|$)/);
  const inner = widget.frameLocator('iframe');
  await expect(inner.getByTestId('moe-playground')).toBeVisible({ timeout: 30_000 });
  const content = async () => {
    const handle = await frame.elementHandle();
    const doc = await handle!.contentFrame();
    return doc!.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  };
  await expect.poll(async () => { const c = await content(); return c.client >= c.scroll; }, { timeout: 15_000 }).toBe(true);
  const sized = await content();
  expect(sized.client, 'the frame grew past the old fixed 900 px').toBeGreaterThan(1200);
  expect(Math.round((await frame.boundingBox())!.height)).toBeGreaterThanOrEqual(sized.scroll);

  const html = inner.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await inner.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(15, 17, 23)');
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  // Still whole after the repaint.
  const after = await content();
  expect(after.client).toBeGreaterThanOrEqual(after.scroll);
});

test('a lesson widget frame opens in the dark theme on a dark page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/learn/load-balancing');
  const widget = page.getByTestId('lesson-widget').first();
  const frame = await scrollToLessonWidget(widget);
  await expect(frame).toHaveAttribute('src', /[?&]theme=dark(&|$)/);
  await expect(widget.frameLocator('iframe').locator('html')).toHaveAttribute('data-theme', 'dark');
});

// Issue 21 item 6: at 390 px, 24 of 31 display formulas of load-balancing (17 of 17 in
// mixture-of-experts) were wider than the screen and scrolled with no visible cue.
test('formulas on a 390 px phone: long ones are broken into lines, what still scrolls shows a cue, inline math never breaks inside a token', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const bounds = { 'load-balancing': 2, 'mixture-of-experts': 1 };
  for (const [slug, most] of Object.entries(bounds)) {
    await page.goto(`/learn/${slug}`);
    const r = await page.evaluate(() => {
      // Lay out every section, as scrolling through the lesson would.
      document.querySelectorAll<HTMLElement>('.lesson-chunk').forEach((c) => (c.style.contentVisibility = 'visible'));
      const scrollers = [...document.querySelectorAll<HTMLElement>('.math-display, .katex-display')].filter((el) => !el.parentElement?.closest('.math-display'));
      const wide = scrollers.filter((el) => el.scrollWidth > el.clientWidth + 1);
      const cued = (el: HTMLElement) => {
        const style = getComputedStyle(el);
        return /radial-gradient/.test(style.backgroundImage) && /local/.test(style.backgroundAttachment) && style.overflowX === 'auto';
      };
      const inline = [...document.querySelectorAll<HTMLElement>('.prose .katex')].filter((k) => !k.closest('.katex-display'));
      return {
        total: scrollers.length,
        wide: wide.map((el) => `${el.scrollWidth}/${el.clientWidth} ${el.querySelector('annotation')?.textContent?.slice(0, 60)}`),
        uncued: wide.filter((el) => !cued(el)).length,
        inline: inline.length,
        // A sub- or superscript on another line than the symbol it belongs to (a token split).
        broken: inline
          .filter((k) =>
            [...k.querySelectorAll<HTMLElement>('.msupsub')].some((script) => {
              const nucleus = script.previousElementSibling?.getBoundingClientRect();
              const r = script.getBoundingClientRect();
              return nucleus !== undefined && (r.top > nucleus.bottom || r.left < nucleus.left);
            }),
          )
          .map((k) => k.querySelector('annotation')?.textContent),
        // An inline fraction whose box does not push the lines around it apart (it overlapped the line above).
        flatFractions: inline.flatMap((k) => [...k.querySelectorAll<HTMLElement>('.katex-html > .base')].filter((b) => b.querySelector('.mfrac') && getComputedStyle(b).display !== 'inline-block')).length,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(r.total, slug).toBeGreaterThan(10);
    expect(r.uncued, `${slug}: display formulas wider than their box without a scroll cue`).toBe(0);
    expect(r.wide.length, `${slug}: still scrolling:\n${r.wide.join('\n')}`).toBeLessThanOrEqual(most);
    expect(r.inline, slug).toBeGreaterThan(10);
    expect(r.broken, `${slug}: inline formulas broken inside a token`).toEqual([]);
    expect(r.flatFractions, slug).toBe(0);
    expect(r.pageOverflow, `${slug}: no horizontal page scroll`).toBeLessThanOrEqual(0);
  }
});
