import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { messages, ofType, openHost, postToFrame, serveHostPages } from './embed-host';

serveHostPages();

test('the host receives ready, resize and state; set-state changes the widget and clamps with a notice', async ({ page, baseURL }) => {
  const { site, frame } = await openHost(page, baseURL, '/embed/routing-lab?experts=6&theme=dark');
  await expect(frame.getByTestId('routing-lab')).toBeVisible();
  await expect.poll(async () => (await ofType(page, 'state')).length).toBeGreaterThan(0);
  const all = await messages(page);
  expect(all.every((m) => m.origin === site && m.data.widget === 'routing-lab')).toBe(true);
  expect((await ofType(page, 'ready'))[0].data.payload).toEqual({ version: 1 });
  expect(Number((await ofType(page, 'resize')).at(-1)?.data.payload.height)).toBeGreaterThan(400);
  const state = (await ofType(page, 'state'))[0].data.payload as { params: Record<string, unknown>; query: string };
  expect(state.query).toBe('experts=6');
  expect(state.params).toMatchObject({ experts: 6, k: 2, mode: 'top-k', seed: 1 });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');

  await postToFrame(page, { type: 'set-state', payload: { experts: 99, k: 3, mode: 'expert-choice' } });
  await expect(frame.getByTestId('routing-lab')).toHaveAttribute('data-params', /"experts":16,"k":3,"mode":"expert-choice"/);
  await expect(frame.getByTestId('notices')).toContainText('Experts N: "99" is outside 2–16; using 16.');
  await expect.poll(async () => (await ofType(page, 'state')).at(-1)?.data.payload.params).toMatchObject({ experts: 16, k: 3, mode: 'expert-choice' });
  // The reply names what was applied, and the clamp notice is on screen once (the widget's).
  expect((await ofType(page, 'state')).at(-1)?.data.payload.query).toBe('experts=16&k=3&mode=expert-choice');
  await expect(frame.getByText('Experts N: "99" is outside 2–16; using 16.')).toHaveCount(1);
  await expect(frame.getByTestId('frame-notices')).toHaveCount(0);
  const notice = (await ofType(page, 'notice')).at(-1);
  expect(notice?.data.payload.notices).toEqual(['Experts N: "99" is outside 2–16; using 16.']);

  // Unknown keys and markup are refused; a message from the frame itself (not its parent) is ignored.
  await postToFrame(page, { type: 'set-state', payload: { k: 1, nope: 1, text: '<img src=x onerror=alert(1)>' } });
  await expect(frame.getByTestId('frame-notices')).toContainText('set-state: "nope" is not a parameter of this widget; ignored.');
  await expect(frame.getByTestId('frame-notices')).toContainText('set-state: text: "<img src=x onerror=alert…" looks like markup or a script; ignored.');
  await expect(frame.getByTestId('routing-lab')).toHaveAttribute('data-params', /"k":1,/);
  await frame.locator('body').evaluate(() => window.postMessage({ type: 'set-state', payload: { k: 4 } }, '*'));
  await page.waitForTimeout(300);
  await expect(frame.getByTestId('routing-lab')).toHaveAttribute('data-params', /"k":1,/);
});

test('lock hides the locked knobs, also after the learner changes the state', async ({ page, baseURL }) => {
  const { frame } = await openHost(page, baseURL, '/embed/routing-lab?lock=k,model,nope');
  await expect(frame.locator('[data-knob="experts"]')).toBeVisible();
  await expect(frame.locator('[data-knob="k"]')).toHaveCount(0);
  await expect(frame.getByTestId('calculator')).toHaveCount(0);
  await expect(frame.getByTestId('search-notices')).toContainText('lock: "nope" is not a knob of this widget; ignored.');
  await frame.getByRole('button', { name: 'Switch (K = 1, CF 1.25)' }).click();
  await expect.poll(async () => (await ofType(page, 'state')).at(-1)?.data.payload.params).toMatchObject({ k: 1, capacity: 1.25 });
  await expect(frame.locator('[data-knob="k"]')).toHaveCount(0);
  await expect(frame.locator('[data-knob="experts"]')).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open in MoE Lab/ })).toHaveAttribute('href', /^\/playground\/routing\?k=1/);
});

