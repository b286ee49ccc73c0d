import { describe, expect, it } from 'vitest';
import { brownParagraphs, codeBlocks, detagBrownSentence, groupBlocks, isCleanPoem, leadingParagraphs, normalizeText, poemText } from './lm-text';

describe('normalizeText', () => {
  it('composes accents, unifies line ends and expands tabs', () => {
    expect(normalizeText('cafe\u0301\r\n\tx\ry')).toBe('café\n  x\ny');
  });
});

describe('detagBrownSentence', () => {
  it('drops the tags and re-attaches punctuation and quotes', () => {
    const line = "The/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ,/, (/( he/pps said/vbd )/) --/-- Atlanta's/np$ 1/2/cd ./.";
    expect(detagBrownSentence(line)).toBe('The jury said "no evidence", (he said)--Atlanta\'s 1/2.');
  });
});

describe('brownParagraphs', () => {
  it('reads blank-line-separated paragraphs of one sentence per line', () => {
    const file = '\n\n\tIt/pps rained/vbd ./.\n\tWe/ppss stayed/vbd ./.\n\n\n\tThen/rb sun/nn ./.\n';
    expect(brownParagraphs(file)).toEqual(['It rained. We stayed.', 'Then sun.']);
  });
});

describe('leadingParagraphs', () => {
  it('keeps paragraphs until the length is reached, at least one', () => {
    expect(leadingParagraphs(['aaaa', 'bb', 'cc'], 6)).toBe('aaaa\nbb');
    expect(leadingParagraphs(['aaaaaaaa', 'bb'], 3)).toBe('aaaaaaaa');
  });
});

describe('poems', () => {
  it('runs the lines of a poem on and refuses unreadable marks', () => {
    expect(poemText({ paragraphs: ['水陌轻寒，', ' 定巢新燕。'] })).toBe('水陌轻寒，定巢新燕。');
    expect(isCleanPoem('水陌轻寒，定巢新燕。')).toBe(true);
    expect(isCleanPoem('水陌□寒。')).toBe(false);
    expect(isCleanPoem('水陌\uFFFD寒。')).toBe(false);
    expect(isCleanPoem('けホ')).toBe(false);
  });
});

describe('codeBlocks', () => {
  const bundle = [
    '// https://d3js.org/d3-x/ v1 Copyright',
    "(function (global, factory) {})(this, (function (exports) { 'use strict';",
    '',
    'function a() {',
    '  return 1;',
    '}',
    '',
    '',
    'const b = 2;',
    '',
    'exports.a = a;',
    'exports.b = b;',
    '',
    "Object.defineProperty(exports, '__esModule', { value: true });",
    '',
    '}));',
  ].join('\n');
  it('drops the UMD wrapper and the export block, splits at blank lines', () => {
    expect(codeBlocks(bundle)).toEqual(['function a() {\n  return 1;\n}', 'const b = 2;']);
  });
  it('groups blocks into documents of a least length', () => {
    expect(groupBlocks(['abc', 'de', 'fghij', 'k'], 5)).toEqual(['abc\n\nde', 'fghij', 'k']);
  });
});
