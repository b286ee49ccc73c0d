import type { Locale, MessageKey } from '@/lib/i18n';

/**
 * The generation panel's sample prompts. The corpus is English prose, Song ci and code, so each
 * prompt is made of characters the vocabulary holds (checked in prompts.test.ts): the classical
 * line is Su Shi's, and the modern sentence uses only characters the ci use too, which is what the
 * model makes of modern Chinese — it answers in the register it learned.
 */
export interface SamplePrompt {
  id: 'en' | 'zh-classical' | 'zh-modern' | 'code';
  text: string;
  /** the `lang` of the text (a screen reader reads it in that language) */
  lang: string;
  /** the catalog key of the button's name */
  label: MessageKey;
}

const EN: SamplePrompt = { id: 'en', text: 'The ', lang: 'en', label: 'lm.gen.sample.en' };
const ZH_CLASSICAL: SamplePrompt = { id: 'zh-classical', text: '明月几时有，把酒问青天。', lang: 'zh-Hans', label: 'lm.gen.sample.zhClassical' };
const ZH_MODERN: SamplePrompt = { id: 'zh-modern', text: '今天天气真好，我想去', lang: 'zh-Hans', label: 'lm.gen.sample.zhModern' };
const CODE: SamplePrompt = { id: 'code', text: 'function ', lang: 'en', label: 'lm.gen.sample.code' };

/** The page's language's prompts, the default first: a Chinese page opens on Su Shi's line and still offers the English one. */
export const SAMPLE_PROMPTS: Record<Locale, readonly SamplePrompt[]> = {
  en: [EN, ZH_CLASSICAL, ZH_MODERN, CODE],
  zh: [ZH_CLASSICAL, ZH_MODERN, EN, CODE],
};

/** The prompt the panel opens with on a page in `locale`. */
export function defaultPrompt(locale: Locale): string {
  return SAMPLE_PROMPTS[locale][0].text;
}
