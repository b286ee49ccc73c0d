import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { createRandom } from '@/lib/math';
import { hostilePayload, hostileQuery, hostileSet, invalidNotice, type HostileSet } from '@/lib/params/hostile-sets';
import type { Knob } from '@/lib/params/knobs';
import { RUN_KNOBS } from '@/lib/params/run-knobs';
import { WIDGETS as REGISTRY } from '@/lib/widgets/registry';
import { ofType, openHost, postToFrame, serveHostPages } from './embed-host';
import { watchErrors } from './helpers';

/**
 * Hostile URL parameters and `set-state` payloads in the browser. The parsing itself (hundreds of
 * hostile sets and arbitrary Unicode per widget, through the same sanitiser and parsers) is
 * unit-tested in lib/widgets/hostile-params.test.ts; here each widget is loaded a few times only
 * and checks what needs a browser: the page and the embed render the widget with a notice naming
 * the bad knob, no dialog opens, nothing throws, and no parameter runs as script — first from a
 * hostile URL, then for a run of hostile sets sent by a host page through `set-state`.
 */
const RUN_KEYS = new Set<string>(RUN_KNOBS.map((k) => k.key));
const WIDGETS: Array<{ id: string; page: string; embed: string; knobs: readonly Knob[]; text: string[] }> = REGISTRY.map((w) => ({
  id: w.id,
  page: w.page,
  embed: w.embed,
  // a trained widget's run options are knobs of its URL too
  knobs: w.trains ? [...w.knobs, ...RUN_KNOBS] : w.knobs,
  // free-text names: what the widget reads besides knobs and run options, and the embed's own
  text: [...w.extraKeys.filter((k) => !RUN_KEYS.has(k)), 'preset', 'lock'],
}));

/** Hostile sets a host sends to one loaded embed. */
const SET_STATES = 12;

serveHostPages();

const pwned = (target: Page | FrameLocator) =>
  'evaluate' in target
    ? target.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
    : target.locator('html').evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

const noticesOf = (target: Page | FrameLocator) => target.locator('[data-testid="notices"], [data-testid="search-notices"], [data-testid="frame-notices"]');

async function expectSurvivesLoad(page: Page, id: string, url: string, set: HostileSet) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId(id), url).toBeVisible();
  const notices = noticesOf(page);
  await expect(notices.first(), url).toBeVisible();
  await expect.poll(async () => (await notices.allInnerTexts()).join('\n'), { message: url }).toMatch(invalidNotice(set.invalid));
  expect(await pwned(page), url).toBeUndefined();
}

for (const widget of WIDGETS) {
  test(`${widget.id}: hostile URLs on the page and the embed, then ${SET_STATES} hostile set-state messages, each render the widget with a notice`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const { expectNoErrors } = watchErrors(page);
    const rng = createRandom(20261122 + widget.id.length);
    for (const path of [widget.page, widget.embed]) {
      const set = hostileSet(rng, widget.knobs, widget.text);
      await expectSurvivesLoad(page, widget.id, `${path}?${hostileQuery(set)}`, set);
    }

    const { frame } = await openHost(page, baseURL, widget.embed);
    await expect(frame.getByTestId(widget.id)).toBeVisible();
    await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
    for (let i = 0; i < SET_STATES; i++) {
      const set = hostileSet(rng, widget.knobs, widget.text);
      const query = hostileQuery(set);
      const before = (await ofType(page, 'notice')).length;
      await postToFrame(page, { type: 'set-state', payload: hostilePayload(set, { sendable: true }) });
      // The frame answers every set-state that changed something with the notices it applied.
      await expect.poll(async () => (await ofType(page, 'notice')).length, { message: query }).toBeGreaterThan(before);
      const sent = ((await ofType(page, 'notice')).at(-1)?.data.payload.notices ?? []) as string[];
      expect(sent.join('\n'), query).toMatch(invalidNotice(set.invalid));
      await expect(frame.getByTestId(widget.id), query).toBeVisible();
      // What the host was told is what the learner reads in the frame.
      const shown = noticesOf(frame);
      for (const notice of sent) await expect.poll(async () => (await shown.allTextContents()).join('\n'), { message: query }).toContain(notice);
      expect(await pwned(frame), query).toBeUndefined();
    }
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expectNoErrors();
  });
}
