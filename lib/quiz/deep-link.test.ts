import { describe, expect, it } from 'vitest';
import { linkedQuestion, questionHref } from './deep-link';

const IDS = ['attn-formula', 'attn-why-scale'];

describe('linkedQuestion', () => {
  it('finds a question of the set by its exact id', () => {
    expect(linkedQuestion('attn-why-scale', IDS)).toEqual({ kind: 'found', id: 'attn-why-scale' });
    expect(linkedQuestion('  attn-formula ', IDS)).toEqual({ kind: 'found', id: 'attn-formula' });
  });

  it('treats a missing or blank value as no link', () => {
    expect(linkedQuestion(null, IDS)).toEqual({ kind: 'none' });
    expect(linkedQuestion('', IDS)).toEqual({ kind: 'none' });
    expect(linkedQuestion('   ', IDS)).toEqual({ kind: 'none' });
  });

  it('reports an unknown id, shortened when long, instead of guessing', () => {
    expect(linkedQuestion('nonexistent', IDS)).toEqual({ kind: 'unknown', shown: 'nonexistent' });
    expect(linkedQuestion('ATTN-FORMULA', IDS)).toEqual({ kind: 'unknown', shown: 'ATTN-FORMULA' });
    const long = linkedQuestion('x'.repeat(500), IDS);
    expect(long).toEqual({ kind: 'unknown', shown: `${'x'.repeat(39)}…` });
  });
});

describe('questionHref', () => {
  it('links the set page with the question id as ?q=, encoded', () => {
    expect(questionHref('attention', 'attn-why-scale')).toBe('/quiz/attention?q=attn-why-scale');
    expect(questionHref('attention', 'a&b c')).toBe('/quiz/attention?q=a%26b%20c');
  });
});
