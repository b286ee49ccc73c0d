import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json' with { type: 'json' };
import { CATALOGS } from './catalogs';
import { LOCALES, messagesFor, t } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Every UI string in every language: red while a catalog lacks keys (zh.json starts empty).
describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalog', (locale) => {
  const catalog: Record<string, string | undefined> = CATALOGS[locale];

  it('has every English key, none empty', () => {
    const missing = Object.keys(en).filter((key) => !catalog[key]?.trim());
    expect(missing, `${missing.length} of ${Object.keys(en).length} keys missing`).toEqual([]);
  });

  it('has no key English lacks, and the same {placeholders} in each string', () => {
    expect(Object.keys(catalog).filter((key) => !(key in en))).toEqual([]);
    const differ = Object.entries(catalog).filter(([key, value]) => key in en && value && placeholders(value).join() !== placeholders(en[key as keyof typeof en]).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });
});

describe('catalog lookup', () => {
  it('falls back to English for a key a catalog lacks', () => {
    expect(messagesFor('zh')['nav.learn']).toBe(CATALOGS.zh['nav.learn'] || 'Learn');
    expect(t('nav.learn', undefined, 'zh')).toBe(CATALOGS.zh['nav.learn'] || 'Learn');
  });
});
