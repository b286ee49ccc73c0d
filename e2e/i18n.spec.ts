import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '@/lib/widgets/registry';
import { builtSitemapPaths, watchErrors } from './helpers';
import { PROGRESS_KEY, savedProgress } from './quiz-helpers';

// The Chinese site (/zh/…) on one page in one context, serially: cheap checks on every Chinese
// route, the behaviour (switch, lesson, quiz) once. axe runs on a sample of them in routes.spec.ts.
test.describe.configure({ mode: 'serial' });

const LESSON = '/learn/scaled-dot-product-attention';
const ZH_PAGES = builtSitemapPaths().filter((p) => p === '/zh' || p.startsWith('/zh/'));
const ZH_EMBEDS = [...WIDGETS.filter((w) => w.ready).map((w) => `/zh${w.embed}`), '/zh/embed/quiz/moe-routing'];

let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});
test.afterAll(async () => {
  await page.close();
});

test('the sitemap lists every page in both languages', () => {
  const english = builtSitemapPaths().filter((p) => !ZH_PAGES.includes(p));
  expect(ZH_PAGES.map((p) => p.replace(/^\/zh/, '') || '/').sort()).toEqual([...english].sort());
});

test('the switch goes to the same page in the other language, keeping the hash and query, and is remembered', async () => {
  await page.goto(`${LESSON}?from=test#why-divide-by-d_k`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const toZh = page.getByTestId('language-switch');
  await expect(toZh).toHaveText('中文');
  await toZh.click();
  await expect(page).toHaveURL(`/zh${LESSON}?from=test#why-divide-by-d_k`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // the section keeps its anchor in Chinese (the heading takes the English heading's id)
  await expect(page.locator('#why-divide-by-d_k')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('moe-lab:locale'))).toBe('zh');
  // the choice is remembered: the English home, opened from outside the site, goes to the Chinese one
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const toEn = page.getByTestId('language-switch');
  await expect(toEn).toHaveText('English');
  await toEn.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
});

test('a Chinese lesson renders its math with no KaTeX error, its languages linked', async () => {
  const watcher = watchErrors(page);
  await page.goto(`/zh${LESSON}`);
  await expect(page.locator('h1').first()).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(10);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  // translated, or the English text with a notice that says so
  expect((await page.getByTestId('untranslated').count()) === 0 || (await page.getByTestId('untranslated').isVisible())).toBe(true);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${LESSON}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', new RegExp(`/zh${LESSON}$`));
  // every table-of-contents entry names a section that exists
  for (const href of await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!), href!).toHaveCount(1);
  }
  // site links stay in Chinese
  for (const href of await page.locator('.site-nav a, .pager a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/zh\//);
  watcher.expectNoErrors();
});

test('a Chinese quiz answer is graded and recorded under the shared id (progress is shared)', async () => {
  await page.goto('/zh/quiz/attention');
  await page.evaluate((key) => localStorage.removeItem(key), PROGRESS_KEY);
  await page.reload();
  const question = page.getByTestId('question');
  for (let i = 0; i < 40 && (await question.getAttribute('data-question-id')) !== 'attn-why-scale'; i++) await page.locator('.session__skip').click();
  await expect(question).toHaveAttribute('data-question-id', 'attn-why-scale');
  await question.locator('input[value="b"]').check();
  await question.locator('button[type="submit"]').click();
  await expect(page.getByTestId('feedback')).toHaveAttribute('data-correct', 'true');
  expect((await savedProgress(page))?.attempts.map((a) => [a.questionId, a.correct])).toEqual([['attn-why-scale', true]]);
  // the English progress page counts it
  await page.goto('/progress');
  await expect(page.getByTestId('progress')).toHaveAttribute('data-attempts', '1');
});

test('a page reached by client navigation from a lesson brings its own strings: a quiz set grades in Chinese', async () => {
  // A lesson delivers no UI strings to its client components; the quiz set's come with its payload
  // (lib/i18n/page-messages.ts). The marker survives only if no full load happens on the way.
  const watcher = watchErrors(page);
  await page.goto(`/zh${LESSON}`);
  await page.evaluate((key) => localStorage.removeItem(key), PROGRESS_KEY);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '测验' }).click();
  await expect(page).toHaveURL('/zh/quiz');
  await page.locator('.quiz-sets a[href="/zh/quiz/attention"]').click();
  await expect(page).toHaveURL('/zh/quiz/attention');
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  const question = page.getByTestId('question');
  for (let i = 0; i < 40 && (await question.getAttribute('data-question-id')) !== 'attn-why-scale'; i++) await page.getByRole('button', { name: '跳过此题' }).click();
  await question.locator('input[value="b"]').check();
  await question.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByTestId('feedback')).toContainText('正确');
  watcher.expectNoErrors();
});

test('every Chinese page and embed answers 200 in Chinese with its heading', async () => {
  test.setTimeout(ZH_PAGES.length * 5_000 + 60_000);
  for (const path of [...ZH_PAGES, ...ZH_EMBEDS]) {
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-Hans');
    if (!path.startsWith('/zh/embed/')) await expect(page.locator('h1').first(), path).toBeVisible();
  }
});

test('an English embed with lang=zh becomes the Chinese embed, keeping its other parameters', async () => {
  await page.goto('/embed/quiz/moe-routing?theme=dark&lang=zh#x');
  await expect(page).toHaveURL('/zh/embed/quiz/moe-routing?theme=dark#x');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('an unknown Chinese path answers 404 with a page in Chinese', async () => {
  const response = await page.goto('/zh/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('not-found')).toBeVisible();
  // the header's navigation too: Chinese labels, links to the Chinese pages, the English one hidden
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '课程' })).toHaveAttribute('href', '/zh/learn');
  await expect(nav.getByRole('link', { name: '测验' })).toHaveAttribute('href', '/zh/quiz');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});
