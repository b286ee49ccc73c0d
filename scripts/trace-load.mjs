// `node scripts/trace-load.mjs /learn/why-attention …`: where the main thread's time goes while a
// page of the build in out/ loads, from a Chrome trace at a fixed CPU slowdown (4×, Lighthouse's
// stock mobile figure; TRACE_RATE to change it), with the empty Next page of `npm run audit`
// (.audit-empty-next/, built if missing) traced in the same run as the reference. Lighthouse gives
// the totals per category; this gives the parts that say what to change: style recalc and layout
// with the number of elements and layout objects they handled (does content-visibility skip the
// off-screen chunks?), script time per script (framework chunks against the inline RSC payload),
// and the long tasks. Prints the median of TRACE_RUNS loads (default 3) per page; not part of
// `npm test`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildEmptyReference, EMPTY_DIR } from './audit.mjs';

const PORT = Number(process.env.TRACE_PORT ?? 3302);
const REFERENCE_PORT = Number(process.env.TRACE_REFERENCE_PORT ?? PORT + 1);
const RATE = Number(process.env.TRACE_RATE ?? 4);
const RUNS = Math.max(1, Number(process.env.TRACE_RUNS ?? 3));
/** After `load`, how long the page must have run no task over 50 ms before the trace stops. */
const QUIET_MS = 3000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'loading', 'toplevel'];

/** Trace event name → what it is. Time is counted as self time: an event less its children. */
const KIND = new Map([
  ['ParseHTML', 'html parse'],
  ['ParseAuthorStyleSheet', 'css parse'],
  ['UpdateLayoutTree', 'style'],
  ['RecalculateStyles', 'style'],
  ['Layout', 'layout'],
  ...['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit', 'PaintImage', 'CompositeLayers'].map((n) => [n, 'paint']),
  ...['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'V8.CompileLazy', 'v8.parseOnBackground', 'V8.ScriptCompiler'].map((n) => [n, 'compile']),
  ...['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking', 'BlinkGC.AtomicPhase', 'V8.GC_MC_BACKGROUND_MARKING'].map((n) => [n, 'gc']),
  ...['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.run', 'V8.Execute', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'RunMicrotasks', 'v8.callFunction', 'FireIdleCallback', 'ParserRunScript', 'HTMLScriptRunner::execute'].map((n) => [n, 'script']),
]);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork']);

/** Complete events of one thread, B/E pairs joined, as [{ name, ts, dur, args }] sorted for nesting. */
function completeEvents(events) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.ph === 'X') out.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, args: e.args ?? {} });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, args: { ...b.args, ...e.args } });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

const scriptUrl = (e) => e.args?.data?.url || e.args?.data?.stackTrace?.[0]?.url || '';

