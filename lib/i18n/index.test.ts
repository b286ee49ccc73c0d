import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json' with { type: 'json' };
import { t } from './index';

describe('t', () => {
  it('returns the English string for a key', () => {
    expect(t('nav.learn')).toBe('Learn');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('learn.minutes', { minutes: 12 })).toBe('12 min read');
    expect(t('learn.lessonNumber')).toBe('Lesson {order}');
  });

  it('has no empty strings in the catalog', () => {
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
  });
});
