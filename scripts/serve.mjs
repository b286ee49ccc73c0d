// Serves the static export in out/ like a static host would: clean URLs (/learn/x -> x.html),
// out/404.html for unknown paths, gzip, and the framing headers a static host should send (see README).
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 3000);
const root = path.resolve(process.env.SERVE_DIR ?? 'out');

const config = {
  public: root,
  cleanUrls: true,
  trailingSlash: false,
  headers: [{ source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] }],
};

/** Embeds may be framed by any site (instructors' pages, LMSs); every other page only by us. */
function securityHeaders(url) {
  const embed = /^\/embed(\/|$)/.test(new URL(url, 'http://x').pathname);
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': embed ? 'frame-ancestors *' : "frame-ancestors 'self'",
    ...(embed ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

// Static hosts compress text; without it a lesson's KaTeX-heavy HTML is ~10x larger on the wire.
const compress = compression();

http
  .createServer((req, res) => {
    for (const [key, value] of Object.entries(securityHeaders(req.url ?? '/'))) res.setHeader(key, value);
    compress(req, res, () => handler(req, res, config));
  })
  .listen(port, () => console.log(`MoE Lab: serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${port}`));
