import { describe, expect, it } from 'vitest';
import { components, exerciseParity, formulas, headingLevels, lessonParity, normalizeFormula, quizParity } from './zh-parity';

const EN = `Intro with $\\sqrt{d_k}$ inline.

## Why scale

<Misconception claim="Scaling is optional.">
Body with $$\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)$$ and $\\text{top-}k$.
</Misconception>

### Detail

\`\`\`ts
// # not a heading, $not a formula$
\`\`\`

<Widget id="routing-lab" params="experts=8&k=2" title="Routing lab" />
<CheckYourself ids="a,b" />
`;

const ZH = `引言，含 $\\sqrt{d_k}$。

## 为什么要缩放

<Misconception claim="缩放可有可无。">
正文 $$\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)$$ 以及 $\\text{前 }k$。
</Misconception>

### 细节

\`\`\`ts
// # not a heading, $not a formula$
\`\`\`

<Widget id="routing-lab" params="experts=8&k=2" title="路由实验" />
<CheckYourself ids="a,b" />
`;

const lesson = (body: string, objectives = ['one', 'two']) => ({ body, objectives });

describe('lesson parity', () => {
  it('reads headings, formulas and components, code left out', () => {
    expect(headingLevels(EN)).toEqual([2, 3]);
    expect(formulas(EN)).toEqual(['\\sqrt{d_k}', '\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)', '\\text{}k']);
    expect(components(EN).map((c) => c.name)).toEqual(['Misconception', 'Widget', 'CheckYourself']);
    expect(components(EN)[1]).toEqual({ name: 'Widget', props: { id: '"routing-lab"', params: '"experts=8&k=2"' }, prose: ['title'] });
    expect(normalizeFormula('\\text{loss}_{\\text{aux}} + 1')).toBe('\\text{}_{\\text{}} + 1');
  });

  it('accepts a faithful translation (prose props and \\text{} words translated)', () => {
    expect(lessonParity(lesson(EN), lesson(ZH, ['一', '二']))).toEqual([]);
  });

  it('flags a missing objective, heading, component, changed prop and changed formula', () => {
    expect(lessonParity(lesson(EN), lesson(ZH, ['一']))).toEqual(['objectives: 1, English has 2']);
    expect(lessonParity(lesson(EN), lesson(ZH.replace('### 细节', '## 细节')))).toEqual(['heading 2: level 2, English has 3']);
    expect(lessonParity(lesson(EN), lesson(ZH.replace('### 细节\n', '')))[0]).toBe('headings: 1, English has 2');
    expect(lessonParity(lesson(EN), lesson(ZH.replace('<CheckYourself ids="a,b" />', ''))).join()).toMatch(/^components: 2/);
    expect(lessonParity(lesson(EN), lesson(ZH.replace('experts=8&k=2', 'experts=8&k=1')))).toEqual([
      'component 2: <Widget id="routing-lab" params="experts=8&k=1" title=…>, English has <Widget id="routing-lab" params="experts=8&k=2" title=…>',
    ]);
    expect(lessonParity(lesson(EN), lesson(ZH.replace('$\\sqrt{d_k}$', '$\\sqrt{d}$')))).toEqual([
      'before the first heading: formulas missing: $\\sqrt{d_k}$',
      'before the first heading: formulas not in the English: $\\sqrt{d}$',
    ]);
    expect(lessonParity(lesson(EN), lesson(ZH.replace(' 以及 $\\text{前 }k$', '')))).toEqual(['section 1: formulas missing: $\\text{}k$']);
    // a formula moved to another section is missing from one and extra in the other
    expect(lessonParity(lesson(EN), lesson(ZH.replace(' 以及 $\\text{前 }k$', '').replace('### 细节\n', '### 细节\n\n$\\text{前 }k$\n')))).toEqual([
      'section 1: formulas missing: $\\text{}k$',
      'section 2: formulas not in the English: $\\text{}k$',
    ]);
  });

  it('reads an inline formula over a line break, as Markdown does', () => {
    expect(formulas('softmax $a_{ij}=\\mathrm{softmax}(q_i\\cdot\n  k_j)$，$\\mathrm{out}_i$，其中')).toEqual(['a_{ij}=\\mathrm{softmax}(q_i\\cdot k_j)', '\\mathrm{out}_i']);
    expect(formulas('a $x\n\ny$ b')).toEqual([]);
  });

  it('accepts the formulas of a section in another order (Chinese word order)', () => {
    const en = 'Route each token to $k$ of $E$ experts.\n';
    expect(lessonParity(lesson(en), lesson('每个词元从 $E$ 个专家中选 $k$ 个。\n'))).toEqual([]);
    expect(lessonParity(lesson(en), lesson('每个词元从 $E$ 个专家中选 $E$ 个。\n'))).toEqual(['before the first heading: formulas missing: $k$', 'before the first heading: formulas not in the English: $E$']);
  });
});

