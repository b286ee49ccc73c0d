import { describe, expect, it } from 'vitest';
import { UNK } from '@/lib/data/char-vocab';
import { charClass, CHAR_CLASSES } from './char-classes';

describe('charClass', () => {
  const cases: Array<[string, string]> = [
    [' ', 'space'],
    ['\t', 'space'],
    ['\u3000', 'space'], // ideographic space
    ['\u00a0', 'space'],
    ['\n', 'newline'],
    ['\r', 'newline'],
    ['.', 'punctuation'],
    [',', 'punctuation'],
    ['{', 'punctuation'],
    ['+', 'punctuation'], // a symbol (\p{S}) counts with punctuation
    ['=', 'punctuation'],
    ['$', 'punctuation'],
    ['，', 'punctuation'], // CJK comma
    ['。', 'punctuation'],
    ['「', 'punctuation'],
    ['？', 'punctuation'],
    ['0', 'digit'],
    ['7', 'digit'],
    ['７', 'digit'], // full-width
    ['a', 'latin'],
    ['Z', 'latin'],
    ['é', 'latin'],
    ['明', 'cjk'],
    ['酒', 'cjk'],
    [UNK, 'other'],
    ['😀', 'other'],
    ['א', 'other'],
    ['か', 'other'], // hiragana is not Han
  ];
  it.each(cases)('%j is %s', (char, expected) => {
    expect(charClass(char)).toBe(expected);
  });

  it('every class it returns is listed', () => {
    for (const [char] of cases) expect(CHAR_CLASSES).toContain(charClass(char));
  });
});
