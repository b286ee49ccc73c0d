import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers';

test('every page carries a Content-Security-Policy that allows no unlisted inline script', async ({ page }) => {
  const paths = await sitemapPaths(page);
  for (const path of [...paths, '/embed/moe-playground', '/embed/routing-lab']) {
    const html = await (await page.request.get(path)).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
    expect(policy, path).toBeDefined();
    const scriptSrc = policy!.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(policy, path).toContain("object-src 'none'");
  }
});

test('a script injected into the page is refused by the policy', async ({ page }) => {
  await page.goto('/learn/scaled-dot-product-attention');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked by ${e.violatedDirective}`));
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        setTimeout(() => resolve(`ran: ${String((window as unknown as { __injected?: boolean }).__injected)}`), 2000);
      }),
  );
  expect(outcome).toBe('blocked by script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

// Issue 20 item 1: framed without its sandbox attribute (via /embed/..%2fsandbox%2frunner) the
// runner had the site's origin and its worker opened the site's IndexedDB. Its own header now
// makes it opaque however it is loaded; here it is opened directly.
test('the code runner is an opaque origin even when loaded without a sandboxed frame', async ({ page }) => {
  await page.goto('/sandbox/runner.html');
  expect(await page.evaluate(() => window.origin)).toBe('null');
  expect(
    await page.evaluate(() => {
      try {
        return typeof window.localStorage.length;
      } catch (e) {
        return (e as Error).name;
      }
    }),
  ).toBe('SecurityError');
  const bypass = await page.request.get('/embed/..%2fsandbox%2frunner');
  expect(bypass.status()).toBe(400);
});
