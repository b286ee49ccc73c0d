// First-load JS budgets for every built route (DESIGN.md: a lesson page ≤ 200 KB gzip, and no page
// ships tfjs or CodeMirror before it is used). Measured from the static export: the gzip size of
// every <script src> a built page references (Next 16 no longer prints "First Load JS"). Every
// route must fall in one kind, so a new kind of page cannot ship without a budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT = 'out';
const HEAVY = [
  { name: 'tfjs', marker: 'registerBackend' },
  { name: 'CodeMirror', marker: 'cm-editor' },
];

/**
 * Budgets per route kind, in KB gzip, first match wins; the Chinese pages (/zh/…) have the same
 * budgets as the English ones (the same JS: their strings travel in the page's payload). Set a little above what each kind ships
 * (Dec 2026: reading pages 175–176, practice 224–230, quiz pages 237–256, widgets 244–269), so a
 * page that grows by more than a small change fails and has to say why.
 */
export const BUDGETS = [
  { kind: 'sandbox', pattern: /^sandbox\//, kb: 10 },
  { kind: 'reading', pattern: /^(index|404|_not-found|learn|learn\/[^/]+|playground|glossary)$/, kb: 200 },
  { kind: 'practice', pattern: /^practice(\/[^/]+)?$/, kb: 240 },
  { kind: 'quiz', pattern: /^(quiz(\/[^/]+)?|progress|embed\/quiz\/[^/]+)$/, kb: 265 },
  { kind: 'widget', pattern: /^(playground|embed)\/[^/]+$/, kb: 285 },
];

export function pageScripts(html) {
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((src) => src.startsWith('/_next/'));
}

/** Every built page, as a route without `.html` (`index`, `learn/ensembles`, …). */
export function builtRoutes(dir = OUT) {
  const walk = (rel) =>
    fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return child === '_next' ? [] : walk(child);
      return e.name.endsWith('.html') ? [child.replace(/\.html$/, '')] : [];
    });
  return walk('').sort();
}

/** The route in English: a Chinese page (`zh`, `zh/learn/x`) has the budget of its English twin. */
export const englishRoute = (route) => (route === 'zh' ? 'index' : route.replace(/^zh\//, ''));

export const budgetFor = (route) => BUDGETS.find((b) => b.pattern.test(englishRoute(route)));

function measure(route) {
  const html = fs.readFileSync(path.join(OUT, `${route}.html`), 'utf8');
  const scripts = [...new Set(pageScripts(html))];
  let bytes = 0;
  const heavy = [];
  for (const src of scripts) {
    const code = fs.readFileSync(path.join(OUT, src));
    bytes += zlib.gzipSync(code, { level: 9 }).length;
    for (const h of HEAVY) if (code.includes(h.marker)) heavy.push(`${h.name} in ${src}`);
  }
  return { route, kb: bytes / 1024, scripts: scripts.length, heavy };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const route of builtRoutes()) {
    const budget = budgetFor(route);
    const r = measure(route);
    const over = !budget || r.kb > budget.kb;
    const bad = over || r.heavy.length > 0;
    failed ||= bad;
    const limit = budget ? `${budget.kind} limit ${budget.kb}` : 'no budget for this kind of route';
    console.log(`${bad ? 'FAIL' : 'ok  '} /${route === 'index' ? '' : route}: ${r.kb.toFixed(1)} KB gzip first-load JS in ${r.scripts} scripts (${limit})${r.heavy.length ? `; heavy code: ${r.heavy.join(', ')}` : ''}`);
  }
  if (failed) process.exit(1);
}
