// `npm run audit`: Lighthouse (mobile profile, Debian's Chromium) on the home page and every lesson
// of the build in out/, and `npm audit --omit=dev`. Prints performance and accessibility scores
// against the budgets of DESIGN.md (performance ≥ 95, accessibility = 100) and the high/critical
// advisories of the shipped dependencies (none allowed), and exits 1 when one is missed or could
// not be checked. Not part of `npm test`: scores are figures of a machine, and advisories come
// from a service, not from this repository.
//
// The mobile profile emulates a mid-tier phone by slowing the host's CPU down, and Lighthouse's
// fixed 4× assumes a high-end desktop host (benchmarkIndex ≈ 1,500). Its documentation
// (docs/throttling.md, "Calibrating the CPU slowdown") says to calibrate the multiplier on other
// hosts; this machine measures 1,000–1,800 from one minute to the next. So each page load is
// gathered once and audited twice from the same trace: with Lighthouse's stock 4× and with the
// multiplier that Lighthouse's CPU throttling calculator gives for the BenchmarkIndex measured in
// that very load. The budget is checked on the calibrated median of AUDIT_RUNS loads (default 3);
// both are printed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';

// AUDIT_PORT and AUDIT_REFERENCE_PORT (default: the next one): other ports, when 3300 and 3301 are taken.
const PORT = Number(process.env.AUDIT_PORT ?? 3300);
const BASE = `http://localhost:${PORT}`;
const BUDGET = { performance: 95, accessibility: 100 };
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
const STOCK = constants.throttling.mobileSlow4G;

/**
 * The CPU slowdown that takes a host of this Lighthouse BenchmarkIndex to a mid-tier phone, as
 * Lighthouse's CPU throttling calculator computes it (1,300 → 3×, 1,533 → 4×, 800 → 2×).
 */
export function calibratedMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

/**
 * The high and critical advisories in the `--json` report of `npm audit`, or why there is none
 * (npm writes its error as JSON too, e.g. when the advisory service refuses the request).
 */
export function summariseNpmAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { error: 'npm audit printed no report' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (counts) return { high: counts.high ?? 0, critical: counts.critical ?? 0 };
  if (report.statusCode) return { error: `the advisory service answered HTTP ${report.statusCode}` };
  return { error: String(report.error?.summary || report.message || 'unknown error') };
}

