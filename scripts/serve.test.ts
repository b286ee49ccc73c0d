import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler, securityHeaders } from './serve.mjs';

// A tiny export: one embed, one page that must never be framed by others, the code runner.
let root = '';
let server: http.Server;
let port = 0;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'moe-serve-'));
  const write = (file: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), body);
  };
  write('embed/quiz.html', 'EMBED PAGE');
  write('embed/x/y.html', 'NESTED EMBED');
  write('zh/embed/quiz.html', 'ZH EMBED PAGE');
  write('zh/progress.html', 'ZH PROGRESS PAGE');
  write('progress.html', 'PROGRESS PAGE');
  write('sandbox/runner.html', 'RUNNER PAGE');
  write('404.html', 'NOT FOUND PAGE');
  server = http.createServer(createHandler(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(root, { recursive: true, force: true });
});

/** Sends `rawPath` byte for byte (fetch would normalise it first, as a browser's address bar does not always). */
function get(rawPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve.mjs framing headers', () => {
  it('lets any site frame an embed, and only us frame any other page', async () => {
    const embed = await get('/embed/quiz');
    expect(embed.status).toBe(200);
    expect(embed.body).toBe('EMBED PAGE');
    expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const progress = await get('/progress');
    expect(progress.body).toBe('PROGRESS PAGE');
    expect(progress.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(progress.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('treats the Chinese embeds and pages alike', async () => {
    const embed = await get('/zh/embed/quiz');
    expect(embed.body).toBe('ZH EMBED PAGE');
    expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
    const progress = await get('/zh/progress');
    expect(progress.body).toBe('ZH PROGRESS PAGE');
    expect(progress.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  // Each of these served /progress (or the runner) with frame-ancestors * before the fix.
  it.each([
    '/embed/..%2fprogress',
    '/embed/..%2Fprogress',
    '/embed/%2e%2e%2fprogress',
    '/embed/%2E%2E%2Fprogress',
    '/embed/x/..%2f..%2fprogress',
    '/embed/..%2fsandbox%2frunner',
    '/embed/..%5cprogress',
    '/embed/..\\progress',
    '/embed/../progress',
    '/embed/%2e%2e/progress',
    '/embed/x/./../../progress',
    '/embed/.%2e/progress',
  ])('refuses %s with 400, framable by nobody', async (raw) => {
    const res = await get(raw);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('PROGRESS');
    expect(res.body).not.toContain('RUNNER');
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('a doubly encoded slash names a file that does not exist: the 404 page, never /progress', async () => {
    const res = await get('/embed/..%252fprogress');
    expect(res.status).toBe(404);
    expect(res.body).toBe('NOT FOUND PAGE');
  });

  it('sandboxes the code runner by its own header, under both names it answers to', async () => {
    const clean = await get('/sandbox/runner');
    expect(clean.status).toBe(200);
    expect(clean.body).toBe('RUNNER PAGE');
    expect(clean.headers['content-security-policy']).toBe("frame-ancestors 'self'; sandbox allow-scripts");
    // The practice page asks for runner.html, which redirects to the clean URL.
    const html = await get('/sandbox/runner.html');
    expect(html.status).toBe(301);
    expect(html.headers['content-security-policy']).toBe("frame-ancestors 'self'; sandbox allow-scripts");
  });
});

describe('serve.mjs bad paths answer 400/404, never 500', () => {
  it.each([
    ['/a%00b', 400],
    ['/embed/quiz%00.html', 400],
    ['/a%0ab', 400],
    ['/%zz', 400],
    [`/${'a'.repeat(256)}`, 404],
    [`/${'a'.repeat(251)}`, 404],
    // 126 × é is 252 bytes in UTF-8, as a browser sends it.
    [`/embed/${'%C3%A9'.repeat(126)}`, 404],
    [`/${'abcdefgh/'.repeat(200)}x`, 404],
  ])('%s → %i', async (raw, status) => {
    const res = await get(raw);
    expect(res.status).toBe(status);
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
  });

  it('a 250-byte name is still looked up (and not found here): the 404 page', async () => {
    const res = await get(`/${'a'.repeat(250)}`);
    expect(res.status).toBe(404);
    expect(res.body).toBe('NOT FOUND PAGE');
  });
});

describe('the hosting tables say what serve.mjs sends', () => {
  it.each(['README.md', 'docs/embedding.md'])('%s', (file) => {
    const text = fs.readFileSync(file, 'utf8');
    const row = (paths: string) => text.split('\n').find((line) => line.startsWith(`| ${paths} |`)) ?? '';
    const csp = (p: string) => securityHeaders(p)['Content-Security-Policy'];
    expect(row('`/embed/*`')).toContain(`\`Content-Security-Policy: ${csp('/embed/quiz/x')}\``);
    expect(row('`/sandbox/runner`, `/sandbox/runner.html`')).toContain(`\`Content-Security-Policy: ${csp('/sandbox/runner.html')}\``);
    expect(row('everything else')).toContain(`\`Content-Security-Policy: ${csp('/progress')}\`, \`X-Frame-Options: SAMEORIGIN\``);
    expect(text).toMatch(/%2F.*%5C|%5C.*%2F/);
  });
});
