// `npm run bench`: performance figures of the live models in headless Chromium (not a test).
// Needs a build in out/ (`npm run build`). For the MoE Playground (spiral, N 8, K 2, batch 64,
// hidden 16): the backend calibration, time to the first trained frame and to 95 % training
// accuracy on the spiral (from the widget's start and from navigation), main-thread long tasks
// while training, and sustained steps/s per backend (`backend=` in the URL skips the
// measurement); sustained steps/s of the Tiny Transformer per backend; one full Ensembles Lab
// run; the MoE Language Model (first coloured text, generation, steps/s per backend, seconds to
// 1 bit below the unigram entropy; scripts/bench-lm.ts adds its figures in Node); then the page
// weight of every route. `--only=moe-lm,moe-lm-node` runs some sections; BENCH_PORT sets the port.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { benchLmNode } from './bench-lm';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
/** `npm run bench -- --only=moe-lm` runs one section (moe, transformer, ensembles, moe-lm, weights). */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? null;
const wanted = (section: string) => ONLY === null || ONLY.includes(section);
const BASE = `http://localhost:${PORT}`;
const MOE = 'dataset=spiral&experts=8&k=2&batch=64&hidden=16&seed=1';
const BACKENDS = ['wasm', 'cpu'] as const;
const SUSTAIN_MS = 5_000;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('static server did not start');
}

const OUT = process.env.SERVE_DIR ?? 'out';
const gzipKb = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/** Gzip weight of each built page before any widget starts: its HTML, stylesheets and scripts. */
function pageWeights() {
  const pages = fs.readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('_') && !f.startsWith('404'));
  console.log('\nPage weight (gzip, before a widget starts): HTML + CSS + JS');
  for (const page of pages.sort()) {
    const html = fs.readFileSync(path.join(OUT, page), 'utf8');
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
    const js = assets.filter((a) => a.endsWith('.js')).reduce((kb, a) => kb + gzipKb(path.join(OUT, a)), 0);
    const css = assets.filter((a) => a.endsWith('.css')).reduce((kb, a) => kb + gzipKb(path.join(OUT, a)), 0);
    const doc = gzipKb(path.join(OUT, page));
    const route = `/${page.replace(/(index)?\.html$/, '')}`;
    console.log(`  ${route.padEnd(44)} ${(doc + css + js).toFixed(0).padStart(4)} KB  (HTML ${doc.toFixed(0)}, CSS ${css.toFixed(0)}, JS ${js.toFixed(0)})`);
  }
}

/**
 * A page that records, in page time: long tasks, when `moe-playground:start` was marked, and when
 * the widget first showed a trained step and 95 % accuracy (a MutationObserver, not polling).
 */
async function instrumentedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { bench: { longTasks: Array<[number, number]>; firstFrame?: number; reached95?: number } };
    w.bench = { longTasks: [] };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.bench.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      const root = document.querySelector('[data-testid="moe-playground"]');
      if (!root) return;
      if (w.bench.firstFrame === undefined && Number(root.getAttribute('data-step')) > 0) w.bench.firstFrame = performance.now();
      if (w.bench.reached95 === undefined && Number(root.getAttribute('data-accuracy')) >= 0.95) w.bench.reached95 = performance.now();
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  return page;
}

