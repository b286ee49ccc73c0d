/**
 * The project's own import graph, read from the source as text: every `import … from '…'`,
 * `export … from '…'`, side-effect `import '…'`, dynamic `import('…')` and `new URL('…', import.meta.url)`
 * (how a worker entry is named) that resolves to a file of this repository (`@/` is the repository
 * root, as in tsconfig.json). Packages are left out. Used by lib/import-cycles.test.ts,
 * scripts/client-keys.ts and docs/architecture.md's folder count; no dependency beyond node.
 */
import fs from 'node:fs';
import path from 'node:path';

const SPECIFIER = [
  /\bfrom\s+['"]([^'"]+)['"]/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
];
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The specifiers a source text names (comments are stripped first so examples in them do not count). */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const re of SPECIFIER) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/** The repository file a specifier names from `from` (absolute path), or null for a package. */
export function resolveSpecifier(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every .ts/.tsx file below `dir` (absolute), tests included unless `withTests` is false. */
export function sourceFiles(dir: string, withTests = true): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full, withTests));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && (withTests || !/\.test\.tsx?$/.test(entry.name))) out.push(full);
  }
  return out.sort();
}

/** file → the repository files it imports. */
export function importGraph(root: string, files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiers(fs.readFileSync(file, 'utf8'))
      .map((spec) => resolveSpecifier(root, file, spec))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of a graph (each as the files along it, first repeated at the end), one per strongly connected group. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

/** Every repository file reachable from `entry` (itself included), following imports anywhere in the repository. */
export function reachable(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(root, file, spec);
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

// `npx tsx scripts/import-graph.ts <entry file>`: the folders a page's code crosses.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = process.cwd();
  const entry = path.resolve(root, process.argv[2] ?? 'app/(site)/playground/moe/page.tsx');
  const folders = [...new Set(reachable(root, entry).map((f) => path.relative(root, path.dirname(f))))].sort();
  console.log(`${folders.length} folders from ${path.relative(root, entry)}:`);
  for (const folder of folders) console.log(`  ${folder}`);
}
