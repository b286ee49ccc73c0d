import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json' with { type: 'json' };

const MESSAGES = path.join(process.cwd(), 'content/messages');

/** zh.json plus any zh.<branch>.json block of new keys that has not been folded into it yet. */
function zhFiles(): { file: string; messages: Record<string, unknown> }[] {
  return fs
    .readdirSync(MESSAGES)
    .filter((name) => /^zh(\.[\w-]+)?\.json$/.test(name))
    .sort()
    .map((file) => ({ file, messages: JSON.parse(fs.readFileSync(path.join(MESSAGES, file), 'utf8')) as Record<string, unknown> }));
}

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

describe('the zh catalog', () => {
  const files = zhFiles();
  const zh: Record<string, unknown> = Object.assign({}, ...files.map((f) => f.messages));

  it('has every English key, no other key, no empty string and the same placeholders', () => {
    expect(catalogProblems(en, zh)).toEqual([]);
  });

  it('gives each key in one file only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { file, messages } of files)
      for (const key of Object.keys(messages)) {
        const before = seen.get(key);
        if (before) twice.push(`${key}: ${before} and ${file}`);
        seen.set(key, file);
      }
    expect(twice).toEqual([]);
  });

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
