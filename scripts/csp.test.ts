import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withCsp } from './csp.mjs';

const sha = (s: string) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('csp', () => {
  const page = '<html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script><script>theme()</script></head><body><script>self.__next_f.push([1])</script></body></html>';

  it('allows exactly the inline scripts of the page, by hash', () => {
    const out = withCsp(page);
    const policy = out.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/)?.[1] ?? '';
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('theme()')} ${sha('self.__next_f.push([1])')}`);
    expect(policy).not.toContain('unsafe-inline\'; script');
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the policy right after the charset, before any script', () => {
    const out = withCsp(page);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('<meta charSet')).toBeLessThan(out.indexOf('Content-Security-Policy'));
  });

  it('leaves a page with its own policy alone and is idempotent', () => {
    const once = withCsp(page);
    expect(withCsp(once)).toBe(once);
  });

  it('never allows inline script by keyword', () => {
    expect(policyFor([])).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  });
});