test('preset= configures the MoE Playground, autoplay trains and until pauses, lock hides the presets', async ({ page, baseURL }) => {
  const { frame } = await openHost(page, baseURL, '/embed/moe-playground?preset=collapse&experts=4&autoplay=1&until=20&lock=preset,lambda');
  const widget = frame.getByTestId('moe-playground');
  await expect(widget).toHaveAttribute('data-params', /"experts":4,"k":1,"lambda":0,/);
  await expect(widget).toHaveAttribute('data-step', '20', { timeout: 60_000 });
  await expect(widget).toHaveAttribute('data-status', 'paused');
  await expect(frame.getByRole('button', { name: 'Router collapse (λ = 0)' })).toHaveCount(0);
  await expect(frame.locator('[data-knob="lambda"]')).toHaveCount(0);
  const state = (await ofType(page, 'state')).at(-1)?.data.payload.params;
  expect(state).toMatchObject({ experts: 4, k: 1, lambda: 0, autoplay: true, until: 20 });
});

test('a quiz embed reports each answer as result with the running score and an xAPI statement', async ({ page, baseURL }) => {
  const { site, frame } = await openHost(page, baseURL, '/embed/quiz/moe-routing?ids=mr-acronym-trap,no-such-id,mr-origin-trap');
  await expect(frame.getByTestId('search-notices')).toContainText('ids: "no-such-id" is not a question of this set; ignored.');
  await expect(frame.getByTestId('embed-quiz')).toHaveAttribute('data-count', '2');
  await expect(frame.getByTestId('question')).toHaveAttribute('data-question-id', 'mr-acronym-trap');
  await frame.getByRole('radio', { name: /^Mixture of Experts; it replaces the FFN/ }).check();
  await frame.getByRole('button', { name: 'Check answer' }).click();
  await frame.getByRole('button', { name: 'Next question' }).click();
  await expect(frame.getByTestId('question')).toHaveAttribute('data-question-id', 'mr-origin-trap');
  await frame.getByRole('radio', { name: /^Breiman in 1996/ }).check();
  await frame.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(async () => (await ofType(page, 'result')).length).toBe(2);
  const [first, second] = (await ofType(page, 'result')).map((m) => m.data);
  expect(first.widget).toBe('quiz');
  expect(first.payload).toMatchObject({ set: 'moe-routing', questionId: 'mr-acronym-trap', correct: true, skipped: false, score: { correct: 1, answered: 1, total: 2 } });
  expect(second.payload).toMatchObject({ questionId: 'mr-origin-trap', correct: false, score: { correct: 1, answered: 2, total: 2 } });
  expect(second.payload.statement).toMatchObject({
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    object: { id: `${site}/quiz/moe-routing#mr-origin-trap` },
    result: { success: false, completion: true, score: { raw: 1, min: 0, max: 2, scaled: 0.5 } },
  });
  expect(second.payload.statement).not.toHaveProperty('actor');
  await frame.getByRole('button', { name: 'See your score' }).click();
  await expect(frame.getByTestId('session-summary')).toContainText('1 of 2 correct.');
});

test('set-theme from the host repaints the frame and wins over theme= and the system; a bad theme is refused with a notice', async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const { frame } = await openHost(page, baseURL, '/embed/routing-lab?theme=light');
  await expect(frame.getByTestId('routing-lab')).toBeVisible();
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBeGreaterThan(0);
  const html = frame.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await postToFrame(page, { type: 'set-theme', payload: { theme: 'dark' } });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(15, 17, 23)');
  // auto follows the visitor's system again, live.
  await postToFrame(page, { type: 'set-theme', payload: { theme: 'auto' } });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await postToFrame(page, { type: 'set-theme', payload: { theme: 'sepia' } });
  await expect(frame.getByTestId('frame-notices')).toContainText('set-theme: the message was ignored');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('embed.js resizes the frame to the height it reports', async ({ page, baseURL }) => {
  await openHost(page, baseURL, '/embed/routing-lab', { script: true, height: 150 });
  await expect.poll(async () => (await ofType(page, 'resize')).length).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const last = Number((await ofType(page, 'resize')).at(-1)?.data.payload.height);
      const actual = await page.locator('#lab').evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(actual - last) <= 1 && actual > 400;
    })
    .toBe(true);
});

// Issue 21 item 8: below the fold the quiz posted only {height: 101} (2 of 6 loads) and stayed
// 101 px tall until scrolled to: Chromium does not run ResizeObserver in an out-of-view cross-origin frame.
test('a quiz embed below the fold gets its full height without being scrolled to', async ({ page, baseURL }) => {
  for (let load = 0; load < 4; load++) {
    const { frame } = await openHost(page, baseURL, '/embed/quiz/moe-routing', { script: true, height: 640, above: 3000 });
    await expect(frame.getByTestId('question')).toBeAttached();
    await expect
      .poll(async () => page.locator('#lab').evaluate((f) => f.getBoundingClientRect().height), { timeout: 5000, message: `load ${load}` })
      .toBeGreaterThan(400);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }
});

