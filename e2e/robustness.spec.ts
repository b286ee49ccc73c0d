import { expect, test, type Page } from '@playwright/test';
import { createRandom, type Random } from '@/lib/math';
import type { Knob } from '@/lib/params/knobs';
import { RUN_KNOBS } from '@/lib/params/run-knobs';
import { WIDGETS as REGISTRY } from '@/lib/widgets/registry';
import { watchErrors } from './helpers';

/**
 * 100 randomized, hostile URL parameter sets per widget. Every set carries at least one value no
 * knob accepts, so every page must show the widget, a notice naming that knob, no dialog, no
 * uncaught error, and must not run anything a parameter carried.
 */
const RUN_KEYS = new Set<string>(RUN_KNOBS.map((k) => k.key));
const WIDGETS: Array<{ id: string; paths: string[]; knobs: readonly Knob[]; text: string[] }> = REGISTRY.map((w) => ({
  id: w.id,
  paths: [w.embed, w.page],
  // a trained widget's run options are knobs of its URL too
  knobs: w.trains ? [...w.knobs, ...RUN_KNOBS] : w.knobs,
  // free-text names: what the widget reads besides knobs and run options, and the embed's own
  text: [...w.extraKeys.filter((k) => !RUN_KEYS.has(k)), 'preset', 'lock'],
}));

const SETS = 100;

/** Values that no int, number, enum or bool knob accepts. */
const INVALID = [
  'abc', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e308', '', '   ', '0x1G', '1,5', '[1]', '{"a":1}', '💥', 'true false',
  '<script>window.__pwned=1</script>', 'javascript:window.__pwned=1', '"><img src=x onerror="window.__pwned=1">', 'a'.repeat(3000),
];
/** Plausible or borderline values: some valid, some out of range. */
const BORDERLINE = ['0', '-1', '1', '2', '0.5', '3.7', '16', '17', '999999999', '1e-9', '0.0001', '10', 'on', 'off', 'spiral', 'top-k'];
/** Payloads for free-text parameters: they may be accepted as text, never run. */
const TEXT = ['<script>window.__pwned=1</script>', 'javascript:window.__pwned=1', '<img src=x onerror="window.__pwned=1">', '"; window.__pwned=1; "', '%E0%A4%A', 'x'.repeat(5000), ''];
const UNKNOWN = ['__proto__', 'constructor', 'toString', 'zzz', ''];

const pick = <T,>(rng: Random, xs: readonly T[]): T => rng.choice(xs);

function hostileSet(rng: Random, knobs: readonly Knob[], text: string[]): { query: string; invalid: Knob } {
  const pairs: Array<[string, string]> = [];
  const invalid = pick(rng, knobs);
  pairs.push([invalid.key, pick(rng, INVALID)]);
  const extra = rng.int(5);
  for (let i = 0; i < extra; i++) {
    const roll = rng.next();
    if (roll < 0.5) pairs.push([pick(rng, knobs).key, pick(rng, rng.next() < 0.5 ? INVALID : BORDERLINE)]);
    else if (roll < 0.7 && text.length > 0) pairs.push([pick(rng, text), pick(rng, TEXT)]);
    else if (roll < 0.85) pairs.push([pick(rng, UNKNOWN), pick(rng, TEXT)]);
    else pairs.push([invalid.key, pick(rng, BORDERLINE)]); // a repeated key
  }
  // Shuffle so the invalid value is not always first (a repeated key keeps the first value).
  const first = pairs.shift()!;
  pairs.splice(rng.int(pairs.length + 1), 0, first);
  const firstOfKey = pairs.find(([k]) => k === invalid.key)!;
  firstOfKey[1] = first[1];
  return { query: pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'), invalid };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectSurvives(page: Page, id: string, url: string, invalid: Knob) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId(id), url).toBeVisible();
  // The knob's own notice names its label; a value that looks like markup is dropped earlier by the
  // embed sanitiser, whose notice names the URL key.
  const notices = page.locator('[data-testid="notices"], [data-testid="search-notices"]');
  await expect(notices.first(), url).toBeVisible();
  await expect.poll(async () => (await notices.allInnerTexts()).join('\n'), { message: url }).toMatch(new RegExp(`${escape(invalid.label)}|^${escape(invalid.key)}:`, 'm'));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), url).toBeUndefined();
}

// Four tests of 25 per widget, so the sets spread over the workers; each chunk has its own seed.
const CHUNKS = 4;

for (const widget of WIDGETS) {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`${widget.id}: hostile URL parameter sets ${chunk * (SETS / CHUNKS) + 1}–${(chunk + 1) * (SETS / CHUNKS)} each render the widget with a notice`, async ({ page }) => {
      test.setTimeout(180_000);
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const { expectNoErrors } = watchErrors(page);
      const rng = createRandom(20261122 + chunk);
      for (let i = 0; i < SETS / CHUNKS; i++) {
        const { query, invalid } = hostileSet(rng, widget.knobs, widget.text);
        await expectSurvives(page, widget.id, `${widget.paths[i % widget.paths.length]}?${query}`, invalid);
      }
      expect(dialogs).toEqual([]);
      expectNoErrors();
    });
  }
}
