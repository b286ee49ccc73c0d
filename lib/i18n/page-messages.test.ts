import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json' with { type: 'json' };
import { clientEntries, clientModules, jsxStringProps, keysReadIn } from '@/scripts/client-keys';
import { sourceFiles } from '@/scripts/import-graph';
import { coversKey, PAGE_MESSAGES, pickMessages } from './page-messages';

const root = process.cwd();
const KEYS = Object.keys(en);
const rel = (file: string) => path.relative(root, file);

/** A route file of a non-English root layout, the kind it names and the keys its client code can read (key → files). */
type Route = { file: string; kind: string | null; reads: Map<string, string[]> };

function readRoute(file: string): Route {
  const kinds = jsxStringProps(file, 'PageMessages', 'kind');
  if (kinds.length > 1 || kinds.includes(null)) throw new Error(`${rel(file)}: one <PageMessages kind="…"> with a literal kind at most`);
  const reads = keysReadIn(root, clientModules(root, clientEntries(root, file)), KEYS);
  return { file, kind: kinds[0] ?? null, reads };
}

/**
 * What is wrong with `table` for `routes`: a key a route's client code can read that neither the
 * root layout (`shell`) nor the route's kind delivers (it would show in English), a kind no route
 * names, an unknown kind, and an entry that no route of its kind reads (payload for nothing).
 */
export function deliveryProblems(routes: Route[], table: Record<string, readonly string[]>): string[] {
  const problems: string[] = [];
  const read = new Map<string, Set<string>>(Object.keys(table).map((kind) => [kind, new Set()]));
  for (const route of routes) {
    const layout = path.basename(route.file) === 'layout.tsx';
    const kind = layout ? 'shell' : route.kind;
    if (layout && route.kind !== null) problems.push(`${rel(route.file)}: a root layout delivers \`shell\` (ZhLocaleProvider), not a PageMessages kind`);
    if (kind !== null && !(kind in table)) {
      problems.push(`${rel(route.file)}: no kind "${kind}" in PAGE_MESSAGES`);
      continue;
    }
    const delivered = [...table.shell, ...(kind ? table[kind] : [])];
    // missing keys by namespace, each with the first file that reads it
    const missing = new Map<string, string[]>();
    for (const [key, files] of route.reads) {
      if (kind) read.get(kind)!.add(key);
      if (delivered.some((p) => coversKey(p, key))) continue;
      const namespace = key.split('.')[0];
      missing.set(namespace, [...(missing.get(namespace) ?? []), `${key} (${files[0]})`]);
    }
    for (const [namespace, keys] of missing) {
      const shown = keys.slice(0, 4).join(', ') + (keys.length > 4 ? `, … ${keys.length - 4} more` : '');
      problems.push(`${rel(route.file)} (kind ${kind ?? 'none'}): its client code can read ${keys.length} ${namespace}.* key(s) not delivered: ${shown}`);
    }
  }
  for (const [kind, prefixes] of Object.entries(table)) {
    if (kind !== 'shell' && !routes.some((r) => r.kind === kind)) problems.push(`kind "${kind}": no route names it`);
    for (const prefix of prefixes) {
      if (![...read.get(kind)!].some((key) => coversKey(prefix, key))) problems.push(`kind "${kind}": no route of this kind reads anything under "${prefix}"`);
    }
  }
  return problems;
}

const routeFiles = (group: string) => sourceFiles(path.join(root, 'app', group), false).filter((f) => /(page|layout)\.tsx$/.test(f));
const ROUTES = ['(zh)', '(zh-embed)'].flatMap(routeFiles).map(readRoute);

describe('PAGE_MESSAGES', () => {
  it('delivers every key each Chinese route can read, names no unknown or unused kind and has no dead entry', () => {
    expect(ROUTES.length).toBeGreaterThan(20);
    expect(deliveryProblems(ROUTES, PAGE_MESSAGES)).toEqual([]);
  });

  it('fails when a kind loses a namespace its client code reads, or gains one it does not', () => {
    const lessMoe = { ...PAGE_MESSAGES, 'moe-playground': PAGE_MESSAGES['moe-playground'].filter((p) => p !== 'moe') };
    const problems = deliveryProblems(ROUTES, lessMoe);
    expect(problems.some((p) => p.startsWith('app/(zh)/zh/playground/moe/page.tsx (kind moe-playground): its client code can read 51 moe.* key(s) not delivered: moe.'))).toBe(true);
    expect(problems.some((p) => p.startsWith('app/(zh-embed)/zh/embed/moe-playground/page.tsx'))).toBe(true);
    expect(deliveryProblems(ROUTES, { ...PAGE_MESSAGES, quiz: [...PAGE_MESSAGES.quiz, 'routing'] })).toEqual(['kind "quiz": no route of this kind reads anything under "routing"']);
    expect(deliveryProblems(ROUTES, { ...PAGE_MESSAGES, spare: ['nav'] })).toEqual(['kind "spare": no route names it', 'kind "spare": no route of this kind reads anything under "nav"']);
  });

  it('reads a route without a kind as delivering the shell only', () => {
    const quiz = ROUTES.find((r) => r.file.endsWith(path.join('(zh)', 'zh', 'quiz', 'page.tsx')))!;
    expect(quiz.kind).toBe('quiz');
    expect(deliveryProblems([{ ...quiz, kind: null }], { shell: [] })[0]).toMatch(/^app\/\(zh\)\/zh\/quiz\/page\.tsx \(kind none\): its client code can read \d+ \w+\.\* key\(s\) not delivered: /);
  });

  it('leaves the English routes without any catalog in their payload', () => {
    for (const file of ['(site)', '(embed)'].flatMap(routeFiles)) {
      const source = fs.readFileSync(file, 'utf8');
      expect(/PageMessages|ZhLocaleProvider|i18n\/catalogs/.test(source), rel(file)).toBe(false);
    }
  });
});

describe('the client key scan', () => {
  it('finds literal keys, template prefixes and worker code, and stops server code at the client boundary', () => {
    const moe = ROUTES.find((r) => r.file.endsWith(path.join('(zh)', 'zh', 'playground', 'moe', 'page.tsx')))!;
    expect(clientEntries(root, moe.file).map(rel)).toContain('components/widgets/moe-playground/moe-playground-route.tsx');
    expect(moe.reads.get('widget.play')).toBeDefined(); // t('widget.play') in the run toolbar
    expect(moe.reads.get('knob.option.balanced')).toBeDefined(); // t(`knob.option.${value}`)
    // a lesson's client code (the lazy frames, the links) reads no UI string: its labels come from the server
    const lesson = ROUTES.find((r) => r.file.includes(path.join('learn', '[slug]')))!;
    expect(lesson.kind).toBeNull();
    expect([...lesson.reads.keys()]).toEqual([]);
  });
});

describe('pickMessages', () => {
  it('keeps the keys under each prefix, at segment boundaries', () => {
    const catalog = { 'quiz.review.due': 'a', 'quiz.reviewed': 'b', 'quiz.review': 'c', 'nav.learn': 'd' } as Record<string, string>;
    expect(pickMessages(catalog, ['quiz.review'])).toEqual({ 'quiz.review.due': 'a', 'quiz.review': 'c' });
    expect(pickMessages(catalog, [])).toEqual({});
    expect(Object.keys(pickMessages(en, ['nav']))).toEqual(KEYS.filter((k) => k.startsWith('nav.')));
  });
});
