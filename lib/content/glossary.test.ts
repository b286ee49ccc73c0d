import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { findAvoidedVariants, findMissingGlosses, glossarySchema, lessonProse, loadGlossary, pinyinInitial, sortGlossary, type GlossaryTerm } from './glossary';
import { chineseContentFiles, chineseLessonFiles } from './zh-files';

const terms = loadGlossary();

const zhLessons = chineseLessonFiles();
const chineseFiles = chineseContentFiles();
const shown = (file: string) => path.relative(process.cwd(), file);

const term = (over: Partial<GlossaryTerm> & Pick<GlossaryTerm, 'id' | 'en' | 'zh'>): GlossaryTerm => ({ avoid: [], core: false, ...over });
const moe = term({ id: 'moe', en: 'Mixture of Experts', abbr: 'MoE', zh: '混合专家模型', avoid: ['专家混合模型'], core: true });
const sdpa = term({ id: 'sdpa', en: 'scaled dot-product attention', zh: '缩放点积注意力', core: true });
const router = term({ id: 'router', en: 'router', zh: '路由器' });

describe('the glossary', () => {
  it('parses, with unique ids and one Chinese term per concept', () => {
    expect(terms.length).toBeGreaterThan(50);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    expect(new Set(terms.map((t) => t.zh)).size).toBe(terms.length);
    expect(terms.find((t) => t.id === 'moe')).toMatchObject({ zh: '混合专家模型', abbr: 'MoE', en: 'Mixture of Experts' });
  });

  it('rejects a repeated id, a repeated Chinese term, and a variant to avoid that is part of a term in use', () => {
    const result = glossarySchema.safeParse({
      terms: [
        { id: 'a', en: 'router', zh: '路由器' },
        { id: 'a', en: 'routing', zh: '路由器' },
        { id: 'b', en: 'expert', zh: '专家', avoid: ['路由'] },
      ],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('"a" is also the id of terms[0]');
    expect(messages).toContain('"路由器" is also the term of terms[0]');
    expect(messages).toContain('"路由" is part of the term "路由器"');
  });

  it('names the file when the glossary does not parse', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-')), 'glossary.yaml');
    fs.writeFileSync(file, 'terms:\n  - { id: moe, zh: 混合专家模型 }\n');
    expect(() => loadGlossary(file)).toThrow(ContentError);
    expect(() => loadGlossary(file)).toThrow(/field "terms\[0\]\.en"/);
  });

  it('sorts alphabetically in English and in pinyin order in Chinese', () => {
    const list = [term({ id: 'z', en: 'stacking', zh: '堆叠' }), term({ id: 'a', en: 'attention', zh: '注意力' }), term({ id: 'b', en: 'bagging', zh: '袋外' })];
    expect(sortGlossary(list, 'en').map((t) => t.en)).toEqual(['attention', 'bagging', 'stacking']);
    // pinyin: dài, duī, zhù
    expect(sortGlossary(list, 'zh').map((t) => t.zh)).toEqual(['袋外', '堆叠', '注意力']);
    // a term in Latin letters files under its first letter, among the Chinese ones
    const mixed = [term({ id: 'k', en: 'KV cache', zh: 'KV 缓存' }), term({ id: 'j', en: 'key', zh: '键' }), term({ id: 'l', en: 'routing', zh: '路由' }), term({ id: 's', en: 'softmax', zh: 'softmax' })];
    expect(sortGlossary(mixed, 'zh').map((t) => t.zh)).toEqual(['键', 'KV 缓存', '路由', 'softmax']);
    expect(['阿', '八', '专家', '自注意力', '因果掩码', 'Top-K 路由'].map(pinyinInitial)).toEqual(['A', 'B', 'Z', 'Z', 'Y', 'T']);
  });
});

describe('Chinese text uses the glossary terms', () => {
  it('finds a variant to avoid, by line', () => {
    expect(findAvoidedVariants('第一行\n专家混合模型（MoE）很流行', [moe])).toEqual([{ id: 'moe', variant: '专家混合模型', term: '混合专家模型', line: 2 }]);
    expect(findAvoidedVariants('混合专家模型（Mixture of Experts, MoE）', [moe])).toEqual([]);
  });

  it.each(chineseFiles.map((f) => [shown(f), f]))('%s uses no variant the glossary says to avoid', (_, file) => {
    const found = findAvoidedVariants(fs.readFileSync(file, 'utf8'), terms).map((v) => `line ${v.line}: “${v.variant}” — write “${v.term}” (${v.id})`);
    expect(found).toEqual([]);
  });
});

describe('a zh lesson gives the English at the first use of an abbreviated or core term', () => {
  it('accepts the gloss right after the first use, in either comma, any case, after bold or a link', () => {
    const ok = [
      '混合专家模型（Mixture of Experts, MoE）把前馈层换成专家。之后的混合专家模型不再注明。',
      '**混合专家模型**（mixture-of-experts，MoE）把前馈层换成专家。',
      '[混合专家模型](/learn/mixture-of-experts)（Mixture of Experts, MoE）把前馈层换成专家。',
      '---\ntitle: 混合专家模型\n---\n\n## 什么是混合专家模型\n\n混合专家模型（Mixture of Experts, MoE）……',
    ];
    for (const mdx of ok) expect(findMissingGlosses(mdx, [moe, sdpa, router]), mdx).toEqual([]);
  });

  it('flags a first use without the gloss, with half-width parentheses, or without the abbreviation', () => {
    const wrong = [
      '混合专家模型把前馈层换成专家。后来才写混合专家模型（Mixture of Experts, MoE）。',
      '混合专家模型(Mixture of Experts, MoE)把前馈层换成专家。',
      '混合专家模型（Mixture of Experts）把前馈层换成专家。',
      '混合专家模型（MoE）把前馈层换成专家。',
    ];
    for (const mdx of wrong) expect(findMissingGlosses(mdx, [moe]).map((m) => m.id), mdx).toEqual(['moe']);
    expect(findMissingGlosses('缩放点积注意力的公式是……', [sdpa])[0]).toMatchObject({ expected: '缩放点积注意力（scaled dot-product attention）' });
  });

  it('ignores terms that need no gloss, and uses in headings, code, math and component props', () => {
    expect(findMissingGlosses('路由器为每个词元打分。', [router])).toEqual([]);
    const mdx = [
      '## 混合专家模型',
      '<Misconception title="混合专家模型就是多头注意力">',
      '`混合专家模型` 与 $\\text{混合专家模型}$',
      '```ts\n// 混合专家模型\n```',
      '正文：混合专家模型（Mixture of Experts, MoE）。',
    ].join('\n\n');
    expect(lessonProse(mdx)).not.toMatch(/混合专家模型就是/);
    expect(findMissingGlosses(mdx, [moe])).toEqual([]);
  });

  it.each(zhLessons.map((f) => [shown(f), f]))('%s glosses each such term at its first use', (_, file) => {
    const missing = findMissingGlosses(fs.readFileSync(file, 'utf8'), terms).map((m) => `first use “${m.found}…”: write ${m.expected}`);
    expect(missing).toEqual([]);
  });
});
