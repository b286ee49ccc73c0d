import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, sourceFiles } from '@/scripts/import-graph';

const root = path.resolve(__dirname, '..');
const rel = (f: string) => path.relative(root, f);

describe('lib/ import graph', () => {
  it('has no import cycle between files of lib/', () => {
    const graph = importGraph(root, sourceFiles(path.join(root, 'lib')));
    const cycles = findCycles(graph).map((cycle) => cycle.map(rel).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
