// The lesson components run at build time: a bad prop must throw and name the problem, so that
// `next build` fails instead of shipping a broken widget, question or worked example.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { createElement, Fragment, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BalanceExample } from '@/components/mdx/balance-example';
import { CapacityExample } from '@/components/mdx/capacity-example';
import { CheckYourself, promptParts } from '@/components/mdx/check-yourself';
import { VarianceExample } from '@/components/mdx/ensemble-examples';
import { BeamExample, DecodingExample, PerplexityExample } from '@/components/mdx/decoding-examples';
import { NormExample, RopeExample, ScalingExample, SwiGluWidthExample } from '@/components/mdx/design-examples';
import {
  CorrelationFloorExample,
  EnsembleCostExample,
  FeatureSubsampleExample,
  MajorityVoteExample,
  OutOfBagExample,
  XgboostSplitExample,
} from '@/components/mdx/ensemble-practice-examples';
import { DecodeExample, KvCacheExample, OnlineSoftmaxExample } from '@/components/mdx/inference-examples';
import { RoutingExample } from '@/components/mdx/routing-example';
import { AllToAllExample, BatchCompositionExample, ExpertsTouchedExample, FootprintExample } from '@/components/mdx/serving-examples';
import { TopPExample } from '@/components/mdx/top-p-example';
import { Widget } from '@/components/mdx/widget';
import { WIDGETS } from '@/lib/widgets/registry';
import { loadQuizSets } from '@/lib/content';

function render<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}

// any widget of the registry that is not built yet (none once every widget is ready)
const NOT_READY = WIDGETS.find((w) => !w.ready)?.id;