// Issue 20 item 10: a cross-site frame gets no storage in this Chromium, and said nothing about it.
test('a cross-site quiz embed without storage says that answers are kept in memory only', async ({ page, baseURL }) => {
  const { frame } = await openHost(page, baseURL, '/embed/quiz/moe-routing', { height: 800 });
  await expect(frame.getByTestId('question')).toBeVisible();
  const stores = await frame.locator('body').evaluate(() => {
    try {
      window.localStorage.setItem('moe-lab:probe', '1');
      window.localStorage.removeItem('moe-lab:probe');
      return true;
    } catch {
      return false;
    }
  });
  expect(stores, 'the cross-site frame has storage here: this test no longer shows the fallback').toBe(false);
  await expect(frame.getByTestId('storage-notice')).toHaveText(/kept in memory only/);
  await expect(frame.getByTestId('storage-notice').getByRole('link')).toHaveCount(0);
});

test('a parameter carrying <script> or javascript: is neutralised with a notice', async ({ page, baseURL }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const text = encodeURIComponent('<script>window.parent.pwned=1;alert(1)</script> the cat sat down');
  const { frame } = await openHost(page, baseURL, `/embed/routing-lab?text=${text}&source=javascript:alert(1)&theme=<b>x</b>`);
  await expect(frame.getByTestId('routing-lab')).toBeVisible();
  const notices = frame.getByTestId('search-notices');
  await expect(notices).toContainText('text: "<script>window.parent.pw…" looks like markup or a script; ignored.');
  await expect(notices).toContainText('source: "javascript:alert(1)" looks like markup or a script; ignored.');
  await expect(frame.getByTestId('routing-lab')).toHaveAttribute('data-params', /"source":"sentence"/);
  await expect(frame.getByTestId('token').first()).toHaveAccessibleName(/^1 The:/);
  expect(await frame.locator('script:not([src])').evaluateAll((s) => s.some((el) => el.textContent?.includes('pwned')))).toBe(false);
  await expect(frame.getByTestId('search-notices')).toContainText('theme: "<b>x</b>" looks like markup or a script; ignored.');
  expect(await frame.locator('b', { hasText: /^x$/ }).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('the Embed dialog builds the snippet for the current state, previews it and copies it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/playground/routing?experts=6');
  await page.getByRole('button', { name: 'Switch (K = 1, CF 1.25)' }).click();
  await expect(page).toHaveURL(/k=1/);
  const button = page.getByTestId('embed-button');
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed in your page' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Top-K', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Preset buttons' }).check();
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Height in pixels').fill('700');
  const site = new URL(baseURL ?? '').origin;
  const query = new URL(page.url()).search.slice(1);
  const src = `${site}/embed/routing-lab?${query}&lock=k%2Cpreset&theme=dark`;
  const expected = `<iframe src="${src.replace(/&/g, '&amp;')}" title="Routing Lab" width="100%" height="700" style="border:0;max-width:100%" loading="lazy"></iframe>\n<script src="${site}/embed.js" async></script>`;
  expect(query).toMatch(/experts=6/);
  await expect(dialog.getByTestId('embed-snippet')).toHaveValue(expected);
  await expect(dialog.getByTestId('embed-preview')).toHaveAttribute('src', src);
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('routing-lab')).toHaveAttribute('data-params', /"experts":6,"k":1,/);
  await expect(preview.locator('[data-knob="k"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="embed-dialog"]').exclude('[data-testid="embed-preview"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await expect(dialog.getByTestId('embed-copy')).toBeVisible();
  await dialog.getByTestId('embed-copy').click();
  await expect(dialog.getByTestId('embed-copied')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('the quiz page has an Embed button for its set', async ({ page, baseURL }) => {
  await page.goto('/quiz/moe-routing');
  await page.getByTestId('embed-button').click();
  const site = new URL(baseURL ?? '').origin;
  await expect(page.getByTestId('embed-snippet')).toHaveValue(new RegExp(`^<iframe src="${site}/embed/quiz/moe-routing" `));
  await expect(page.frameLocator('[data-testid="embed-preview"]').getByTestId('question')).toBeVisible();
});
