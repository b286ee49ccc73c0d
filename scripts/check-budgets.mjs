// Budget from DESIGN.md: a lesson page's first-load JS stays ≤ 200 KB gzip and never contains
// tfjs or CodeMirror. Measured from the static export: the gzip size of every <script src> a
// built page references (Next 16 no longer prints "First Load JS").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const OUT = 'out';
const LIMIT_KB = 200;
const HEAVY = [
  { name: 'tfjs', marker: 'registerBackend' },
  { name: 'CodeMirror', marker: 'cm-editor' },
];

export function pageScripts(html) {
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((src) => src.startsWith('/_next/'));
}

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

const lessons = fs.readdirSync(path.join(OUT, 'learn')).filter((f) => f.endsWith('.html'));
const routes = ['index', 'learn', ...lessons.map((f) => `learn/${f.replace(/\.html$/, '')}`)];
let failed = false;
for (const route of routes) {
  const r = measure(route);
  const over = r.kb > LIMIT_KB;
  failed ||= over || r.heavy.length > 0;
  console.log(`${over || r.heavy.length ? 'FAIL' : 'ok  '} /${route === 'index' ? '' : route}: ${r.kb.toFixed(1)} KB gzip first-load JS in ${r.scripts} scripts (limit ${LIMIT_KB})${r.heavy.length ? `; heavy code: ${r.heavy.join(', ')}` : ''}`);
}
if (failed) process.exit(1);
