// Checks the authored question bank in content/quizzes: size and coverage, unique ids, well-formed
// choice questions, every numeric answer recomputed from lib/math, and every formula rendered by KaTeX.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import * as math from '@/lib/math';
import { loadQuizSets } from './quizzes';
import { QUIZ_TOPICS, type Question } from './quiz-schema';

const sets = loadQuizSets();
const questions: Question[] = sets.flatMap((set) => set.questions);
const numeric = questions.filter((q): q is Extract<Question, { type: 'numeric' }> => q.type === 'numeric');

/** Every `$$…$$` and `$…$` segment of a Markdown string. */
function mathSegments(text: string): { tex: string; display: boolean }[] {
  const segments: { tex: string; display: boolean }[] = [];
  const rest = text.replace(/\$\$([\s\S]+?)\$\$/g, (_m, tex: string) => {
    segments.push({ tex, display: true });
    return ' ';
  });
  for (const match of rest.matchAll(/\$([^$]+?)\$/g)) segments.push({ tex: match[1], display: false });
  const leftover = rest.replace(/\$([^$]+?)\$/g, ' ');
  if (leftover.includes('$')) throw new Error(`unbalanced $ in: ${text}`);
  return segments;
}

/** All Markdown strings a question shows to a learner, labelled for error messages. */
function textsOf(q: Question): [string, string][] {
  const texts: [string, string][] = [
    ['prompt', q.prompt],
    ['explanation', q.explanation],
  ];
  if (q.type === 'predict') texts.push(['observe', q.observe]);
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'predict') {
    for (const c of q.choices) texts.push([`choice ${c.id} text`, c.text], [`choice ${c.id} explanation`, c.explanation]);
  }
  if (q.type === 'order') q.items.forEach((item, i) => texts.push([`item ${i}`, item]));
  if (q.type === 'recall') q.keyPoints.forEach((point, i) => texts.push([`key point ${i}`, point]));
  return texts;
}

function recompute(q: Extract<Question, { type: 'numeric' }>): number {
  const fn = (math as unknown as Record<string, unknown>)[q.compute.fn];
  if (typeof fn !== 'function') throw new Error(`${q.id}: lib/math has no function "${q.compute.fn}"`);
  let value: unknown = (fn as (...args: unknown[]) => unknown)(...q.compute.args);
  for (const key of q.compute.pick) {
    if (value === null || typeof value !== 'object') throw new Error(`${q.id}: cannot pick ${String(key)} from ${String(value)}`);
    value = (value as Record<string | number, unknown>)[key];
  }
  if (typeof value === 'boolean') return Number(value);
  if (typeof value !== 'number') throw new Error(`${q.id}: compute gave ${JSON.stringify(value)}, not a number`);
  return value;
}

describe('quiz bank', () => {
  it('has at least 200 questions, 15 per topic and 40 numeric ones', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(numeric.length).toBeGreaterThanOrEqual(40);
    for (const topic of QUIZ_TOPICS) {
      expect(questions.filter((q) => q.topic === topic).length, topic).toBeGreaterThanOrEqual(15);
    }
  });

  it('keeps each file to its own topic, with order and recall questions in every topic', () => {
    for (const set of sets) {
      expect(QUIZ_TOPICS as readonly string[], set.file).toContain(set.slug);
      for (const q of set.questions) expect(q.topic, `${set.file}: ${q.id}`).toBe(set.slug);
      for (const type of ['order', 'recall'] as const) {
        expect(set.questions.filter((q) => q.type === type).length, `${set.file}: ${type}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('uses unique ids across all files', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives choice questions valid answers and an explanation for every choice', () => {
    for (const q of questions) {
      if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'predict') continue;
      const ids = q.choices.map((c) => c.id);
      expect(new Set(ids).size, q.id).toBe(ids.length);
      const answers = q.type === 'multiple' ? q.answer : [q.answer];
      for (const a of answers) expect(ids, q.id).toContain(a);
      if (q.type === 'multiple') expect(new Set(answers).size, q.id).toBe(answers.length);
      for (const c of q.choices) expect(c.explanation.trim().length, `${q.id}/${c.id}`).toBeGreaterThan(0);
    }
  });

  // "Pick the longest option" must not be a winning strategy: authors tend to make the key the most
  // careful, and so the longest, sentence. Allow it in at most 40 % of questions (a few keys are
  // long because the fact is); a multiple-select question gives the cue away when every correct
  // option is longer than every incorrect one.
  it('does not let the longest option give the answer away', () => {
    // a prediction's choices are read the same way
    const single = questions.filter((q): q is Extract<Question, { type: 'single' | 'predict' }> => q.type === 'single' || q.type === 'predict');
    const keyLongest = single.filter((q) => {
      const key = q.choices.find((c) => c.id === q.answer)!.text.length;
      return q.choices.every((c) => c.id === q.answer || c.text.length < key);
    });
    expect(keyLongest.length / single.length, keyLongest.map((q) => q.id).join(', ')).toBeLessThanOrEqual(0.4);
    // and not concentrated in one topic, where a learner drilling that topic would learn the cue
    for (const topic of new Set(single.map((q) => q.topic))) {
      const inTopic = single.filter((q) => q.topic === topic);
      const cued = keyLongest.filter((q) => q.topic === topic);
      expect(cued.length / inTopic.length, `${topic}: ${cued.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(0.4);
    }
    const multiple = questions.filter((q): q is Extract<Question, { type: 'multiple' }> => q.type === 'multiple');
    const keysLonger = multiple.filter((q) => {
      const keys = q.choices.filter((c) => q.answer.includes(c.id)).map((c) => c.text.length);
      const others = q.choices.filter((c) => !q.answer.includes(c.id)).map((c) => c.text.length);
      return others.length > 0 && Math.min(...keys) > Math.max(...others);
    });
    expect(keysLonger.length / multiple.length, keysLonger.map((q) => q.id).join(', ')).toBeLessThanOrEqual(0.4);
  });

  it.each(numeric.map((q) => [q.id, q] as const))('recomputes numeric answer %s from lib/math', (_id, q) => {
    const value = recompute(q);
    const { absolute = 0, relative = 0 } = q.tolerance;
    const allowed = Math.max(absolute, relative * Math.abs(value));
    expect(Math.abs(value - q.answer), `${q.id}: computed ${value}, answer ${q.answer}`).toBeLessThanOrEqual(allowed);
  });

  it('renders every formula with KaTeX', () => {
    const failures: string[] = [];
    for (const q of questions) {
      for (const [label, text] of textsOf(q)) {
        try {
          for (const { tex, display } of mathSegments(text)) {
            katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: display });
          }
        } catch (error) {
          failures.push(`${q.id} (${label}): ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
