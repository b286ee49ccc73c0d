import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { argmax, hardVote, predictSoftmaxRegression, softVote, weightedAverage, type Matrix } from '../lib/math';
import { watchErrors } from './helpers';

// Training runs in the worker on wasm/cpu; on a loaded 2-core machine a run takes up to ~30 s.
test.describe.configure({ timeout: 180_000 });

const lab = (page: Page) => page.getByTestId('ensemble-lab');

async function open(page: Page, query: string) {
  await page.goto(`/playground/ensembles?${query}`);
  await expect(lab(page)).toHaveAttribute('data-status', 'ready', { timeout: 150_000 });
}

const attr = async (page: Page, testId: string, name: string) => JSON.parse((await page.getByTestId(testId).getAttribute(name)) ?? 'null');

test('trains in the worker on the production build and shows members, the combined boundary and the variance formula', async ({ page }) => {
  const watcher = watchErrors(page);
  await open(page, 'seed=3&members=5');
  expect(['wasm', 'cpu']).toContain(await lab(page).getAttribute('data-backend'));
  await expect(lab(page)).toHaveAttribute('data-members', '5');
  await expect(page.getByTestId('member-multiples').locator('canvas')).toHaveCount(5);
  expect(Number(await lab(page).getAttribute('data-accuracy'))).toBeGreaterThan(0.6);
  await expect(page.getByTestId('oob')).toBeVisible();
  const formula = page.getByTestId('variance-formula');
  const [rho, sigma2, value] = await Promise.all(['data-rho', 'data-sigma2', 'data-formula'].map(async (a) => Number(await formula.getAttribute(a))));
  expect(value).toBeCloseTo(rho * sigma2 + ((1 - rho) * sigma2) / 5, 10);
  await expect(page.getByTestId('differences').locator('li')).toHaveCount(5);
  watcher.expectNoErrors();
});

test('the combiners on screen equal lib/math on the same member outputs', async ({ page }) => {
  await open(page, 'seed=4&members=7&method=bagging');
  const memberProbs = (await attr(page, 'probe-table', 'data-member-probs')) as Matrix[];
  const weights = (await attr(page, 'probe-table', 'data-weights')) as number[];
  const meta = (await attr(page, 'probe-table', 'data-meta')) as Matrix;
  const shown = (await attr(page, 'probe-table', 'data-combined')) as Record<string, { labels: number[]; probs: Matrix | null }>;
  expect(memberProbs).toHaveLength(7);
  const hard = hardVote(memberProbs.map((p) => p.map((row) => argmax(row))));
  const soft = softVote(memberProbs);
  const classes = memberProbs[0][0].length;
  const cols = Array.from({ length: classes }, (_, c) => weightedAverage(memberProbs.map((p) => p.map((row) => row[c])), weights));
  const weighted = soft.map((_, s) => cols.map((col) => col[s]));
  const stacked = predictSoftmaxRegression({ weights: meta }, memberProbs[0].map((_, s) => memberProbs.flatMap((p) => p[s])));
  expect(shown.hard.labels).toEqual(hard);
  const close = (a: Matrix, b: Matrix) => a.forEach((row, s) => row.forEach((v, c) => expect(v).toBeCloseTo(b[s][c], 9)));
  close(shown.soft.probs!, soft);
  close(shown.weighted.probs!, weighted);
  close(shown.stacking.probs!, stacked);
  // what the learner reads: the bold class in each combiner row
  for (let i = 0; i < hard.length; i++) {
    await expect(page.getByTestId(`probe-hard-${i}`).locator('b')).toHaveText(String(hard[i]));
    await expect(page.getByTestId(`probe-soft-${i}`).locator('b')).toHaveText(String(argmax(soft[i])));
    await expect(page.getByTestId(`probe-weighted-${i}`).locator('b')).toHaveText(String(argmax(weighted[i])));
    await expect(page.getByTestId(`probe-stacking-${i}`).locator('b')).toHaveText(String(argmax(stacked[i])));
    await expect(page.getByTestId(`probe-soft-${i}`)).toContainText(`(${soft[i].map((v) => v.toFixed(3)).join(', ')})`);
  }
});

