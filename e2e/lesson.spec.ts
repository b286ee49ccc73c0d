import { expect, test } from '@playwright/test';

const LESSON = '/learn/scaled-dot-product-attention';

test('a lesson renders its math with KaTeX and no math errors', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { level: 1, name: 'Scaled dot-product attention' })).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(10);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await expect(page.locator('.katex-display').first()).toBeVisible();
});

test('the worked example shows weights computed at build time', async ({ page }) => {
  await page.goto(LESSON);
  const example = page.getByTestId('attention-example').first();
  // softmax((2, 0, 1) / 2) = (0.506, 0.186, 0.307): the first row of the weight matrix.
  await expect(example.locator('.katex-mathml').nth(3)).toContainText('0.506');
  await expect(example.locator('.katex-mathml').nth(3)).toContainText('0.307');
});

test('the table of contents links to sections that exist', async ({ page }) => {
  await page.goto(LESSON);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^#/);
    await expect(page.locator(href!)).toHaveCount(1);
  }
  // the entry typesets √d_k with KaTeX, so its accessible name comes from MathML: find it by its text
  const entry = toc.getByRole('link', { name: /^Why divide by/ });
  await expect(entry.locator('.katex')).toHaveCount(1);
  await entry.click();
  await expect(page).toHaveURL(/#why-divide-by-d_k$/);
  await expect(page.locator('#why-divide-by-d_k')).toBeInViewport();
});

test('references are a list of working https links', async ({ page }) => {
  await page.goto(LESSON);
  const refs = page.getByRole('region', { name: 'References' }).getByRole('listitem');
  await expect(refs.first()).toContainText('Vaswani');
  await expect(refs.first().getByRole('link', { name: 'Attention Is All You Need' })).toHaveAttribute('href', 'https://arxiv.org/abs/1706.03762');
});

test('a lesson reads well at phone width: no horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(LESSON);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
