import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// Guards the isolation the practice page relies on (the browser test proves it works; this
// catches an edit that loosens it).
const runner = fs.readFileSync('public/sandbox/runner.html', 'utf8');
const client = fs.readFileSync('components/practice/sandbox-client.ts', 'utf8');

describe('code-exercise sandbox policy', () => {
  const csp = runner.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it('the runner page blocks connections and allows scripts only inline and from blobs', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['worker-src']).toEqual(['blob:']);
    expect(directives['script-src']).toEqual(["'unsafe-inline'", "'unsafe-eval'", 'blob:']);
  });

  it('the worker gets calls without expected values; the frame grades what it posts', () => {
    const toWorker = runner.match(/worker\.postMessage\(([^;]+)\);/)?.[1] ?? '';
    expect(toWorker).toContain('calls: grader.callsOf(request.tests)');
    expect(toWorker).not.toMatch(/\btests:/);
    expect(runner).toContain('grader.gradeCalls(request.tests, m.result)');
    expect(runner).not.toContain('runSuite');
  });

  it('the page frames it with allow-scripts only (never allow-same-origin)', () => {
    expect(client).toContain("frame.setAttribute('sandbox', 'allow-scripts')");
    expect(client).not.toMatch(/allow-same-origin/);
  });
});