test('bagging on a noisy dataset with the same seed: test accuracy with M = 9 is at least that with M = 1', async ({ page }) => {
  await open(page, 'dataset=moons&noise=0.35&seed=7&method=bagging&combiner=soft&members=1');
  const one = Number(await lab(page).getAttribute('data-accuracy'));
  const slider = page.locator('[data-knob="members"] input');
  await slider.focus();
  for (let i = 0; i < 8; i++) await slider.press('ArrowRight');
  await expect(lab(page)).toHaveAttribute('data-members', '9');
  await expect(lab(page)).toHaveAttribute('data-status', 'ready');
  const nine = Number(await lab(page).getAttribute('data-accuracy'));
  expect(nine).toBeGreaterThanOrEqual(one);
  // M = 9 is the default, so the address bar drops it (and keeps the rest)
  await expect(page).toHaveURL(/\?noise=0\.35&seed=7$/);
  test.info().annotations.push({ type: 'accuracy', description: `M=1 ${one}, M=9 ${nine}` });
});

test('MoE vs ensemble: the MoE runs K/N of the ensemble expert evaluations per input', async ({ page }) => {
  await open(page, 'experts=6&k=2&seed=2');
  const compare = page.getByTestId('compare');
  await expect(compare).toHaveAttribute('data-ensemble-evals', '6');
  await expect(compare).toHaveAttribute('data-moe-evals', '2');
  await expect(page.getByTestId('ensemble-evals')).toHaveText('6');
  await expect(page.getByTestId('moe-evals')).toHaveText('2');
  await expect(page.getByTestId('compute-ratio')).toContainText('2/6 = 33.3%');
  const load = (await attr(page, 'compare', 'data-moe-load')) as number[];
  expect(load).toHaveLength(6);
  expect(load.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
});

test('a training knob moved after a run finished trains again, and the views show the new run', async ({ page }) => {
  await open(page, 'experts=4&members=3');
  await expect(page.getByTestId('compare')).toHaveAttribute('data-ensemble-evals', '4');
  await page.locator('[data-knob="experts"] input').focus();
  await page.keyboard.press('ArrowRight');
  await expect(lab(page)).toHaveAttribute('data-status', 'training');
  await expect(page.getByTestId('ensemble-status')).toContainText('Training');
  await expect(lab(page)).toHaveAttribute('data-status', 'ready', { timeout: 150_000 });
  await expect(page.getByTestId('ensemble-status')).toContainText('a 5-expert MoE');
  await expect(page.getByTestId('compare')).toHaveAttribute('data-ensemble-evals', '5');
});

test('bad params are clamped with visible notices, never a blank page', async ({ page }) => {
  await page.goto('/playground/ensembles?members=99&combiner=median&experts=3&k=7&noise=abc');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('Members M: "99" is outside 1–15; using 15.');
  await expect(notices).toContainText('Combiner: "median" is not one of hard, soft, weighted, stacking; using soft.');
  await expect(notices).toContainText('Top-K (MoE): 7 is more than the 3 experts; using K = 3.');
  await expect(notices).toContainText('Data noise σ: "abc" is not a number; using 0.25.');
  const params = JSON.parse((await lab(page).getAttribute('data-params')) ?? '{}');
  expect(params).toMatchObject({ members: 15, combiner: 'soft', experts: 3, k: 3, noise: 0.25 });
});

test('the embed renders the lab and hides locked knobs', async ({ page }) => {
  await page.goto('/embed/ensemble-lab?members=3&lock=members,seed');
  await expect(lab(page)).toBeVisible();
  await expect(page.locator('[data-knob="members"]')).toHaveCount(0);
  await expect(page.locator('[data-knob="seed"]')).toHaveCount(0);
  await expect(page.locator('[data-knob="combiner"]')).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations once trained, at 360 px (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, 'members=4&combiner=stacking');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const problems = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`);
    expect(problems, problems.join('\n')).toEqual([]);
    // nothing wider than the phone screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('a knob the chosen method ignores is disabled with its reason: tree depth under bagging', async ({ page }) => {
  await page.goto('/playground/ensembles?method=bagging');
  const depth = page.locator('[data-knob="depth"]');
  await expect(depth.locator('input')).toBeDisabled();
  await expect(depth).toContainText("Only used by boosting: bagging's members are MLPs, not trees.");
  await expect(depth.locator('input')).toHaveAccessibleDescription("Only used by boosting: bagging's members are MLPs, not trees.");
  await expect(page.locator('[data-knob="hidden"] input')).toBeEnabled();
  await page.locator('[data-knob="method"] select').selectOption('boosting');
  await expect(depth.locator('input')).toBeEnabled();
  await expect(depth).not.toContainText('Only used by boosting');
});