const EN_SET = {
  questions: [
    { id: 'q1', type: 'single', prompt: 'Why $\\sqrt{d_k}$?', explanation: 'Variance.', answer: 'a', choices: [{ id: 'a', text: 'A', explanation: 'x' }, { id: 'b', text: 'B', explanation: 'y' }] },
    { id: 'q2', type: 'order', prompt: 'Order', explanation: 'E', items: ['x', 'y', 'z'] },
    { id: 'q3', type: 'recall', prompt: 'Recall', explanation: 'E', keyPoints: ['k1', 'k2'] },
  ],
};
const ZH_SET = {
  title: '标题',
  description: '说明',
  questions: [
    { id: 'q1', prompt: '为什么是 $\\sqrt{d_k}$？', explanation: '方差。', choices: [{ id: 'a', text: '甲', explanation: 'x' }, { id: 'b', text: '乙', explanation: 'y' }] },
    { id: 'q2', prompt: '排序', explanation: '解', items: ['甲', '乙', '丙'] },
    { id: 'q3', prompt: '回忆', explanation: '解', keyPoints: ['一', '二'] },
  ],
};
const edit = (f: (s: typeof ZH_SET) => void) => {
  const copy = structuredClone(ZH_SET);
  f(copy);
  return copy;
};

describe('quiz parity', () => {
  it('accepts a faithful translation', () => {
    expect(quizParity(EN_SET, ZH_SET)).toEqual([]);
  });

  it('flags ids out of order, changed choice ids, counts, formulas and English-only fields', () => {
    expect(quizParity(EN_SET, edit((s) => s.questions.reverse()))).toEqual(['question ids: [q3, q2, q1], English has [q1, q2, q3]']);
    expect(quizParity(EN_SET, edit((s) => (s.questions[0].choices![1].id = 'c')))).toEqual(['q1: choice ids [a,c], English has [a,b]']);
    expect(quizParity(EN_SET, edit((s) => s.questions[1].items!.pop()))).toEqual(['q2: 2 items, English has 3']);
    expect(quizParity(EN_SET, edit((s) => s.questions[2].keyPoints!.push('三')))).toEqual(['q3: 3 keyPoints, English has 2']);
    expect(quizParity(EN_SET, edit((s) => (s.questions[0].prompt = '为什么是 $\\sqrt{d}$？')))).toEqual(['q1 prompt: formulas missing: $\\sqrt{d_k}$', 'q1 prompt: formulas not in the English: $\\sqrt{d}$']);
    expect(quizParity(EN_SET, edit((s) => Object.assign(s.questions[0], { answer: 'b' })))).toEqual(['q1: answer belong to the English set only']);
  });
});

describe('exercise parity', () => {
  const en = { title: 'RoPE', order: 3, topic: 'transformer', difficulty: 'medium', hints: ['a', 'b'] };
  it('accepts a translated title and hints', () => {
    expect(exerciseParity(en, { ...en, title: '旋转位置编码', hints: ['甲', '乙'] })).toEqual([]);
  });
  it('flags a missing hint and a changed field', () => {
    expect(exerciseParity(en, { ...en, hints: ['甲'] })).toEqual(['hints: 1, English has 2']);
    expect(exerciseParity(en, { ...en, order: 4 })).toEqual(['front matter "order": 4, English has 3']);
  });
});
