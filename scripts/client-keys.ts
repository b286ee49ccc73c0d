/**
 * Which UI catalog keys a route's client components can read, found in the source: the route's
 * server modules are followed to the client boundary ('use client' files), then everything those
 * import (what ships to the browser, workers included) is read for key literals. A literal that
 * is a key (`t('quiz.check')`, `label: 'knob.seed'`) counts as that key; a template literal's
 * leading text (`t(`knob.option.${v}`)`) or a literal ending in a dot counts as every key it
 * starts. Type-only imports carry no code and are not followed; JSON (the catalogs) is not read.
 * Used by lib/i18n/page-messages.test.ts; `npx tsx scripts/client-keys.ts <route file>` lists a
 * route's client entries and namespaces.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { resolveSpecifier } from './import-graph';

/** What one source file contributes: the repository files it imports (code only) and its key-like strings. */
type Scanned = { client: boolean; imports: string[]; strings: string[]; prefixes: string[] };

const cache = new Map<string, Scanned>();

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs code
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  // `import { type A, type B }` carries no code; `import {}` neither
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
}

function scan(root: string, file: string): Scanned {
  const hit = cache.get(file);
  if (hit) return hit;
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specs: string[] = [];
  const strings: string[] = [];
  const prefixes: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      if (!isTypeOnlyImport(node) && ts.isStringLiteral(node.moduleSpecifier)) specs.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      if (!node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specs.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specs.push(node.arguments[0].text);
    }
    // a worker entry: `new URL('./x.worker.ts', import.meta.url)`; what it posts may be keys the page translates
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'URL' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0])) {
      specs.push(node.arguments[0].text);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
    else if (ts.isTemplateExpression(node)) prefixes.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const first = source.statements[0];
  const client = first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use client';
  const imports = specs.map((spec) => resolveSpecifier(root, file, spec)).filter((t): t is string => t !== null && /\.tsx?$/.test(t));
  const scanned = { client, imports: [...new Set(imports)], strings, prefixes };
  cache.set(file, scanned);
  return scanned;
}

/**
 * The 'use client' modules a server module can render: its imports followed through server
 * modules, stopping at each client module (where the browser's bundle begins).
 */
export function clientEntries(root: string, serverFile: string): string[] {
  const seen = new Set<string>();
  const entries = new Set<string>();
  const queue = [serverFile];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const scanned = scan(root, file);
    if (scanned.client && file !== serverFile) {
      entries.add(file);
      continue;
    }
    queue.push(...scanned.imports);
  }
  return [...entries].sort();
}

/** Every module the browser loads for `entries`: them and all they import. */
export function clientModules(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...scan(root, file).imports);
  }
  return [...seen].sort();
}

/** The keys of `keys` that `files` can read: exact literals, and every key a dotted prefix starts. */
export function keysReadIn(root: string, files: string[], keys: readonly string[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  const add = (key: string, file: string) => byKey.set(key, [...(byKey.get(key) ?? []), path.relative(root, file)]);
  const known = new Set(keys);
  for (const file of files) {
    // lib/math imports nothing outside itself (eslint.config.mjs), so it cannot hand a key to `t`;
    // its error messages' `attention.${field}` would otherwise claim every attention.* key
    if (path.relative(root, file).startsWith(`lib${path.sep}math${path.sep}`)) continue;
    const { strings, prefixes } = scan(root, file);
    const found = new Set<string>();
    for (const s of strings) {
      if (known.has(s)) found.add(s);
      else if (s.includes('.') && s.endsWith('.')) for (const k of keys) if (k.startsWith(s)) found.add(k);
    }
    for (const p of prefixes) if (p.includes('.')) for (const k of keys) if (k.startsWith(p)) found.add(k);
    for (const k of found) add(k, file);
  }
  return byKey;
}

/** The string values of `prop` on every `<tag …>` element in `file` (null where the value is not a string literal). */
export function jsxStringProps(file: string, tag: string, prop: string): (string | null)[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: (string | null)[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText(source) === tag) {
      const attribute = node.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText(source) === prop);
      found.push(attribute?.initializer && ts.isStringLiteral(attribute.initializer) ? attribute.initializer.text : null);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// `npx tsx scripts/client-keys.ts <route file>`: a route's client entries and the namespaces they read.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = process.cwd();
  const keys = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'content/messages/en.json'), 'utf8')));
  for (const arg of process.argv.slice(2)) {
    const entry = path.resolve(root, arg);
    const entries = clientEntries(root, entry);
    const read = keysReadIn(root, clientModules(root, entries), keys);
    const namespaces = new Map<string, number>();
    for (const k of read.keys()) namespaces.set(k.split('.')[0], (namespaces.get(k.split('.')[0]) ?? 0) + 1);
    console.log(`${path.relative(root, entry)}: ${entries.length} client entries, ${read.size} keys`);
    console.log(`  ${[...namespaces].map(([n, c]) => `${n}(${c})`).join(' ')}`);
  }
}
