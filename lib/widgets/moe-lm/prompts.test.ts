import { describe, expect, it } from 'vitest';
import { buildLmCorpus, corpusVocab } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';
import { prepareText } from '@/lib/data/char-vocab';
import { LOCALES } from '@/lib/i18n';
import { defaultPrompt, SAMPLE_PROMPTS } from './prompts';

describe('sample prompts', () => {
  it('open on English on an English page (the prompt the e2e test counts) and on Chinese on a Chinese one, which still offers the English', () => {
    expect(defaultPrompt('en')).toBe('The ');
    expect(defaultPrompt('zh')).toMatch(/^[\u4e00-\u9fff]/);
    expect(SAMPLE_PROMPTS.zh.map((p) => p.id)).toEqual(expect.arrayContaining(['zh-classical', 'zh-modern', 'en']));
  });

  it('offer the same prompts in every language, each once', () => {
    const ids = (l: (typeof LOCALES)[number]) => SAMPLE_PROMPTS[l].map((p) => p.id).sort();
    for (const l of LOCALES) expect(new Set(ids(l)).size).toBe(SAMPLE_PROMPTS[l].length);
    expect(ids('zh')).toEqual(ids('en'));
  });

  it('have no character outside the corpus vocabulary and fit the prompt field', () => {
    const vocab = corpusVocab(buildLmCorpus(readLmSources(process.cwd())));
    for (const p of SAMPLE_PROMPTS.en) {
      expect(prepareText(vocab, p.text).unknown, p.id).toBe(0);
      expect(p.text.length).toBeLessThanOrEqual(200);
    }
  });
});
