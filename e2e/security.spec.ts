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
