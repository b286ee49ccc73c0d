import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ContentError, parseContent } from './errors';
import { CONTENT_DIR, displayPath } from './paths';

/** One concept: the single Chinese term every Chinese page uses for it, and the variants it must not use. */
export const glossaryTermSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    en: z.string().min(1),
    abbr: z.string().min(1).optional(),
    zh: z.string().min(1),
    avoid: z.array(z.string().min(1)).default([]),
    /** A core concept: a lesson glosses it at first use even without an abbreviation. */
    core: z.boolean().default(false),
    note: z.string().min(1).optional(),
    noteZh: z.string().min(1).optional(),
  })
  .strict();

export const glossarySchema = z
  .object({ terms: z.array(glossaryTermSchema).min(1) })
  .strict()
  .superRefine(({ terms }, ctx) => {
    const ids = new Map<string, number>();
    const zhs = new Map<string, number>();
    terms.forEach((term, i) => {
      const sameId = ids.get(term.id);
      if (sameId !== undefined) ctx.addIssue({ code: 'custom', path: ['terms', i, 'id'], message: `"${term.id}" is also the id of terms[${sameId}]` });
      ids.set(term.id, i);
      const sameZh = zhs.get(term.zh);
      if (sameZh !== undefined) ctx.addIssue({ code: 'custom', path: ['terms', i, 'zh'], message: `"${term.zh}" is also the term of terms[${sameZh}]` });
      zhs.set(term.zh, i);
    });
    // A variant to avoid that is part of a term we use would flag every correct use of that term.
    terms.forEach((term, i) =>
      term.avoid.forEach((variant, j) => {
        const user = terms.find((other) => other.zh.includes(variant));
        if (user) ctx.addIssue({ code: 'custom', path: ['terms', i, 'avoid', j], message: `"${variant}" is part of the term "${user.zh}" (${user.id})` });
      }),
    );
  });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

export const GLOSSARY_FILE = path.join(CONTENT_DIR, 'glossary.yaml');

/** The validated glossary, in file order. */
export function loadGlossary(file = GLOSSARY_FILE): GlossaryTerm[] {
  const shown = displayPath(file);
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(shown, [`not valid YAML: ${(error as Error).message}`]);
  }
  return parseContent(glossarySchema, data, shown).terms;
}

const PINYIN = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });
// The first character, in pinyin order, of each initial letter (there are no syllables in I, U, V).
const PINYIN_BOUNDS = [...'阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他哇夕丫帀'];
const PINYIN_LETTERS = [...'ABCDEFGHJKLMNOPQRSTWXYZ'];

/** The letter a Chinese term files under: its pinyin initial, or its first Latin letter (KV 缓存 → K). */
export function pinyinInitial(term: string): string {
  const first = term.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  let letter = '#';
  PINYIN_BOUNDS.forEach((bound, i) => {
    if (PINYIN.compare(first, bound) >= 0) letter = PINYIN_LETTERS[i];
  });
  return letter;
}

/**
 * The terms sorted for a reader of `locale`: by English term, or, in Chinese, as a Chinese
 * dictionary files them: by pinyin, with a term that starts in Latin letters (softmax, KV 缓存)
 * under its first letter rather than all together at one end.
 */
export function sortGlossary(terms: readonly GlossaryTerm[], locale: 'en' | 'zh'): GlossaryTerm[] {
  const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const compare =
    locale === 'en'
      ? (a: GlossaryTerm, b: GlossaryTerm) => english.compare(a.en, b.en)
      : (a: GlossaryTerm, b: GlossaryTerm) => pinyinInitial(a.zh).localeCompare(pinyinInitial(b.zh)) || PINYIN.compare(a.zh, b.zh);
  return [...terms].sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
}

/** A glossary term that Chinese text used in a form it lists as a variant to avoid. */
export interface AvoidedVariant {
  id: string;
  variant: string;
  term: string;
  line: number;
}

/** Every use of an `avoid` variant in `text`, with its 1-based line. */
export function findAvoidedVariants(text: string, terms: readonly GlossaryTerm[]): AvoidedVariant[] {
  const found: AvoidedVariant[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const term of terms)
      for (const variant of term.avoid) if (line.includes(variant)) found.push({ id: term.id, variant, term: term.zh, line: i + 1 });
  });
  return found;
}

/** Whether a zh lesson must give the English at a term's first use: abbreviated terms and core concepts. */
export function needsGloss(term: GlossaryTerm): boolean {
  return term.abbr !== undefined || term.core;
}

/**
 * The prose of an MDX lesson, for finding a term's first use: without front matter, headings (a
 * heading is no place for the English), code, math, JSX tags and their props, link targets and
 * emphasis markers (so `**混合专家模型**（Mixture of Experts, MoE）` reads as the term then the gloss).
 */
export function lessonProse(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/`[^`\n]+`/g, ' ')
    .replace(/^#{1,6} .*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^<>]*\/?>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|\*/g, '');
}

const normalise = (s: string) => s.toLowerCase().replace(/[-‐–—\s]+/g, ' ').trim();

/** Whether `gloss` (the text inside the parentheses) names `term` in English, with its abbreviation if it has one. */
export function glossNames(gloss: string, term: GlossaryTerm): boolean {
  const parts = gloss.split(/[,，;；]/).map(normalise);
  // "includes": 自注意力 may first appear inside 多头自注意力（multi-head self-attention）
  if (!parts.some((part) => part.includes(normalise(term.en)))) return false;
  return term.abbr === undefined || parts.includes(normalise(term.abbr));
}

/** A term whose first use in a lesson lacks the English in full-width parentheses. */
export interface MissingGloss {
  id: string;
  term: string;
  expected: string;
  found: string;
}

/** The terms of `terms` that need a gloss and whose first use in the prose of `mdx` is not followed by it. */
export function findMissingGlosses(mdx: string, terms: readonly GlossaryTerm[]): MissingGloss[] {
  const prose = lessonProse(mdx);
  const missing: MissingGloss[] = [];
  for (const term of terms) {
    if (!needsGloss(term)) continue;
    const at = prose.indexOf(term.zh);
    if (at < 0) continue;
    const after = prose.slice(at + term.zh.length);
    const gloss = /^（([^（）\n]+)）/.exec(after);
    if (gloss && glossNames(gloss[1], term)) continue;
    missing.push({
      id: term.id,
      term: term.zh,
      expected: `${term.zh}（${term.abbr ? `${term.en}, ${term.abbr}` : term.en}）`,
      found: term.zh + after.slice(0, 24).split('\n')[0],
    });
  }
  return missing;
}
