// Adds a Content-Security-Policy <meta> to every page of the static export (`npm run build` runs
// this after `next build`). Next inlines a few bootstrap scripts per page (the theme script, the
// RSC payload); each is allowed by its SHA-256 hash, so no other inline script can run — not even
// one a bug let into the DOM. A <meta> policy travels with the files to any static host; what a
// meta cannot say (`frame-ancestors`) is sent as a header (scripts/serve.mjs, README "Hosting").
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const CSP_META = /<meta http-equiv="Content-Security-Policy"/i;

/** The policy of a page whose inline scripts have these bodies. */
export function policyFor(inlineScripts) {
  const hashes = [...new Set(inlineScripts.map((s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`))];
  return [
    "default-src 'self'",
    // wasm: the tfjs wasm backend compiles its binary (in the training worker).
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // React style attributes and KaTeX's inline sizes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** `html` with its policy as the first thing in <head>; pages that bring their own are left alone. */
export function withCsp(html) {
  if (CSP_META.test(html)) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).filter((body) => body.length > 0);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(scripts)}"/>`;
  const charset = html.match(/<meta charSet="utf-8"\/>/i);
  if (charset?.index !== undefined) {
    const at = charset.index + charset[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  return html.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const files = htmlFiles(root);
  let changed = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const next = withCsp(html);
    if (next !== html) {
      fs.writeFileSync(file, next);
      changed++;
    }
  }
  console.log(`csp: policy added to ${changed} of ${files.length} pages in ${path.relative(process.cwd(), root) || '.'}`);
}
