// `npm run bench`: performance figures of the live models in headless Chromium (not a test).
// Needs a build in out/ (`npm run build`). Prints steps/s per backend, time to first trained
// frame, time until the spiral reaches 95 % training accuracy, and main-thread long tasks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const MODEL = 'dataset=spiral&experts=8&k=2&batch=64&hidden=16&seed=1';

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

const attr = (page: Page, name: string) => page.getByTestId('moe-playground').getAttribute(name);

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

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });

    const t0 = Date.now();
    await page.goto(`${BASE}/playground/moe?${MODEL}&autoplay=1`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="moe-playground"]')?.getAttribute('data-step')) > 0, null, { timeout: 60_000 });
    const firstFrame = Date.now() - t0;
    const calibration = JSON.parse((await attr(page, 'data-calibration')) ?? '[]') as Array<{ backend: string; stepsPerSecond: number }>;
    const backend = await attr(page, 'data-backend');

    const startStep = Number(await attr(page, 'data-step'));
    const s0 = Date.now();
    let reached95: number | null = null;
    while (Date.now() - s0 < 20_000) {
      if (reached95 === null && Number(await attr(page, 'data-accuracy')) >= 0.95) reached95 = Date.now() - t0;
      if (reached95 !== null && Date.now() - s0 > 5_000) break;
      await page.waitForTimeout(50);
    }
    const sustained = (Number(await attr(page, 'data-step')) - startStep) / ((Date.now() - s0) / 1000);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    await browser.close();

    console.log(`MoE Playground, ${MODEL.replaceAll('&', ' ')}`);
    for (const c of calibration) console.log(`  calibration ${c.backend.padEnd(6)} ${c.stepsPerSecond > 0 ? `${Math.round(c.stepsPerSecond)} steps/s` : 'unavailable'}`);
    console.log(`  chosen backend       ${backend}`);
    console.log(`  sustained training   ${Math.round(sustained)} steps/s (MoE + dense baseline, with snapshots)`);
    console.log(`  first trained frame  ${firstFrame} ms after navigation`);
    console.log(`  spiral ≥ 95 % acc.   ${reached95 === null ? 'not within 20 s' : `${reached95} ms after navigation`}`);
    console.log(`  long tasks > 50 ms   ${longTasks.filter((d) => d > 50).length} (all long tasks: ${longTasks.map((d) => Math.round(d)).join(', ') || 'none'})`);
  } finally {
    server.kill();
  }
  pageWeights();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
