// `npm run audit`: Lighthouse (mobile profile, Debian's Chromium) on the home page and every lesson
// of the build in out/. Prints performance and accessibility scores against the budgets of
// DESIGN.md (performance ≥ 95, accessibility = 100) and exits 1 when one is missed. Not part of
// `npm test`: scores are figures of a loaded machine, not behaviour.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 3300;
const BASE = `http://localhost:${PORT}`;
const BUDGET = { performance: 95, accessibility: 100 };

if (!fs.existsSync(`${process.env.SERVE_DIR ?? 'out'}/index.html`)) {
  console.error('audit: no build in out/ — run `npm run build` first');
  process.exit(1);
}

const lessons = fs
  .readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `/learn/${f.replace(/\.mdx$/, '')}`);
const only = process.argv.slice(2);
const paths = only.length > 0 ? only : ['/', ...lessons];

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

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
let chrome;
let failed = false;
try {
  await waitForServer();
  chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile, ${paths.length} pages\n`);
  console.log('page'.padEnd(46), 'perf', ' a11y', '  FCP ms', '  LCP ms', ' TBT ms', '  CLS');
  for (const path of paths) {
    const result = await lighthouse(`${BASE}${path}`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error', output: 'json' });
    const { categories, audits } = result.lhr;
    const perf = Math.round(categories.performance.score * 100);
    const a11y = Math.round(categories.accessibility.score * 100);
    const miss = perf < BUDGET.performance || a11y < BUDGET.accessibility;
    failed ||= miss;
    const ms = (id) => String(Math.round(audits[id].numericValue)).padStart(7);
    console.log(
      path.padEnd(46),
      String(perf).padStart(4),
      String(a11y).padStart(5),
      ms('first-contentful-paint'),
      ms('largest-contentful-paint'),
      ms('total-blocking-time'),
      audits['cumulative-layout-shift'].numericValue.toFixed(3).padStart(6),
      miss ? ' ✗' : '',
    );
    if (a11y < 100) {
      for (const a of Object.values(audits)) if (a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id)) console.log(`    a11y: ${a.id} — ${a.title}`);
    }
  }
  console.log(`\nbudgets: performance ≥ ${BUDGET.performance}, accessibility = ${BUDGET.accessibility}: ${failed ? 'MISSED (✗)' : 'met'}`);
} finally {
  await chrome?.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
