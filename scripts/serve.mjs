// Serves the static export in out/ like a static host would: clean URLs (/learn/x -> x.html),
// out/404.html for unknown paths, gzip, and the framing headers a static host should send (see README).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import handler from 'serve-handler';

/**
 * Longest name the disk allows (255 bytes) less the `.html` serve-handler appends to look up a
 * clean URL: a longer segment names nothing we serve, and looking it up fails with ENAMETOOLONG.
 */
const MAX_SEGMENT_BYTES = 255 - '.html'.length;
/** Our longest path is under 100 characters; far longer ones would only reach ENAMETOOLONG. */
const MAX_PATH_BYTES = 1024;

/**
 * The path the file server will resolve, checked before anything is served. The headers are
 * decided on this decoded path, so they always describe the file that is sent: a request whose
 * raw and decoded forms could name different files (an encoded slash or backslash, a dot segment,
 * a NUL) is refused rather than guessed at.
 * Returns `{ path }` (decoded) or `{ status, reason }`.
 */
export function checkPath(rawUrl) {
  // serve-handler takes url.parse(...).pathname, which ends at ? or # and turns \ into /.
  const raw = rawUrl.split(/[?#]/)[0];
  if (raw.includes('\\') || /%(2f|5c)/i.test(raw)) return { status: 400, reason: 'encoded slash or backslash in the path' };
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400, reason: 'malformed percent-encoding' };
  }
  if (!decoded.startsWith('/')) return { status: 400, reason: 'the path does not start with /' };
  // Control characters (NUL makes fs throw ERR_INVALID_ARG_VALUE) are in no file name of ours.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { status: 400, reason: 'control character in the path' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '.' || s === '..')) return { status: 400, reason: 'dot segment in the path' };
  if (Buffer.byteLength(decoded) > MAX_PATH_BYTES || segments.some((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES)) {
    return { status: 404, reason: 'no file has so long a name' };
  }
  return { path: decoded };
}

/** The code runner, under the names serve-handler answers for it (the .html one redirects). */
const RUNNER = /^\/sandbox\/runner(\.html)?$/;

/**
 * Embeds may be framed by any site (instructors' pages, LMSs); every other page only by us. The
 * code runner is sandboxed by its own header too (an opaque origin however it is loaded: framed
 * without the sandbox attribute, or opened directly), so learner code never gets the site's origin.
 */
export function securityHeaders(decodedPath) {
  const embed = /^\/(zh\/)?embed(\/|$)/.test(decodedPath);
  const frame = embed ? 'frame-ancestors *' : "frame-ancestors 'self'";
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': RUNNER.test(decodedPath) ? `${frame}; sandbox allow-scripts` : frame,
    ...(embed ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

/** A request handler serving `root` (the static export). */
export function createHandler(root) {
  const config = {
    public: root,
    cleanUrls: true,
    trailingSlash: false,
    headers: [{ source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] }],
  };
  // Static hosts compress text; without it a lesson's KaTeX-heavy HTML is ~10x larger on the wire.
  const compress = compression();
  return (req, res) => {
    const checked = checkPath(req.url ?? '/');
    // A refused path is framable by nobody.
    for (const [key, value] of Object.entries(securityHeaders(checked.path ?? '/'))) res.setHeader(key, value);
    if (!checked.path) {
      res.writeHead(checked.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`${checked.status === 404 ? 'Not found' : 'Bad request'}: ${checked.reason}.\n`);
      return;
    }
    compress(req, res, () =>
      handler(req, res, config).catch((error) => {
        // serve-handler's own failures (a file that vanished mid-request …) become a 500, not a crash.
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Server error.\n');
      }),
    );
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 3000);
  const root = path.resolve(process.env.SERVE_DIR ?? 'out');
  http
    .createServer(createHandler(root))
    .listen(port, () => console.log(`MoE Lab: serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${port}`));
}
