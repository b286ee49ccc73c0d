// Checks every lesson as a learner meets it: contiguous order, inline questions that exist in the
// bank, at least one live widget, internal links and anchors that resolve, sources with a title and
// an https link, a reading time of 8–20 minutes, and a full build-time render of the MDX with every
// component (so a bad widget param, an unknown question id or a bad worked-example prop fails here,
// not in `next build`).
import { createProcessor } from '@mdx-js/mdx';
import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { loadLessons, type Lesson } from './lessons';
import { compileMdx } from '@/components/content/compile-mdx';
import { QUIZ_TOPICS } from './quiz-schema';
import { loadQuizSets } from './quizzes';

const lessons = loadLessons();
const questionIds = new Set(loadQuizSets().flatMap((set) => set.questions.map((q) => q.id)));
/** Lessons written before the attention widget exists may count a computed AttentionExample instead. */
const ATTENTION_LESSONS_MAX_ORDER = 3;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The MDX syntax tree of a lesson body (JSX tags and Markdown links, nothing evaluated). */
function parse(body: string): Root {
  return createProcessor({ remarkPlugins: [remarkGfm, remarkMath] }).parse(body) as Root;
}

function elements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxElement).name === name) {
      found.push(node as JsxElement);
    }
  });
  return found;
}

function attribute(element: JsxElement, name: string): string | undefined {
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

function links(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => {
    urls.push(node.url);
  });
  return urls;
}

const anchors = new Map<string, Set<string>>();
const rendered = new Map<string, string>();

beforeAll(async () => {
  for (const lesson of lessons) {
    const { Content, toc } = await compileMdx(lesson.body, lesson.file);
    anchors.set(lesson.slug, new Set(toc.map((entry) => entry.id)));
    rendered.set(lesson.slug, renderToStaticMarkup(createElement(Content, { components: mdxComponents })));
  }
}, 120_000);