/** Steps per second of a trained widget over `ms` (SUSTAIN_MS), once it trains. */
async function sustained(page: Page, testId: string, ms = SUSTAIN_MS): Promise<number> {
  const step = async () => Number(await page.getByTestId(testId).getAttribute('data-step'));
  await page.waitForFunction((id) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-step')) > 0, testId, { timeout: 60_000 });
  const s0 = await step();
  const t0 = Date.now();
  await page.waitForTimeout(ms);
  const steps = (await step()) - s0;
  return steps / ((Date.now() - t0) / 1000);
}

async function moePlayground(browser: Browser) {
  console.log(`MoE Playground, ${MOE.replaceAll('&', ' ')} (one step trains the MoE and its dense baseline)`);
  const page = await instrumentedPage(browser);
  await page.goto(`${BASE}/playground/moe?${MOE}&autoplay=1`);
  await page.waitForFunction(() => (window as unknown as { bench: { reached95?: number } }).bench.reached95 !== undefined, null, { timeout: 60_000 });
  const root = page.getByTestId('moe-playground');
  const calibration = JSON.parse((await root.getAttribute('data-calibration')) ?? '[]') as Array<{ backend: string; stepsPerSecond: number }>;
  const backend = await root.getAttribute('data-backend');
  const rate = await sustained(page, 'moe-playground');
  const t = await page.evaluate(() => {
    const w = window as unknown as { bench: { longTasks: Array<[number, number]>; firstFrame: number; reached95: number } };
    return { start: performance.getEntriesByName('moe-playground:start')[0]?.startTime ?? 0, ...w.bench };
  });
  await page.close();
  for (const c of calibration) console.log(`  calibration ${c.backend.padEnd(6)}  ${c.stepsPerSecond > 0 ? `${Math.round(c.stepsPerSecond)} steps/s` : 'not used (software renderer or unavailable)'}`);
  console.log(`  chosen backend      ${backend}, sustained ${Math.round(rate)} steps/s with 5 snapshots/s`);
  console.log(`  first trained frame ${Math.round(t.firstFrame - t.start)} ms after the widget started (${Math.round(t.firstFrame)} ms after navigation)`);
  console.log(`  spiral ≥ 95 %       ${Math.round(t.reached95 - t.start)} ms after the widget started (${Math.round(t.reached95)} ms after navigation)`);
  const training = t.longTasks.filter(([at, d]) => at > t.firstFrame && d > 50);
  const loading = t.longTasks.filter(([at, d]) => at <= t.firstFrame && d > 50);
  console.log(`  long tasks > 50 ms  ${training.length} while training; ${loading.length} while the page loaded (${loading.map(([, d]) => Math.round(d)).join(', ') || 'none'})`);
  for (const name of BACKENDS) {
    const p = await browser.newPage();
    await p.goto(`${BASE}/playground/moe?${MOE}&autoplay=1&backend=${name}`);
    console.log(`  backend=${name.padEnd(5)}       ${Math.round(await sustained(p, 'moe-playground'))} steps/s sustained`);
    await p.close();
  }
}

async function tinyTransformer(browser: Browser) {
  console.log('\nTiny Transformer, defaults (reverse, 6 digits, 1 layer, 2 heads, d_model 32, batch 16)');
  for (const name of BACKENDS) {
    const page = await browser.newPage();
    await page.goto(`${BASE}/playground/transformer?autoplay=1&backend=${name}`);
    console.log(`  backend=${name.padEnd(5)}       ${Math.round(await sustained(page, 'tiny-transformer'))} steps/s sustained`);
    await page.close();
  }
}

async function ensembleLab(browser: Browser) {
  const page = await browser.newPage();
  await page.goto(`${BASE}/playground/ensembles`);
  const root = page.getByTestId('ensemble-lab');
  await page.waitForFunction(() => document.querySelector('[data-testid="ensemble-lab"]')?.getAttribute('data-train-ms'), null, { timeout: 120_000 });
  console.log(`\nEnsembles Lab, defaults: a full run (bagging, folds, boosting, MoE) in ${await root.getAttribute('data-train-ms')} ms on ${await root.getAttribute('data-backend')}`);
  await page.close();
}

/** Milliseconds of a fixed JavaScript workload in the page: the machine's speed at that moment (it moves ±30 %, more when others load it). */
async function pageReferenceMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 30_000_000; i++) x += Math.sqrt(i) * 1e-9;
    return performance.now() - t0 + (x < 0 ? 1 : 0);
  });
}

/**
 * The MoE Language Model from its balanced checkpoint (2 layers, d_model 64, N 8, K 2, context 64):
 * time from the widget's start to the first coloured text (target ≤ 1.5 s), generation
 * characters/s, sustained training steps/s from scratch at the defaults (MoE and dense twin) per
 * backend, and seconds of training from scratch until held-out bits/char is 1 bit below the
 * corpus's unigram entropy (target ≤ 60 s). Each beside a fixed JS workload timed in the same page.
 */
