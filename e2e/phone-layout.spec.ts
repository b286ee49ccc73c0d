import { expect, test, type Locator, type Page } from '@playwright/test';

// Issue 21 item 5: on a 390 px phone the charts started 1,500–2,600 px below the Train button, so a
// learner never saw a knob and its effect together. The main chart is now pinned at the top
// (PinnedView) and a knob brought into view by the keyboard must land below it, not under it (the
// failure of an earlier attempt).
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 390, height: 844 } });

type Playground = { name: string; path: string; id: string; train?: (page: Page) => Promise<void> };

const trainUntilStep = (steps: number) => async (page: Page) => {
  await expect(page.getByTestId('play')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await page.locator('[data-step]').first().getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(steps);
};

const PLAYGROUNDS: Playground[] = [
  { name: 'MoE Playground', path: '/playground/moe?seed=3', id: 'moe-playground', train: trainUntilStep(50) },
  { name: 'Tiny Transformer', path: '/playground/transformer?task=copy&seed=3', id: 'tiny-transformer', train: trainUntilStep(5) },
  {
    name: 'Ensembles Lab',
    path: '/playground/ensembles?members=3&seed=3',
    id: 'ensemble-lab',
    train: async (page) => expect(page.getByTestId('ensemble-lab')).toHaveAttribute('data-status', 'ready', { timeout: 150_000 }),
  },
  { name: 'Routing Lab', path: '/playground/routing', id: 'routing-lab' },
  { name: 'Attention Explorer', path: '/playground/attention', id: 'attention-explorer' },
  { name: 'LLM Calculator', path: '/playground/calculator', id: 'llm-calculator' },
  {
    // from scratch: a checkpoint fixes the model's shape, and its shape sliders are disabled
    name: 'MoE Language Model',
    path: '/playground/moe-lm?checkpoint=scratch&backend=wasm',
    id: 'moe-lm',
    train: async (page) => expect(page.getByTestId('moe-lm')).not.toHaveAttribute('data-heldout-bpc', '', { timeout: 90_000 }),
  },
];

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => {
  const b = await l.boundingBox();
  expect(b, 'rendered').not.toBeNull();
  return b!;
};

/** Focuses a slider from far away (the browser scrolls it into view), nudges it with the keyboard and checks what is on screen. */
async function nudge(page: Page, knob: Locator, from: 'top' | 'bottom' | 'under') {
  if (from === 'under') {
    // The knob partly under the pinned chart, as scrolling down past it leaves it: the browser
    // does not scroll for an element already on screen, so this is where a knob hid before.
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await knob.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const chartHeight = await page.getByTestId('pinned-view').evaluate((el) => el.getBoundingClientRect().height);
    await page.evaluate((y) => window.scrollTo(0, y), top - chartHeight + 20);
  } else {
    await page.evaluate((where) => window.scrollTo(0, where === 'top' ? 0 : document.documentElement.scrollHeight), from);
  }
  const slider = knob.locator('input[type="range"]');
  const before = await slider.inputValue();
  await slider.focus();
  // Up, or down where up does nothing (at its maximum, or a knob whose next step is not allowed).
  await page.keyboard.press('ArrowRight');
  if ((await slider.inputValue()) === before) await page.keyboard.press('ArrowLeft');
  await expect(slider).not.toHaveValue(before);
  await expect(slider).toBeFocused();
  // Let a smooth scroll or a re-layout after the change settle.
  await page.waitForTimeout(300);
  const viewport = page.viewportSize()!;
  const chart = await box(page.getByTestId('pinned-view'));
  const control = await box(knob);
  const label = await knob.getAttribute('data-knob');
  for (const [what, b] of [['chart', chart], [`knob ${label}`, control]] as const) {
    expect(b.y, `${what} top is on screen (from the ${from})`).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, `${what} bottom is on screen (from the ${from})`).toBeLessThanOrEqual(viewport.height);
  }
  expect(chart.height, 'the pinned chart leaves room for the knobs').toBeLessThanOrEqual(viewport.height * 0.45 + 1);
  const overlap = Math.min(chart.y + chart.height, control.y + control.height) - Math.max(chart.y, control.y);
  expect(overlap, `knob ${label} is not under the chart (from the ${from})`).toBeLessThanOrEqual(0);
  // The element on top at the slider's centre is the slider itself, not the pinned chart.
  const hit = await slider.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
  });
  expect(hit, `knob ${label} is not covered`).toBe(true);
}

for (const pg of PLAYGROUNDS) {
  test(`${pg.name} at 390 px: a knob changed by keyboard and the main chart are on screen together, without overlap`, async ({ page }) => {
    await page.goto(pg.path);
    await expect(page.getByTestId(pg.id)).toBeVisible();
    if (pg.train) await pg.train(page);
    const knobs = page.locator('.widget__controls [data-knob]:has(input[type="range"])');
    expect(await knobs.count()).toBeGreaterThan(1);
    // The chart comes before the knobs, right under the widget's toolbar.
    const chart = await box(page.getByTestId('pinned-view'));
    expect(chart.y, 'the chart starts near the top of the page').toBeLessThan(900);
    await nudge(page, knobs.first(), 'bottom');
    await nudge(page, knobs.last(), 'top');
    await nudge(page, knobs.nth(1), 'under');
  });
}

test('the pinned layout is for phones only: on a wide screen the chart stays in its column and the header sticks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/playground/routing');
  await expect(page.getByTestId('routing-lab')).toBeVisible();
  expect(await page.getByTestId('pinned-view').evaluate((el) => getComputedStyle(el).display)).toBe('contents');
  expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
});