/** The breakdown of one load's trace on the page's renderer main thread. */
export function analyse(traceEvents, pageUrl) {
  // The page's main thread: the one that parsed its HTML.
  const main = traceEvents.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!main) throw new Error(`no HTML parsing of ${pageUrl} in the trace`);
  const events = completeEvents(traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid));
  const start = events.find((e) => e.name === 'ParseHTML')?.ts ?? events[0].ts;
  const totals = { 'html parse': 0, 'css parse': 0, style: 0, layout: 0, paint: 0, compile: 0, gc: 0, script: 0, other: 0 };
  const scripts = new Map();
  let styledElements = 0;
  let laidOutObjects = 0;
  const tasks = [];
  const nodes = [];
  const stack = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const kind = KIND.get(e.name) ?? (TASK.has(e.name) ? 'other' : parent?.kind ?? 'other');
    // The script an event runs under: the outermost script event with a URL.
    const url = stack.find((s) => s.url)?.url ?? (kind === 'script' || kind === 'compile' ? scriptUrl(e) : '');
    const node = { ...e, kind, url, self: e.dur };
    if (parent) parent.self -= e.dur;
    stack.push(node);
    nodes.push(node);
    if (!parent && TASK.has(e.name)) tasks.push(node);
    if (e.name === 'UpdateLayoutTree') styledElements += e.args?.elementCount ?? 0;
    if (e.name === 'Layout') laidOutObjects += e.args?.beginData?.dirtyObjects ?? 0;
  }
  for (const { kind, url, self } of nodes) {
    totals[kind] += self;
    if (kind !== 'script' && kind !== 'compile') continue;
    const key = !url ? '(no url)' : url === pageUrl ? 'inline (RSC payload)' : url.includes('/_next/') ? `_next/${path.basename(url)}` : url;
    scripts.set(key, (scripts.get(key) ?? 0) + self);
  }
  const long = tasks.filter((t) => t.dur > 50_000 && t.ts >= start);
  const ms = (us) => Math.round(us / 1000);
  // Each long task with what filled it (self time by kind), for TRACE_TASKS=1.
  const longTaskList = long.map((t) => {
    const parts = {};
    for (const n of nodes) if (n.ts >= t.ts && n.ts < t.ts + t.dur) parts[n.kind] = (parts[n.kind] ?? 0) + n.self;
    return { at: ms(t.ts - start), ms: ms(t.dur), parts: Object.fromEntries(Object.entries(parts).filter(([, v]) => v >= 1000).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])) };
  });
  return {
    longTaskList,
    ...Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, ms(v)])),
    busy: ms(tasks.filter((t) => t.ts >= start).reduce((s, t) => s + t.dur, 0)),
    longTasks: long.length,
    blocking: ms(long.reduce((s, t) => s + t.dur - 50_000, 0)),
    longest: ms(Math.max(0, ...long.map((t) => t.dur))),
    styledElements,
    laidOutObjects,
    scripts: Object.fromEntries([...scripts].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
  };
}

async function waitForServer(base) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server at ${base} did not start`);
}

/** One fresh load of `url` (new profile state, no cache) at the phone's viewport, traced. */
async function traceOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  // Until the main thread has been quiet for QUIET_MS (hydration runs after load at 4×).
  await page.evaluate(
    (quiet) =>
      new Promise((resolve) => {
        let last = performance.now();
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (last = Math.max(last, e.startTime + e.duration)))).observe({ type: 'longtask', buffered: true });
        const check = () => (performance.now() - last > quiet ? resolve() : setTimeout(check, 250));
        check();
      }),
    QUIET_MS,
  );
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  const buffer = await browser.stopTracing();
  await context.close();
  return { ...analyse(JSON.parse(buffer.toString()).traceEvents, url), dom };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main() {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: node scripts/trace-load.mjs /learn/<slug> …');
  const reference = fs.existsSync(path.join(EMPTY_DIR, 'out', 'index.html')) ? path.join(EMPTY_DIR, 'out') : buildEmptyReference();
  const serve = (port, dir) => spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), SERVE_DIR: dir }, stdio: 'ignore' });
  const servers = [serve(PORT, process.env.SERVE_DIR ?? 'out'), serve(REFERENCE_PORT, reference)];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await waitForServer(`http://localhost:${PORT}/`);
    await waitForServer(`http://localhost:${REFERENCE_PORT}/`);
    const targets = [...paths.map((p) => [p, `http://localhost:${PORT}${p}`]), ['(empty Next page)', `http://localhost:${REFERENCE_PORT}/`]];
    console.log(`main thread at ${RATE}× CPU slowdown, 412×823, ms (median of ${RUNS} loads)`);
    for (const [label, url] of targets) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await traceOnce(browser, url));
      const m = Object.fromEntries(Object.keys(runs[0]).filter((k) => k !== 'scripts' && k !== 'longTaskList').map((k) => [k, median(runs.map((x) => x[k]))]));
      const scripts = Object.fromEntries(Object.keys(runs[0].scripts).slice(0, 6).map((k) => [k, median(runs.map((x) => x.scripts[k] ?? 0))]));
      console.log(`\n${label}`);
      console.log(`  ${Object.entries(m).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
      console.log(`  script+compile by script: ${Object.entries(scripts).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
      if (process.env.TRACE_TASKS) for (const [i, run] of runs.entries()) console.log(`  load ${i + 1} long tasks: ${run.longTaskList.map((t) => `@${t.at} ${t.ms} ms (${Object.entries(t.parts).map(([k, v]) => `${k} ${v}`).join(', ')})`).join(' | ')}`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
