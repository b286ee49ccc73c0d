import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, type Page } from '@playwright/test';

// The site runs on E2E_PORT (localhost); the host page lives on another origin: a second server
// on 127.0.0.1 (a public origin such as http://instructor.test may not frame a local server:
// Chromium's local network access rules block that).
let hostServer: http.Server;
let HOST = '';
const pages = new Map<string, string>();

/** Starts the instructor's server for the spec file that calls it (once, at the top level). */
export function serveHostPages() {
  test.beforeAll(async () => {
    hostServer = http.createServer((req, res) => {
      // The browser asks every origin for its icon; an instructor's page has none to give.
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const body = pages.get(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
    HOST = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));
}

export type Message = { origin: string; data: { source: string; type: string; widget: string; payload: Record<string, unknown> } };

/** Opens a host page on another origin that frames `path` of the site and records our messages. */
export async function openHost(page: Page, baseURL: string | undefined, path: string, { script = false, height = 300, above = 0 } = {}) {
  const site = new URL(baseURL ?? 'http://localhost:3100').origin;
  const html = `<!doctype html><html lang="en"><head><title>Course page</title>
<script>window.messages = []; addEventListener('message', (e) => { if (e.data && e.data.source === 'moe-lab') window.messages.push({ origin: e.origin, data: e.data }); });</script>
${script ? `<script src="${site}/embed.js"></script>` : ''}</head>
<body><h1>Week 3</h1>${above ? `<div style="height:${above}px">Reading</div>` : ''}<iframe id="lab" src="${site}${path}" title="MoE Lab" style="width:900px;height:${height}px;border:0"></iframe></body></html>`;
  const name = `/course-${pages.size}`;
  pages.set(name, html);
  await page.goto(`${HOST}${name}`);
  return { site, frame: page.frameLocator('#lab') };
}

export const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Message[] }).messages);
export const ofType = async (page: Page, type: string) => (await messages(page)).filter((m) => m.data.type === type);
export const postToFrame = (page: Page, message: unknown) =>
  page.evaluate((m) => (document.getElementById('lab') as HTMLIFrameElement).contentWindow?.postMessage(m, '*'), message);