async function moeLm(browser: Browser) {
  const unigram = (JSON.parse(fs.readFileSync(path.join(OUT, 'data/moe-lm/corpus.json'), 'utf8')) as { unigramBits: number }).unigramBits;
  console.log(`\nMoE Language Model (balanced checkpoint; training from scratch at the defaults, MoE + dense twin per step); load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  for (let i = 0; i < 2; i++) {
    const page = await browser.newPage();
    await page.goto(`${BASE}/playground/moe-lm`);
    await page.waitForSelector('.lm-text [data-testid="routed-token"]', { timeout: 120_000 });
    const first = await page.evaluate(() => performance.now() - (performance.getEntriesByName('moe-lm:start')[0]?.startTime ?? 0));
    const root = page.getByTestId('moe-lm');
    const ref = await pageReferenceMs(page);
    console.log(`  first coloured text ${Math.round(first)} ms after the widget started (${i === 0 ? 'cold cache' : 'warm cache'}; corpus, checkpoint, backend choice, routing) — reference ${Math.round(ref)} ms`);
    if (i === 1) {
      console.log(`  chosen backend      ${await root.getAttribute('data-backend')}; calibration ${await page.getByTestId('backend').textContent().catch(() => '')}`);
      await page.getByTestId('generate').click();
      const ms = Number(await (await page.waitForSelector('[data-testid="generation"]', { timeout: 60_000 })).getAttribute('data-ms'));
      console.log(`  generation          60 characters in ${ms} ms (${(60 / (ms / 1000)).toFixed(1)} characters/s, routing included)`);
    }
    await page.close();
  }
  // webgpu falls back (with a notice) where headless Chromium has no WebGPU adapter: "ran on" says which
  for (const name of ['wasm', 'cpu', 'webgl', 'webgpu']) {
    const p = await browser.newPage();
    await p.goto(`${BASE}/playground/moe-lm?checkpoint=scratch&autoplay=1&backend=${name}`);
    // about a step a second on wasm here: a longer window than the other widgets'
    const rate = await sustained(p, 'moe-lm', 15_000).catch(() => null);
    const used = await p.getByTestId('moe-lm').getAttribute('data-backend');
    console.log(`  backend=${name.padEnd(6)}      ${rate === null ? 'did not train within 60 s' : `${rate.toFixed(2)} steps/s sustained`} (ran on ${used}) — reference ${Math.round(await pageReferenceMs(p))} ms`);
    await p.close();
  }
  const goal = unigram - 1;
  const p = await browser.newPage();
  const ref0 = await pageReferenceMs(p);
  await p.goto(`${BASE}/playground/moe-lm?checkpoint=scratch&autoplay=1`);
  await p.waitForFunction(() => Number(document.querySelector('[data-testid="moe-lm"]')?.getAttribute('data-step')) > 0, null, { timeout: 60_000 });
  const t0 = Date.now();
  const limit = Number(process.env.BENCH_LM_TARGET_S ?? 180);
  const reached = await p
    .waitForFunction((g) => Number(document.querySelector('[data-testid="moe-lm"]')?.getAttribute('data-heldout-bpc') || Infinity) <= g, goal, { timeout: limit * 1000, polling: 250 })
    .then(() => (Date.now() - t0) / 1000)
    .catch(() => null);
  const root = p.getByTestId('moe-lm');
  const [step, heldout, backend] = [await root.getAttribute('data-step'), await root.getAttribute('data-heldout-bpc'), await root.getAttribute('data-backend')];
  console.log(
    `  from scratch to held-out ≤ unigram − 1 = ${goal.toFixed(2)} bits/char: ${reached === null ? `not reached in ${limit} s` : `${reached.toFixed(1)} s`} of training from the first step (step ${step}, held-out ${heldout}, ${backend}) — reference ${Math.round(ref0)} ms before, ${Math.round(await pageReferenceMs(p))} ms after`,
  );
  await p.close();
}

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    if (wanted('moe')) await moePlayground(browser);
    if (wanted('transformer')) await tinyTransformer(browser);
    if (wanted('ensembles')) await ensembleLab(browser);
    if (wanted('moe-lm')) await moeLm(browser);
    await browser.close();
  } finally {
    server.kill();
  }
  if (wanted('weights')) pageWeights();
  if (wanted('moe-lm-node')) await benchLmNode();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
