import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseContentFiles } from './zh-files';
import { findTypographySlips } from './zh-typography';

describe('Chinese punctuation', () => {
  it('finds ASCII marks after Chinese characters and half-width citation years', () => {
    const wrong = '按 Vaswani et al. (2017) 的定义,注意力是什么?\n其中 $f(x), g$ 与 `a, b` 不算。\n见 Shazeer (2017)。';
    expect(findTypographySlips(wrong).map((s) => `${s.line}: ${s.found}`)).toEqual(['1: (2017) ', '1: 义,', '1: 么?', '3: (2017)']);
  });

  it('accepts full-width marks, English sentences, code and math', () => {
    const right = '按 Vaswani et al.（2017）的定义，注意力是什么？\n"Attention Is All You Need" (Vaswani, 2017), a paper.\n公式 $a,b$ 和 `f(x)?` 照旧。';
    expect(findTypographySlips(right)).toEqual([]);
  });

  it('no Chinese lesson, question, prompt or UI string has a slip', () => {
    const slips = chineseContentFiles().flatMap((file) =>
      findTypographySlips(fs.readFileSync(file, 'utf8')).map((s) => `${path.relative(process.cwd(), file)}:${s.line} “${s.found.trim()}”: ${s.rule}`),
    );
    expect(slips).toEqual([]);
  });
});