describe('the lesson path', () => {
  it('has lessons ordered 1…14 with no gap', () => {
    expect(lessons.map((l) => l.order)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});

describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('lesson %s', (_slug, lesson: Lesson) => {
  const tree = parse(lesson.body);

  it('asks at least three inline questions, all from the quiz bank and none twice', () => {
    const ids = elements(tree, 'CheckYourself').flatMap((el) =>
      (attribute(el, 'ids') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(questionIds, `unknown question id "${id}"`).toContain(id);
    expect(new Set(ids).size, 'a question id is repeated').toBe(ids.length);
  });

  it('embeds at least one live widget', () => {
    const widgets = elements(tree, 'Widget').length;
    const attention = lesson.order <= ATTENTION_LESSONS_MAX_ORDER ? elements(tree, 'AttentionExample').length : 0;
    expect(widgets + attention, 'no <Widget> (lessons 1–3 may count an <AttentionExample>)').toBeGreaterThanOrEqual(1);
  });

  it('links only to lessons, anchors and quiz sets that exist', () => {
    for (const url of links(tree).filter((u) => u.startsWith('/') || u.startsWith('#'))) {
      const learn = /^\/learn\/([a-z0-9-]+)(?:#(.+))?$/.exec(url);
      const quiz = /^\/quiz\/([a-z0-9-]+)$/.exec(url);
      const local = /^#(.+)$/.exec(url);
      if (learn) {
        const [, slug, anchor] = learn;
        expect(anchors.has(slug), `${url}: no lesson "${slug}"`).toBe(true);
        if (anchor) expect(anchors.get(slug), `${url}: no heading "#${anchor}" in ${slug}`).toContain(anchor);
      } else if (quiz) {
        expect(QUIZ_TOPICS as readonly string[], `${url}: no quiz set "${quiz[1]}"`).toContain(quiz[1]);
      } else if (local) {
        expect(anchors.get(lesson.slug), `${url}: no heading in this lesson`).toContain(local[1]);
      } else {
        throw new Error(`${lesson.file}: internal link ${url} is neither /learn/<slug>[#anchor], /quiz/<set> nor #anchor`);
      }
    }
  });

  it('cites every source with a title and an https link', () => {
    expect(lesson.sources.length).toBeGreaterThan(0);
    for (const source of lesson.sources) {
      expect(source.title.trim().length, source.url).toBeGreaterThan(0);
      expect(source.url, source.title).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('states objectives and, after the first lessons, takes 8–20 minutes to read', () => {
    expect(lesson.objectives.length).toBeGreaterThan(0);
    if (lesson.order > ATTENTION_LESSONS_MAX_ORDER) {
      expect(lesson.readingMinutes).toBeGreaterThanOrEqual(8);
      expect(lesson.readingMinutes).toBeLessThanOrEqual(20);
    }
  });

  it('renders with every component: formulas, questions, widgets and worked examples', () => {
    const html = rendered.get(lesson.slug)!;
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('katex-error');
    expect((html.match(/data-testid="question"/g) ?? []).length).toBeGreaterThanOrEqual(3);
    const widgets = (html.match(/data-testid="lesson-widget"/g) ?? []).length;
    const attention = lesson.order <= ATTENTION_LESSONS_MAX_ORDER ? (html.match(/data-testid="attention-example"/g) ?? []).length : 0;
    expect(widgets + attention).toBeGreaterThanOrEqual(1);
    for (const match of html.matchAll(/<iframe [^>]*>/g)) {
      expect(match[0]).toContain('loading="lazy"');
      expect(match[0]).toMatch(/title="[^"]+"/);
      expect(match[0]).toMatch(/src="\/embed\/[a-z-]+/);
    }
  });
});

/** A lesson's prose as one line per paragraph (blank-line separated), emphasis markers removed. */
function paragraphs(lesson: Lesson): string[] {
  const text = [lesson.title, lesson.summary, ...lesson.objectives, lesson.body].join('\n\n');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\*\*?|`/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// Claims a claim-by-claim review (issue 19) found wrong or overstated; each pattern is the wording
// that taught the wrong thing, so the same sentence cannot come back in any lesson.
const BANNED: Array<[RegExp, string]> = [
  [/not data efficiency/i, 'sparse models are more sample-efficient in pre-training (Switch §3.1); the overfitting is in fine-tuning'],
  [/minimi[sz]ed \(= ?1\)/i, 'the Switch loss equals 1 under uniform routing; it is not a general minimum'],
  [/never attention|always replaces the FFN/i, 'say "in these models": MoE attention exists (MoA, SwitchHead, JetMoE)'],
  [/(specialise|specialize) through competition|experts compete and specialise/i, 'competition comes from Jacobs et al.\'s error function; modern sparse MoE specialises through routing'],
  [/only sees the members' outputs|do not depend on which input arrives/i, 'a nonlinear or passthrough stacker gives input-dependent weights'],
  [/always keeps reducing/i, 'variance does fall with M for ρ < 1; what is false is that it reaches zero'],
  [/near 2 is balanced/i, '2 is the uniform value of the HF loss, not proof of balance'],
  [/below 1 it guarantees/i, 'drops are guaranteed only when N·C < T·K (C is rounded up)'],
  [/(turn|replace)s? each FFN|copying its FFN into every expert/i, 'sparse upcycling replaces a subset (about half) of the MLP layers'],
  [/press play/i, 'the button says "Train"'],
  [/The paper also reports the practical effect/i, 'additive beating unscaled dot-product attention is Britz et al. 2017, cited by Vaswani et al.'],
];

describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('corrected claims stay corrected in %s', (_slug, lesson: Lesson) => {
  const text = paragraphs(lesson);

  it.each(BANNED)('does not say %s', (pattern, why) => {
    const found = text.find((p) => pattern.test(p));
    expect(found, `${lesson.file}: ${why}`).toBeUndefined();
  });

  it("gives Mixtral's released coefficient 0.02 wherever it gives the 0.001 class default", () => {
    for (const p of text.filter((p) => /Mixtral|router_aux_loss_coef/.test(p) && /\b0\.001\b|10\^\{-3\}/.test(p))) {
      expect(p, `${lesson.file}: 0.001 is only the MixtralConfig default; the released config.json sets 0.02`).toMatch(/\b0\.02\b/);
    }
  });

  it('credits Britz et al. wherever additive attention beats unscaled dot-product attention', () => {
    for (const p of text.filter((p) => /additive/i.test(p) && /outperform|beat/i.test(p))) expect(p, lesson.file).toMatch(/Britz/);
  });

  it('shows its worked examples without naming the code that computes them', () => {
    expect(rendered.get(lesson.slug)!, lesson.file).not.toMatch(/lib\/math|routeTopP|hardVote|softVote|expertCapacity/);
  });
});

describe('the gate conventions', () => {
  it('include DeepSeek-V2 (raw softmax) and DeepSeek-V3 (sigmoid, normalised over the selected) in the MoE lesson table', () => {
    const moe = lessons.find((l) => l.slug === 'mixture-of-experts')!;
    const table = moe.body.split('\n').filter((line) => line.startsWith('|'));
    expect(table.find((row) => row.startsWith('| raw probability'))).toMatch(/DeepSeek-V2/);
    expect(table.find((row) => row.includes('DeepSeek-V3'))).toMatch(/sigmoid/);
  });
});

// Front matter and headings are typeset: a formula is written as $…$ TeX, so a learner never sees
// "√d_k", "W^O" or "g_i(x)" as raw characters (issue 21).
describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('formulas in the title, summary, objectives and headings of %s', (_slug, lesson: Lesson) => {
  const headings = lesson.body.split('\n').filter((line) => /^#{2,6}\s/.test(line));
  // widget captions are plain text (no KaTeX): they must use Unicode such as dₖ, never d_k
  const captions = elements(parse(lesson.body), 'Widget').flatMap((el) => attribute(el, 'caption') ?? []);
  const outsideMath = (text: string) => text.replace(/\$[^$]+\$/g, '');

  it.each([lesson.title, lesson.summary, ...lesson.objectives, ...headings, ...captions])('are TeX, not raw subscripts or superscripts: %s', (text) => {
    expect(outsideMath(text), `${lesson.file}: write the formula as $…$`).not.toMatch(/[\p{L})]_[\p{L}\d{(]|[\p{L})]\^[\p{L}\d{(]/u);
  });

  it('renders them with KaTeX in the lesson header', () => {
    const html = renderToStaticMarkup(createElement(LessonHeader, { lesson, position: lesson.order, prerequisites: [] }));
    const texts = [lesson.summary, ...lesson.objectives];
    if (texts.some((t) => /\$[^$]+\$/.test(t))) expect(html).toContain('class="katex"');
    expect(html).not.toMatch(/\$[^$<]+\$/);
  });
});
