// Serves the static export in out/ like a static host would: clean URLs (/learn/x -> x.html),
// out/404.html for unknown paths, and the security headers documented in docs/hosting.md.
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 3000);
const root = path.resolve(process.env.SERVE_DIR ?? 'out');

const config = {
  public: root,
  cleanUrls: true,
  trailingSlash: false,
  headers: [
    {
      source: '**/*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    { source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
  ],
};

http
  .createServer((req, res) => handler(req, res, config))
  .listen(port, () => console.log(`MoE Lab: serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${port}`));
