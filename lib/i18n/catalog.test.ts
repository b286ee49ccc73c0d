import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json' with { type: 'json' };
import { CATALOGS } from './catalogs';
import { EXAMPLE_CATALOGS } from './examples';
import examplesEn from '@/content/messages/examples/en.json' with { type: 'json' };
import { LOCALES, messagesFor, t } from './index';

/** The `{name}` placeholders of a template, as a sorted set. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** Every problem of a zh catalog measured against the English one. */
export function catalogProblems(english: Record<string, string>, chinese: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!(key in chinese)) problems.push(`missing in zh: ${key}`);
  for (const [key, value] of Object.entries(chinese)) {
    if (!(key in english)) {
      problems.push(`not in en: ${key}`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`empty: ${key}`);
      continue;
    }
    const want = placeholders(english[key]).join(',');
    const got = placeholders(value).join(',');
    if (want !== got) problems.push(`placeholders of ${key}: en {${want}} zh {${got}}`);
  }
  return problems;
}

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalog', (locale) => {
  it('has every English key, no other key, no empty string and the same placeholders', () => {
    expect(catalogProblems(en, CATALOGS[locale])).toEqual([]);
  });

  it('has every worked-example sentence too, by the same rules, and no key in both catalogs', () => {
    expect(catalogProblems(examplesEn, EXAMPLE_CATALOGS[locale])).toEqual([]);
    expect(Object.keys(examplesEn).filter((key) => key in en)).toEqual([]);
  });
});

describe('catalog checks', () => {
  it('has no empty English string', () => {
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
  });

  it('catches a missing key, an extra key, an empty string and a dropped or renamed placeholder', () => {
    const english = { a: 'Step {step} of {total}', b: 'Reset', c: 'Lesson {order}' };
    const wrong = { a: '第 {step} 步，共 {count} 步', c: '第 课', d: '多余', b: ' ' };
    expect(catalogProblems(english, wrong)).toEqual([
      'placeholders of a: en {step,total} zh {count,step}',
      'placeholders of c: en {order} zh {}',
      'not in en: d',
      'empty: b',
    ]);
    expect(catalogProblems(english, { a: '{total} 步中的第 {step} 步', b: '重置' })).toEqual(['missing in zh: c']);
  });
});

describe('catalog lookup', () => {
  it('falls back to English for a key a catalog lacks', () => {
    expect(messagesFor('zh')['nav.learn']).toBe(CATALOGS.zh['nav.learn'] || 'Learn');
    expect(t('nav.learn', undefined, 'zh')).toBe(CATALOGS.zh['nav.learn'] || 'Learn');
  });
});
