// The two interview kinds as the quiz page renders them (static markup, as the server does): the
// rubric's checkboxes, tally and bands, the predict question before and after its prediction is
// checked, and the mock interview's per-topic report. The clicks themselves run in e2e/quiz.spec.ts.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnswerDetail } from '@/components/quiz/answer-detail';
import { ChoiceResponse } from '@/components/quiz/choice-response';
import { MockReportView } from '@/components/quiz/mock-report-view';
import { PredictResponse } from '@/components/quiz/predict-response';
import { RecallResponse } from '@/components/quiz/recall-response';
import { renderQuestion } from '@/components/quiz/render-question';
import type { LoadedQuizSet } from '@/lib/content';
import type { Question } from '@/lib/content/quiz-schema';
import { FIXTURES } from './test-fixtures';

// the site's Link prefetches through the app router, which a static render has none of
vi.mock('@/components/layout/link', () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => createElement('a', { href, className }, children),
}));

function render<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}

function viewOf(question: Question) {
  const set = { slug: 'attention', file: 'test.yaml', title: 'T', description: 'D', questions: [question] } as LoadedQuizSet;
  const lessons = [{ slug: 'scaled-dot-product-attention', title: 'Scaled dot-product attention', sections: new Map([['the-formula', 'The formula']]) }];
  return renderQuestion(set, 0, lessons);
}

const noop = () => undefined;
const checkboxes = (html: string) => [...html.matchAll(/<input type="checkbox"[^>]*>/g)].map((m) => m[0]);

describe('RecallResponse: the rubric', () => {
  const view = viewOf(FIXTURES.recall);
  const base = { view, question: FIXTURES.recall, promptId: 'p', onSubmit: noop };

  it('hides the key points until they are revealed', () => {
    const html = render(RecallResponse, { ...base, submitted: null });
    expect(html).toContain('Show the key points');
    expect(checkboxes(html)).toEqual([]);
  });

  it('once graded, shows every key point as a checkbox, ticked as given, with the tally and the bands', () => {
    const html = render(RecallResponse, { ...base, submitted: { type: 'recall', covered: [0, 2, 4] } });
    const boxes = checkboxes(html);
    expect(boxes).toHaveLength(5);
    expect(boxes.map((b) => b.includes('checked=""'))).toEqual([true, false, true, false, true]);
    expect(boxes.every((b) => b.includes('disabled=""'))).toBe(true);
    expect(html).toContain('<legend class="box__title">Key points</legend>');
    expect(html).toMatch(/data-covered="3" data-grade="hard"[^>]*>Covered 3 of 5 \(60 %\) → Hard, counts as a miss\.</);
    expect(html).toContain(
      'Rating from the share covered: under 50 % → Again · 50–79 % → Hard · 80–99 % → Good · 100 % → Easy. From 80 % the answer counts as correct.',
    );
    expect(html).not.toContain('Grade my answer');
  });

  it('rates a full rubric Easy and counts it correct; AnswerDetail says the same', () => {
    const all = { type: 'recall' as const, covered: [0, 1, 2, 3, 4] };
    expect(render(RecallResponse, { ...base, submitted: all })).toContain('Covered 5 of 5 (100 %) → Easy, counts as correct.');
    expect(render(AnswerDetail, { view, response: { type: 'recall', covered: [1, 3, 0, 2] } })).toContain(
      'You covered 4 of 5 key points (80 %): rated Good, counts as correct.',
    );
  });
});

describe('PredictResponse', () => {
  const view = viewOf(FIXTURES.predict);
  const base = { view, question: FIXTURES.predict, promptId: 'p', onSubmit: noop };

  it('first asks for a prediction, with no widget and no explanations yet', () => {
    const html = render(PredictResponse, { ...base, submitted: null });
    expect(html).toContain('Lock in my prediction');
    expect(html).not.toContain('data-testid="predict-run"');
    expect(html).not.toContain('About c.');
  });

  it('after checking: the locked choice, the widget frame of the query and the explanations', () => {
    const html = render(PredictResponse, { ...base, submitted: { type: 'predict', choice: 'a' } });
    expect(view.predict).toMatchObject({ src: '/embed/attention-explorer?causal=1', page: '/playground/attention?causal=1', title: 'Attention Explorer' });
    expect(html).toContain('data-testid="predict-run"');
    expect(html).toContain('Attention Explorer: loads when you scroll to it.');
    expect(html).toContain('href="/playground/attention?causal=1"');
    expect(html).toMatch(/data-state="wrong" data-chosen="true"/);
    expect(html).toMatch(/data-state="correct"/);
    expect(html).toContain('About c.');
    expect([...html.matchAll(/<input type="radio"[^>]*>/g)].every((m) => m[0].includes('disabled=""'))).toBe(true);
  });

  it('graded, lists its choices exactly as a single-choice question does (one ChoiceList)', () => {
    const fieldset = (html: string) => /<fieldset[\s\S]*<\/fieldset>/.exec(html)![0].replace(/<p class="response__hint">.*?<\/p>/, '');
    const predict = render(PredictResponse, { ...base, submitted: { type: 'predict', choice: 'a' } });
    const single = { ...FIXTURES.single, choices: FIXTURES.predict.choices, answer: FIXTURES.predict.answer, id: FIXTURES.predict.id };
    const choice = render(ChoiceResponse, { view: viewOf(single), question: single, promptId: 'p', onSubmit: noop, submitted: { type: 'single', choice: 'a' } });
    expect(fieldset(predict)).toEqual(fieldset(choice));
  });

  it('fails the build for a widget query the registry refuses', () => {
    expect(() => viewOf({ ...FIXTURES.predict, query: 'dk=9999' })).toThrow(/test\.yaml \(q-predict\).*attention-explorer/);
  });
});

describe('MockReportView', () => {
  const recall = viewOf({ ...FIXTURES.recall, lesson: 'scaled-dot-product-attention#the-formula' });
  const single = viewOf({ ...FIXTURES.single, topic: 'ensembles' });

  it('shows a row per topic, weakest first, with rubric coverage and the lesson section to review', () => {
    const html = render(MockReportView, {
      views: [recall, single],
      answers: [
        { questionId: 'q-recall', topic: 'attention', correct: false, coverage: 0.6 },
        { questionId: 'q-single', topic: 'ensembles', correct: true },
      ],
      seconds: 75,
      practiceSets: { attention: 'attention' },
      onRestart: noop,
    });
    const rows = [...html.matchAll(/<tr data-topic="([a-z-]+)"[^>]*>(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['attention', 'ensembles']);
    expect(rows[0][2]).toContain('0 of 1');
    expect(rows[0][2]).toContain('data-coverage="0.6">60 %<');
    expect(rows[0][2]).toContain('href="/learn/scaled-dot-product-attention#the-formula"');
    expect(rows[0][2]).toContain('Scaled dot-product attention: The formula');
    expect(rows[1][2]).toContain('1 of 1');
    expect(rows[1][2]).not.toContain('href=');
    expect(html).toContain('1 of 2 correct');
  });
});
