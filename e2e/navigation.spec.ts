import { expect, test, type Page, type Route } from '@playwright/test';

test('the header leads to every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, path, heading] of [
    ['Learn', '/learn', 'Lessons'],
    ['Playgrounds', '/playground', 'Playgrounds'],
    ['Quiz', '/quiz', 'Quiz'],
    ['Practice', '/practice', 'Practice'],
    ['Progress', '/progress', 'Progress'],
  ] as const) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  await page.getByRole('link', { name: 'MoE Lab home' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the home page leads into the path of lessons in order', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.lesson-card');
  await expect(cards.first()).toContainText('Lesson 1');
  await expect(cards.first()).toContainText(/\d+ min read/);
  await page.getByRole('link', { name: 'Start the first lesson' }).click();
  await expect(page.getByTestId('lesson')).toBeVisible();
  await expect(page.getByText('Lesson 1 ·')).toBeVisible();
});

test('previous and next links walk the lessons in order', async ({ page }) => {
  await page.goto('/learn');
  const titles = await page.locator('.lesson-card__title').allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  await page.getByRole('link', { name: titles[0] }).click();
  const pager = page.getByRole('navigation', { name: 'Lesson navigation' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  for (let i = 1; i < titles.length; i++) {
    await pager.getByRole('link', { name: new RegExp(`Next`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: titles[i] })).toBeVisible();
  }
  await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Previous/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: titles[titles.length - 2] })).toBeVisible();
});

test('at 360 px every section link fits in the header without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Learn', 'Playgrounds', 'Quiz', 'Practice', 'Progress']) await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport({ ratio: 1 });
});

test('pages are prefetched when the learner reaches for a link, not when it scrolls into view', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('_rsc=')) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(prefetched).toEqual([]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz', exact: true }).hover();
  await expect.poll(() => prefetched.some((path) => path.startsWith('/quiz/'))).toBe(true);
  expect(prefetched.every((path) => path.startsWith('/quiz/'))).toBe(true);
});

// A lesson's prose travels once: in the document. Its RSC payload names each static island by a
// content hash, and a lesson rendered on the client takes the islands' HTML from the lesson's document.
const islandsOnPage = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('.prose [data-island]'), (el) => [el.getAttribute('data-island'), el.innerHTML] as const));

test('a lesson reached by client navigation, back and forward shows the same prose as when loaded', async ({ page, browser }) => {
  const loaded = async (path: string) => {
    const fresh = await browser.newPage();
    await fresh.goto(path);
    const islands = await islandsOnPage(fresh);
    await fresh.close();
    return islands;
  };
  const [first, second] = [await loaded('/learn/why-attention'), await loaded('/learn/serving-moe')];
  expect(first.length).toBeGreaterThan(5);
  expect([...first, ...second].every(([, html]) => html.length > 0)).toBe(true);

  await page.goto('/learn/why-attention');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const sameDocument = () => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
  await page.getByRole('navigation', { name: 'Lesson navigation' }).getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Serving and scaling MoE' })).toBeVisible();
  expect(await islandsOnPage(page)).toEqual(second);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Why attention is built this way' })).toBeVisible();
  expect(await islandsOnPage(page)).toEqual(first);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Serving and scaling MoE' })).toBeVisible();
  expect(await islandsOnPage(page)).toEqual(second);
  expect(await sameDocument()).toBe(true);
});

for (const [failure, handle] of [
  ['cannot be fetched', (route: Route) => route.abort()],
  ['is from another build', (route: Route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><p data-island="stale">old</p>' })],
] as const) {
  test(`a lesson whose document ${failure} during client navigation is loaded as a document instead`, async ({ page }) => {
    // only the islands' own request: a GET of the lesson's document from a script (Next's router sends a HEAD)
    await page.route('**/learn/serving-moe', (route) => (route.request().resourceType() === 'fetch' && route.request().method() === 'GET' ? handle(route) : route.fallback()));
    await page.goto('/learn/why-attention');
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    // a client navigation loads no document: this event comes only from the fallback
    const documentLoaded = page.waitForEvent('domcontentloaded');
    await page.getByRole('navigation', { name: 'Lesson navigation' }).getByRole('link', { name: /Next/ }).click();
    await documentLoaded;
    await expect(page.getByRole('heading', { level: 1, name: 'Serving and scaling MoE' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    const islands = await islandsOnPage(page);
    expect(islands.length).toBeGreaterThan(5);
    expect(islands.every(([, html]) => html.length > 0)).toBe(true);
  });
}