/** `npm audit --omit=dev`, printed; true when it ran and found nothing high or critical. */
function auditDependencies() {
  // It exits 1 both when it finds advisories and when it cannot ask: the report says which.
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const result = summariseNpmAudit(run.stdout ?? '');
  if ('error' in result) {
    console.log(`npm audit --omit=dev: NOT CHECKED (${result.error})\n`);
    return false;
  }
  const clean = result.high + result.critical === 0;
  console.log(`npm audit --omit=dev: ${result.high} high, ${result.critical} critical${clean ? '' : ' ✗'}\n`);
  return clean;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const flags = (port, mode) => ({ port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error', output: 'json', ...mode });
const config = (multiplier) => ({ extends: 'lighthouse:default', settings: { throttling: { ...STOCK, cpuSlowdownMultiplier: multiplier } } });

/** One load of `url`, audited at the stock 4× and at the multiplier calibrated from its own BenchmarkIndex. */
async function auditOnce(url, port, dir) {
  await lighthouse(url, flags(port, { gatherMode: dir }), config(STOCK.cpuSlowdownMultiplier));
  const stock = (await lighthouse(url, flags(port, { auditMode: dir }), config(STOCK.cpuSlowdownMultiplier))).lhr;
  const file = path.join(dir, 'artifacts.json');
  const artifacts = JSON.parse(fs.readFileSync(file, 'utf8'));
  const multiplier = calibratedMultiplier(artifacts.BenchmarkIndex);
  // Lighthouse refuses to audit with settings other than those gathered with: record the calibrated ones.
  artifacts.settings.throttling.cpuSlowdownMultiplier = multiplier;
  fs.writeFileSync(file, JSON.stringify(artifacts));
  const calibrated = (await lighthouse(url, flags(port, { auditMode: dir }), config(multiplier))).lhr;
  return { benchmarkIndex: artifacts.BenchmarkIndex, multiplier, stock, calibrated };
}

const figures = (lhr) => ({
  perf: Math.round(lhr.categories.performance.score * 100),
  a11y: Math.round(lhr.categories.accessibility.score * 100),
  tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
  lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
  fcp: Math.round(lhr.audits['first-contentful-paint'].numericValue),
});

/** Where the reference app is built: ignored by git, the linter and the type checker. */
export const EMPTY_DIR = '.audit-empty-next';
const EMPTY_PORT = Number(process.env.AUDIT_REFERENCE_PORT ?? PORT + 1);

/**
 * The reference the lessons are measured against: an empty Next page (one paragraph, no component
 * of ours, the same Next, React and static export), built from scratch in this very run so that
 * the machine's speed of the moment is the same for both. JSX, not TSX, so it needs no tsconfig.
 */
export function buildEmptyReference() {
  fs.rmSync(EMPTY_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(EMPTY_DIR, 'app'), { recursive: true });
  fs.writeFileSync(path.join(EMPTY_DIR, 'package.json'), JSON.stringify({ name: 'empty-next-reference', private: true, type: 'module' }));
  fs.writeFileSync(path.join(EMPTY_DIR, 'next.config.mjs'), "export default { output: 'export', turbopack: { root: '..' } };\n");
  fs.writeFileSync(
    path.join(EMPTY_DIR, 'app', 'layout.jsx'),
    "export const metadata = { title: 'Empty Next page', description: 'The reference page of the audit.' };\nexport default function RootLayout({ children }) {\n  return (<html lang=\"en\"><body><main>{children}</main></body></html>);\n}\n",
  );
  fs.writeFileSync(path.join(EMPTY_DIR, 'app', 'page.jsx'), 'export default function Page() {\n  return <p>An empty Next page: the framework alone.</p>;\n}\n');
  const next = path.resolve('node_modules/next/dist/bin/next');
  const run = spawnSync(process.execPath, [next, 'build'], { cwd: EMPTY_DIR, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`the empty reference page did not build:\n${run.stdout}\n${run.stderr}`);
  return path.join(EMPTY_DIR, 'out');
}

async function waitForServer(base = BASE) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('static server did not start');
}

async function main() {
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
  // `AUDIT_REFERENCE=0` skips the reference (e.g. to audit one page quickly).
  const reference = process.env.AUDIT_REFERENCE === '0' ? null : buildEmptyReference();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  const emptyServer = reference && spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(EMPTY_PORT), SERVE_DIR: reference }, stdio: 'ignore' });
  const targets = [...paths.map((page) => ({ label: page, url: `${BASE}${page}`, reference: false })), ...(reference ? [{ label: '(empty Next page, reference)', url: `http://localhost:${EMPTY_PORT}/`, reference: true }] : [])];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'moe-lab-audit-'));
  let chrome;
  let failed = !auditDependencies();
  try {
    await waitForServer();
    if (emptyServer) await waitForServer(`http://localhost:${EMPTY_PORT}/`);
    chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
    console.log(`Lighthouse ${version}, mobile profile, ${targets.length} pages × ${RUNS} loads (medians; perf at the calibrated CPU slowdown, stock 4× beside it)\n`);
    console.log('page'.padEnd(42), ' perf', ' a11y', ' bench', ' slowdown', '  TBT ms', '  LCP ms', '  FCP ms', ' │ 4×: perf', '  TBT ms');
    const tbts = [];
    for (const [i, target] of targets.entries()) {
      const page = target.label;
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await auditOnce(target.url, chrome.port, path.join(work, `${i}-${r}`)));
      const cal = runs.map((x) => figures(x.calibrated));
      const stock = runs.map((x) => figures(x.stock));
      const m = (xs, key) => median(xs.map((x) => x[key]));
      const perf = m(cal, 'perf');
      const a11y = Math.min(...cal.map((x) => x.a11y));
      const miss = !target.reference && (perf < BUDGET.performance || a11y < BUDGET.accessibility);
      failed ||= miss;
      tbts.push({ page, tbt: m(cal, 'tbt'), reference: target.reference });
      console.log(
        page.padEnd(42),
        String(perf).padStart(5),
        String(a11y).padStart(5),
        String(Math.round(median(runs.map((x) => x.benchmarkIndex)))).padStart(6),
        `${median(runs.map((x) => x.multiplier)).toFixed(1)}×`.padStart(9),
        String(m(cal, 'tbt')).padStart(8),
        String(m(cal, 'lcp')).padStart(8),
        String(m(cal, 'fcp')).padStart(8),
        ' │',
        String(m(stock, 'perf')).padStart(8),
        String(m(stock, 'tbt')).padStart(8),
        miss ? ' ✗' : '',
      );
      if (a11y < 100) {
        const { audits, categories } = runs[0].calibrated;
        for (const a of Object.values(audits)) if (a.score === 0 && categories.accessibility.auditRefs.some((ref) => ref.id === a.id)) console.log(`    a11y: ${a.id} — ${a.title}`);
      }
    }
    const ref = tbts.find((t) => t.reference);
    if (ref) {
      // ISSUE target: every lesson's TBT within 1.3x of the empty page's, measured in this same run.
      const limit = Math.max(1, ref.tbt) * 1.3;
      const over = tbts.filter((t) => !t.reference && t.page.startsWith('/learn/') && t.tbt > limit);
      console.log(`\nTBT against the empty page (${ref.tbt} ms, limit 1.3× = ${Math.round(limit)} ms): ${over.length ? `over on ${over.map((t) => `${t.page} (${t.tbt} ms)`).join(', ')}` : 'every lesson within'}`);
      failed ||= over.length > 0;
    }
    console.log(`\nbudgets: performance ≥ ${BUDGET.performance} (calibrated), accessibility = ${BUDGET.accessibility}, no high or critical advisory: ${failed ? 'MISSED or not checked' : 'met'}`);
  } finally {
    await chrome?.kill();
    server.kill();
    emptyServer?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