describe('<Widget>', () => {
  const ok = { id: 'moe-playground', params: 'experts=8&k=1&lambda=0', title: 'MoE Playground' };

  it('renders a lazy, titled iframe to the embed route and a full-screen link with the same params', () => {
    const html = render(Widget, { ...ok, params: 'experts=8&k=1&lambda=0&lock=k' });
    expect(html).toContain('<iframe src="/embed/moe-playground?experts=8&amp;k=1&amp;lambda=0&amp;lock=k"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('title="MoE Playground"');
    expect(html).toContain('href="/playground/moe?experts=8&amp;k=1&amp;lambda=0"');
    expect(html).toContain('Open full screen');
  });

  const fails: Array<[Parameters<typeof Widget>[0], RegExp]> = [
    [{ ...ok, id: 'no-such-widget' }, /no such widget/],
    [{ ...ok, params: 'experts=40' }, /Experts N: "40" is outside/],
    [{ ...ok, params: 'k=3&experts=2' }, /Top-K: 3 is more than the 2 experts/],
    [{ ...ok, params: 'expert=8' }, /unknown parameter "expert"/],
    [{ ...ok, params: 'lock=speed' }, /lock: "speed" is not a knob/],
    [{ ...ok, title: ' ' }, /a title is required/],
  ];
  if (NOT_READY) fails.push([{ ...ok, id: NOT_READY }, /not ready/]);
  it.each(fails)('fails the build on %o', (props, message) => {
    expect(() => render(Widget, props)).toThrow(message);
  });

  it('embeds the Attention Explorer with checked params', () => {
    const html = render(Widget, { id: 'attention-explorer', params: 'dk=512&scale=0&lock=text', title: 'Attention Explorer' });
    expect(html).toContain('<iframe src="/embed/attention-explorer?dk=512&amp;scale=0&amp;lock=text"');
    expect(html).toContain('href="/playground/attention?dk=512&amp;scale=0"');
    expect(() => render(Widget, { id: 'attention-explorer', params: 'heads=9', title: 'A' })).toThrow(/Heads H: "9" is outside 1–8/);
  });
});

describe('<CheckYourself>', () => {
  it('renders each question with a collapsible answer and a practice link', () => {
    const html = render(CheckYourself, { ids: 'mr-top2-renorm, mr-forward-order' });
    expect(html).toContain('data-testid="check-yourself"');
    expect(html.match(/data-testid="question"/g)).toHaveLength(2);
    expect(html).toContain('data-question-id="mr-top2-renorm"');
    expect(html).toContain('<summary>Show answer</summary>');
    expect(html).toContain('Answer: 0.731');
    expect(html).toContain('href="/quiz/moe-routing"');
    expect(html).toContain('class="katex"');
  });

  it('shows order questions shuffled, the same way on every build, and the answer in order', () => {
    const first = render(CheckYourself, { ids: 'mr-forward-order' });
    expect(render(CheckYourself, { ids: 'mr-forward-order' })).toBe(first);
    const [prompt, answer] = first.split('<summary>');
    const position = (html: string, text: string) => html.indexOf(text);
    const items = ['Compute router logits', 'Take the softmax over all experts'];
    expect(position(answer, items[0])).toBeLessThan(position(answer, items[1]));
    const shown = ['Compute router logits', 'Take the softmax', 'Select the top-2', 'Run the two', 'Sum the expert', 'Add the result'].map((t) => position(prompt, t));
    expect(shown).not.toEqual([...shown].sort((a, b) => a - b));
  });

  it('puts all but the disclosure in the box skipped off-screen, numbering in the prompt when it starts with a paragraph', () => {
    // one question of each shape: a prompt with a code block and choices, a lone paragraph, an order
    // question, and one whose prompt starts with a code block
    const questions = loadQuizSets().flatMap((set) => set.questions);
    const pick = (test: (q: (typeof questions)[number]) => boolean) => questions.find(test)!.id;
    const withCode = pick((q) => q.type === 'single' && q.prompt.includes('```') && !q.prompt.trim().startsWith('```'));
    const numeric = pick((q) => q.type === 'numeric' && !q.prompt.trim().includes('\n\n'));
    const order = pick((q) => q.type === 'order');
    const single = questions.find((q) => q.type === 'single')!;
    const codeFirst = { ...single, prompt: '```python\nx = 1\n```\n\nWhat is `x`?' };
    const tree = fromHtmlIsomorphic(render(CheckYourself, { ids: [withCode, numeric, order].join(',') }), { fragment: true });
    const elements = (node: Root | Element) => (node.children as (RootContent | ElementContent)[]).filter((c): c is Element => c.type === 'element');
    const shape = (el: Element) => `${el.tagName}${el.properties.className ? `.${(el.properties.className as string[]).join('.')}` : ''}`;
    const shapes = Object.fromEntries(
      elements(elements(elements(tree)[0])[1]).map((li) => [
        li.properties.dataQuestionId,
        [shape(li), ...elements(li).map((child) => `${shape(child)}(${elements(child).map((c) => c.tagName).join(' ')})`)],
      ]),
    );
    const details = expect.stringMatching(/^details\(summary/);
    // the whole prompt is in the box: the item is numbered by the stylesheet, in its first paragraph
    expect(shapes[withCode]).toEqual(['li.check-yourself__numbered', 'div.check-yourself__rest(p pre ol)', details]);
    expect(shapes[order]).toEqual(['li.check-yourself__numbered', 'div.check-yourself__rest(p p ul)', details]);
    // nothing to skip: the paragraph keeps the list marker
    expect(shapes[numeric]).toEqual(['li', expect.stringMatching(/^p\(/), details]);
    // a prompt that starts with code keeps it outside, beside the marker, and boxes the rest
    // (no prompt of the bank starts with anything but a paragraph today)
    const parts = promptParts(codeFirst);
    expect(parts.numbered).toBe(false);
    expect(renderToStaticMarkup(createElement(Fragment, null, parts.outside))).toMatch(/^<pre>/);
    const boxed = fromHtmlIsomorphic(renderToStaticMarkup(createElement(Fragment, null, ...parts.box)), { fragment: true });
    expect(elements(boxed).map((el) => el.tagName)).toEqual(['p', 'ol']);
  });

  it.each([
    ['no-such-question', /unknown question id "no-such-question"/],
    ['', /ids is empty/],
    ['mr-combine,mr-combine', /listed twice/],
  ])('fails the build on ids="%s"', (ids, message) => {
    expect(() => render(CheckYourself, { ids })).toThrow(message);
  });
});

describe('worked examples', () => {
  it('computes the numbers they display', () => {
    const html = render(RoutingExample, { logits: [[2, 1, 0, -1]], k: 2 });
    expect(html).toContain('0.731');
    expect(render(BalanceExample, { probs: [[0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25]], k: 2 })).toContain('2.0000');
    expect(render(CapacityExample, { indices: [[0], [0], [0]], experts: 2, capacityFactor: 1 })).toContain('<s>');
  });

  it('states when drops are certain: N·C < T·K, not merely a factor below 1', () => {
    const balanced = [[0], [1], [2], [3], [0], [1], [2], [3]];
    const fits = render(CapacityExample, { indices: balanced, experts: 4, capacityFactor: 0.9 });
    expect(fits).toContain('enough for every assignment if the router spreads them evenly');
    expect(fits).toContain('No assignment is dropped.');
    const short = render(CapacityExample, { indices: balanced, experts: 4, capacityFactor: 0.5 });
    expect(short).toContain('some must be dropped however evenly the router spreads them');
  });

  it("shows top-p gates as Huang et al.'s raw probabilities, and labels a renormalised variant as ours", () => {
    // probabilities 0.5, 0.3, 0.15, 0.05; threshold 0.8 selects experts 0 and 1
    const logits = [[Math.log(0.5), Math.log(0.3), Math.log(0.15), Math.log(0.05)]];
    const raw = render(TopPExample, { logits, threshold: 0.8 });
    expect(raw).toContain('raw softmax probabilities of the selected experts, not renormalised');
    // the gate matrix as KaTeX keeps it in its TeX annotation
    expect(raw).toContain('g = \\begin{bmatrix} 0.500 &amp; 0.300 &amp; 0.000 &amp; 0.000 \\end{bmatrix}');
    const ours = render(TopPExample, { logits, threshold: 0.8, renormalize: true });
    expect(ours).toContain('g = \\begin{bmatrix} 0.625 &amp; 0.375 &amp; 0.000 &amp; 0.000 \\end{bmatrix}');
    expect(ours).toContain('This is a variant of ours, not the method of Huang et al.');
  });

  it('shows the KV cache, decode step and online softmax of the inference lesson with computed numbers', () => {
    const kv = render(KvCacheExample, { models: ['llama-2-70b', 'deepseek-v3'], context: 4096 });
    expect(kv).toContain('data-testid="kv-llama-2-70b">328 kB');
    expect(kv).toContain('data-testid="kv-deepseek-v3">70.3 kB');
    expect(kv).toContain('1.34 GB');
    const decode = render(DecodeExample, { model: 'mixtral-8x7b', batches: [1, 16], context: 4096, gpu: 'h100-sxm' });
    expect(decode).toMatch(/decode-row-1".*?2 of 8.*?memory/);
    expect(decode).toMatch(/decode-row-16".*?7\.92 of 8/);
    const online = render(OnlineSoftmaxExample, { scores: [1, 3, 0.5, 4], values: [[1, 0], [0, 1], [2, 2], [-1, 1]], blockSize: 2 });
    expect(online).toContain('rounding only');
    // the values as TeX (KaTeX keeps the source in its annotation): a lost backslash once showed "qquadV"
    expect(online).toContain('\\qquad V^\\top = \\begin{bmatrix} 1.0 &amp; 0.0 &amp; 2.0 &amp; -1.0');
    expect(online.match(/<tr>/g)?.length).toBe(3);
  });

  it('shows the serving lesson\'s footprint, experts touched, all-to-all bytes and batch composition with computed numbers', () => {
    const footprint = render(FootprintExample, { models: ['mixtral-8x7b', 'deepseek-v3'] });
    expect(footprint).toMatch(/footprint-mixtral-8x7b">.*?46\.7B.*?12\.9B.*?93\.4 GB.*?25\.5 GFLOP.*?3\.63×/);
    expect(footprint).toMatch(/footprint-deepseek-v3">.*?671B.*?37\.6B.*?1\.34 TB.*?17\.9×/);
    const touched = render(ExpertsTouchedExample, { models: ['mixtral-8x7b', 'deepseek-v3'], batches: [1, 16] });
    expect(touched).toMatch(/touched-mixtral-8x7b-16">.*?7\.92 of 8.*?99 %.*?<td>4<\/td>/);
    expect(touched).toMatch(/touched-deepseek-v3-1">.*?8 of 256.*?3\.13 %.*?0\.0313/);
    expect(touched).toContain('Mixtral 8x7B: a step of 9 tokens is expected to load 90 %');
    expect(touched).toContain('DeepSeek-V3: a step of 73 tokens is expected to load 90 %');
    const a2a = render(AllToAllExample, { model: 'mixtral-8x7b', tokens: [1, 4096] });
    expect(a2a).toMatch(/a2a-row-4096">.*?134 MB.*?4\.29 GB/);
    const capped = render(AllToAllExample, { model: 'deepseek-v3', tokens: [4096], nodeLimit: 4 });
    expect(capped).toMatch(/a2a-row-4096">.*?940 MB.*?54\.5 GB.*?27\.2 GB/);
    const composition = render(BatchCompositionExample, { batches: [[[1], [1], [0], [0]], [[0], [0], [1], [0]]], experts: 2, capacityFactor: 1 });
    expect(composition).toMatch(/composition-row-0">.*?kept/);
    expect(composition).toMatch(/composition-row-1">.*?dropped/);
  });

  it('shows the scaling study, the two norms, RoPE scores and the SwiGLU width of the design lesson with computed numbers', () => {
    const scaling = render(ScalingExample, { dims: [4, 512], keys: 8, draws: 200, seed: 1 });
    // d_k = 512: raw scores spread ≈ 20 and saturate the softmax (largest weight ≈ 0.96); scaled ≈ 0.36
    expect(scaling).toMatch(/scaling-row-512"><th scope="row">512<\/th><td>20\.24 → 0\.89<\/td><td>0\.959 → 0\.362<\/td><td>0\.028 → 0\.219<\/td>/);
    expect(scaling).toMatch(/scaling-row-4"><th scope="row">4<\/th><td>1\.77 → 0\.88<\/td>/);
    const norm = render(NormExample, { x: [1, 2, 3, 6] });
    // mean 3, variance 3.5: LayerNorm (−2, −1, 0, 3)/√3.5; RMS √12.5: RMSNorm (1, 2, 3, 6)/√12.5
    expect(norm).toContain('\\big(-1.069,\\ -0.535,\\ 0.000,\\ 1.604\\big)');
    expect(norm).toContain('\\big(0.283,\\ 0.566,\\ 0.849,\\ 1.697\\big)');
    const rope = render(RopeExample, { q: [0.3, -1.2, 0.8, 0.5], k: [1, 0.4, -0.6, 0.9], pairs: [[5, 2], [103, 100], [2, 5]] });
    expect(rope).toMatch(/rope-row-5-2">.*?<td>3<\/td><td>0\.365086<\/td><td>0\.365086<\/td>/);
    expect(rope).toMatch(/rope-row-103-100">.*?<td>0\.365086<\/td>/);
    expect(rope).toMatch(/rope-row-2-5">.*?<td>-3<\/td><td>-0\.068662<\/td>/);
    const swiglu = render(SwiGluWidthExample, { dims: [768, 4096], multiple: 256 });
    expect(swiglu).toMatch(/swiglu-row-768">.*?<td>4,718,592<\/td><td>2048<\/td>/);
    expect(swiglu).toMatch(/swiglu-row-4096">.*?<td>10922<\/td>.*?11008: 135,266,304 \(100\.78 %\)/);
  });

  it('shows temperature, top-k, top-p, beam search and perplexity of the decoding section with computed numbers', () => {
    const decoding = render(DecodingExample, { tokens: ['a', 'b', 'c'], logits: [2, 1, 0], temperatures: [0.5, 1], k: 2, p: 0.6 });
    // T = 0.5: e⁴/(e⁴ + e² + 1) = 0.867; T = 1: 0.665, 0.245, 0.090; top-2 keeps 0.665/0.910 = 0.731; top-p 0.6 keeps only "a"
    expect(decoding).toMatch(/decoding-row-0"><th scope="row">a<\/th><td>0\.867<\/td><td>0\.665<\/td><td>0\.731<\/td><td>1\.000<\/td>/);
    expect(decoding).toMatch(/decoding-row-2"><th scope="row">c<\/th><td>0\.016<\/td><td>0\.090<\/td><td>0\.000<\/td><td>0\.000<\/td>/);
    const table = { '': [0.5, 0.4, 0.1], '0': [0.4, 0.3, 0.3], '1': [0.9, 0.05, 0.05], '2': [1, 0, 0] };
    const beam = render(BeamExample, { tokens: ['the', 'a', 'one'], table, width: 2 });
    expect(beam).toMatch(/beam-greedy">.*?<td>the the<\/td><td>0\.200<\/td>/);
    expect(beam).toMatch(/beam-best">.*?<td>a the<\/td><td>0\.360<\/td>/);
    const ppl = render(PerplexityExample, { probs: [0.5, 0.25, 0.125, 0.125], vocab: 50000 });
    // mean bits (1 + 2 + 3 + 3)/4 = 2.25: perplexity 2^2.25 = 4.757
    expect(ppl).toContain('2.2500\\text{ bits}');
    expect(ppl).toContain('= 4.757');
    expect(ppl).toContain('perplexity of 50,000');
  });

  it('names no internals in what a learner reads', () => {
    const html = [
      render(CapacityExample, { indices: [[0], [1]], experts: 2, capacityFactor: 1 }),
      render(TopPExample, { logits: [[1, 0]], threshold: 0.5 }),
      render(RoutingExample, { logits: [[2, 1, 0, -1]], k: 2 }),
      render(VarianceExample, { rho: 0.3, sigma: 1, members: [1, 2] }),
    ].join('');
    expect(html).not.toMatch(/lib\/math|routeTopP|expertCapacity|dispatchWithCapacity/);
  });

  it.each([
    [RoutingExample, { logits: [[1, 2]], k: 3 }, /<RoutingExample>: k must be an integer/],
    [RoutingExample, { logits: [[1, 2]], k: 1, outputs: [[1]] }, /<RoutingExample>: outputs must have one row per expert/],
    [BalanceExample, { probs: [[0.5, 0.6]] }, /<BalanceExample>: probs\[0\] must sum to 1/],
    [CapacityExample, { indices: [[0], [5]], experts: 2, capacityFactor: 1 }, /<CapacityExample>:/],
    [VarianceExample, { rho: 2, sigma: 1, members: [1] }, /<VarianceExample>: rho must be in \[0, 1\]/],
    [KvCacheExample, { models: ['gpt-5'], context: 4096 }, /<KvCacheExample>: unknown model "gpt-5"/],
    [DecodeExample, { model: 'dbrx', batches: [1], context: 4096, gpu: 'tpu' }, /<DecodeExample>: unknown gpu "tpu"/],
    [OnlineSoftmaxExample, { scores: [1, 2], values: [[1]], blockSize: 1 }, /<OnlineSoftmaxExample>: values must have 2 rows/],
    [FootprintExample, { models: ['gpt-5'] }, /<FootprintExample>: unknown model "gpt-5"/],
    [ExpertsTouchedExample, { models: ['llama-2-70b'], batches: [1] }, /<ExpertsTouchedExample>: "llama-2-70b" is a dense model/],
    [AllToAllExample, { model: 'mixtral-8x7b', tokens: [1], nodeLimit: 2 }, /<AllToAllExample>: nodeLimit must be an integer from 1 to 1/],
    [BatchCompositionExample, { batches: [[[0]], [[1]]], experts: 2, capacityFactor: 1 }, /<BatchCompositionExample>: the last token must pick the same expert/],
    [BatchCompositionExample, { batches: [[[0, 1]], [[0, 1]]], experts: 2, capacityFactor: 1 }, /<BatchCompositionExample>: every token picks one expert/],
    [ScalingExample, { dims: [0], keys: 8, draws: 1, seed: 1 }, /<ScalingExample>: dK must be an integer/],
    [RopeExample, { q: [1, 2, 3], k: [1, 2, 3], pairs: [[1, 0]] }, /<RopeExample>: q must have an even length/],
    [NormExample, { x: [] }, /<NormExample>:/],
    [SwiGluWidthExample, { dims: [], multiple: 256 }, /<SwiGluWidthExample>: dims must list/],
    [DecodingExample, { tokens: ['a'], logits: [1, 2], temperatures: [1], k: 1, p: 0.5 }, /<DecodingExample>: tokens must name each of the 2 logits/],
    [BeamExample, { tokens: ['a'], table: { '': [1] }, width: 1 }, /<BeamExample>: the table has no distribution for prefix "0"/],
    [PerplexityExample, { probs: [0.5, 0], vocab: 4 }, /<PerplexityExample>: tokenProbs\[1\]/],
  ] as [FunctionComponent<never>, object, RegExp][])('fails the build on a bad prop (%#)', (component, props, message) => {
    expect(() => render(component, props as never)).toThrow(message);
  });
});

describe('worked examples of the ensembles-in-practice lesson', () => {
  it('shows the out-of-bag share and the trees that vote out of bag', () => {
    const html = render(OutOfBagExample, { sizes: [10, 100000], members: 500 });
    // 0.9^10 = 0.3487; 500 · 0.3487 = 174.3; (1 − 1e-5)^1e5 ≈ e^-1 = 0.3679
    expect(html).toMatch(/oob-row-10"><td>10<\/td><td>34\.9%<\/td><td>65\.1%<\/td><td>174\.3<\/td>/);
    expect(html).toMatch(/oob-row-100000"><td>100000<\/td><td>36\.8%<\/td><td>63\.2%<\/td><td>183\.9<\/td>/);
  });

  it('shows the majority vote helping above p = 1/2 and hurting below it', () => {
    const html = render(MajorityVoteExample, { accuracies: [0.4, 0.7], voters: [1, 5] });
    // p = 0.7, M = 5: 0.83692; p = 0.4, M = 5: 0.31744
    expect(html).toMatch(/vote-row-0\.7"><th scope="row">0\.70<\/th><td>70\.0%<\/td><td>83\.7%<\/td>/);
    expect(html).toMatch(/vote-row-0\.4"><th scope="row">0\.40<\/th><td>40\.0%<\/td><td>31\.7%<\/td>/);
  });

  it('shows the correlation floor, candidate features and the XGBoost split', () => {
    expect(render(CorrelationFloorExample, { rhos: [0.3], sigma: 1, members: [10] })).toMatch(/rho-row-0\.3"><th scope="row">0\.30<\/th><td>0\.370<\/td><td>0\.300<\/td>/);
    expect(render(FeatureSubsampleExample, { features: [100] })).toMatch(/features-row-100"><td>100<\/td><td>10<\/td><td>90\.0%<\/td><td>33<\/td><td>67\.0%<\/td>/);
    const split = render(XgboostSplitExample, { gradLeft: -6, hessLeft: 4, gradRight: 4, hessRight: 6, lambda: 1, gammas: [0.5, 5] });
    // ½(36/5 + 16/7 − 4/11) = 4.561; minus γ
    expect(split).toMatch(/gain-gamma-0\.5">γ = 0\.50: gain 4\.061, so the split is kept\./);
    expect(split).toMatch(/gain-gamma-5">γ = 5: gain -0\.439, so the split is pruned\./);
    expect(split).toContain('w_{\\text{parent}} = -\\frac{-2}{10 + 1} = 0.18');
  });

  it('multiplies parameters, memory and FLOPs by the number of members', () => {
    const html = render(EnsembleCostExample, { members: 5, params: 7e9, bytes: 2 });
    expect(html).toMatch(/ensemble of 5<\/th><td>35B<\/td><td>70 GB<\/td><td>70 GFLOP<\/td>/);
    expect(html).toMatch(/same size<\/th><td>7B<\/td><td>14 GB<\/td><td>14 GFLOP<\/td>/);
  });

  it.each([
    [OutOfBagExample, { sizes: [0], members: 5 }, /<OutOfBagExample>: sizes\[0\] must be an integer ≥ 1/],
    [MajorityVoteExample, { accuracies: [1.5], voters: [3] }, /<MajorityVoteExample>: accuracies\[0\] must be in \[0, 1\]/],
    [CorrelationFloorExample, { rhos: [0.3], sigma: 0, members: [2] }, /<CorrelationFloorExample>: sigma must be > 0/],
    [FeatureSubsampleExample, { features: [2.5] }, /<FeatureSubsampleExample>: features\[0\] must be an integer/],
    [XgboostSplitExample, { gradLeft: 1, hessLeft: 0, gradRight: 1, hessRight: 1, lambda: 0, gammas: [0] }, /<XgboostSplitExample>: hess \+ lambda must be > 0/],
    [EnsembleCostExample, { members: 0, params: 1e9, bytes: 2 }, /<EnsembleCostExample>: members must be an integer ≥ 1/],
  ] as [FunctionComponent<never>, object, RegExp][])('fails the build on a bad prop (%#)', (component, props, message) => {
    expect(() => render(component, props as never)).toThrow(message);
  });
});
