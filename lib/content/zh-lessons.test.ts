import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMdx } from '@/components/content/compile-mdx';
import { lessonSections } from './lesson-sections';
import { loadLessons } from './lessons';
import { loadQuizSets } from './quizzes';

const front = (title: string, objectives: string[]) =>
  `---\ntitle: ${title}\nslug: scaling\norder: 1\nsummary: ${title}.\nobjectives:\n${objectives.map((o) => `  - ${o}`).join('\n')}\nsources:\n  - { title: Attention Is All You Need, authors: Vaswani et al., year: 2017, url: 'https://arxiv.org/abs/1706.03762' }\n---\n`;

function fixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-lessons-'));
  fs.writeFileSync(path.join(dir, 'scaling.mdx'), `${front('Scaling', ['One'])}\n## Why divide by $\\sqrt{d_k}$\n\nText.\n\n### A detail\n\nMore.\n`);
  fs.mkdirSync(path.join(dir, 'zh'));
  fs.writeFileSync(path.join(dir, 'zh', 'scaling.mdx'), `${front('缩放', ['一'])}\n## 为什么要除以 $\\sqrt{d_k}$\n\n正文。\n\n### 一个细节\n\n更多。\n`);
  return dir;
}

describe('Chinese lessons', () => {
  it('take the English order, sources and heading anchors, by position', async () => {
    const dir = fixture();
    const [en] = loadLessons(dir);
    const [zh] = loadLessons(dir, 'zh');
    expect([zh.title, zh.textLocale, zh.untranslated, zh.sources]).toEqual(['缩放', 'zh', undefined, en.sources]);
    expect(zh.anchors).toEqual(['why-divide-by-d_k', 'a-detail']);
    const { toc } = await compileMdx(zh.body, zh.file, { anchors: zh.anchors });
    expect(toc.map((e) => [e.id, e.text])).toEqual([
      ['why-divide-by-d_k', '为什么要除以 √d_k'],
      ['a-detail', '一个细节'],
    ]);
    // question links (`lesson: scaling#a-detail`) find the Chinese section title
    expect(lessonSections(zh.body, zh.anchors).get('a-detail')).toBe('一个细节');
  });

  it('fall back to the English lesson, marked untranslated, where there is no translation', () => {
    const dir = fixture();
    fs.rmSync(path.join(dir, 'zh', 'scaling.mdx'));
    const [zh] = loadLessons(dir, 'zh');
    expect([zh.title, zh.textLocale, zh.untranslated]).toEqual(['Scaling', 'en', true]);
  });
});

describe('Chinese quiz sets', () => {
  it('lay the text over the English set by id; answers, types and counts stay English', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-quiz-'));
    const source = '{ title: Attention Is All You Need, authors: Vaswani et al., year: 2017, url: "https://arxiv.org/abs/1706.03762" }';
    fs.writeFileSync(
      path.join(dir, 'set.yaml'),
      `title: Set\ndescription: D.\nquestions:\n  - { id: q1, type: single, topic: attention, difficulty: easy, lesson: scaling, sources: [${source}], prompt: Why?, explanation: E., answer: b, choices: [{ id: a, text: A, explanation: x }, { id: b, text: B, explanation: y }] }\n  - { id: q2, type: order, topic: attention, difficulty: easy, lesson: scaling, sources: [${source}], prompt: Order, explanation: E., items: [x, y] }\n`,
    );
    fs.mkdirSync(path.join(dir, 'zh'));
    fs.writeFileSync(path.join(dir, 'zh', 'set.yaml'), `title: 集\ndescription: 说明。\nquestions:\n  - { id: q1, prompt: 为什么？, explanation: 解。, choices: [{ id: a, text: 甲, explanation: 子 }, { id: b, text: 乙, explanation: 丑 }] }\n  - { id: q2, prompt: 排序, explanation: 解。, items: [一] }\n`);
    const [en] = loadQuizSets(dir);
    const [zh] = loadQuizSets(dir, 'zh');
    expect(zh.title).toBe('集');
    const [q1, q2] = zh.questions;
    expect(q1.type === 'single' && [q1.prompt, q1.answer, q1.choices.map((c) => c.text)]).toEqual(['为什么？', 'b', ['甲', '乙']]);
    // an items list of another length cannot stand in for the answer order: the English one stays
    expect(q2.type === 'order' && q2.items).toEqual(en.questions[1].type === 'order' && en.questions[1].items);
    fs.writeFileSync(path.join(dir, 'zh', 'set.yaml'), `title: 集\ndescription: 说明。\nquestions:\n  - { id: q1, prompt: 为什么？, explanation: 解。, answer: a }\n`);
    expect(() => loadQuizSets(dir, 'zh')).toThrow(/answer/);
  });
});
