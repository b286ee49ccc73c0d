import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor, builtRoutes, pageScripts } from './check-budgets.mjs';

describe('first-load budgets', () => {
  it('puts each kind of route in its own budget', () => {
    const kind = (route: string) => budgetFor(route)?.kind;
    expect(['index', '404', 'learn', 'learn/ensembles', 'playground'].map(kind)).toEqual(Array(5).fill('reading'));
    expect(budgetFor('learn/ensembles')?.kb).toBe(200);
    expect(['practice', 'practice/stable-softmax'].map(kind)).toEqual(['practice', 'practice']);
    expect(['quiz', 'quiz/mock', 'quiz/review', 'progress', 'embed/quiz/attention'].map(kind)).toEqual(Array(5).fill('quiz'));
    expect(['playground/moe', 'embed/moe-playground', 'playground/moe-lm'].map(kind)).toEqual(['widget', 'widget', 'widget']);
    expect(kind('sandbox/runner')).toBe('sandbox');
    // the Chinese pages have their English twins' budgets
    expect(['zh', 'zh/learn/ensembles', 'zh/quiz/attention', 'zh/practice/rope', 'zh/playground/moe', 'zh/embed/moe-playground', 'zh/embed/quiz/attention'].map(kind)).toEqual(['reading', 'reading', 'quiz', 'practice', 'widget', 'widget', 'quiz']);
    expect(kind('zh/admin')).toBeUndefined();
    // a route of a new kind has no budget, so the check fails until one is set
    expect(kind('learn/ensembles/extra')).toBeUndefined();
    expect(kind('admin')).toBeUndefined();
  });

  it('finds every built page and only the site’s own scripts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgets-'));
    for (const f of ['index.html', 'learn/a.html', 'embed/quiz/b.html', '_next/static/x.html', 'learn/a.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), '');
    }
    expect(builtRoutes(dir)).toEqual(['embed/quiz/b', 'index', 'learn/a']);
    expect(pageScripts('<script src="/_next/a.js"></script><script async src="/embed.js"></script><script src="/_next/b.js">')).toEqual(['/_next/a.js', '/_next/b.js']);
  });
});
