import { describe, expect, it } from 'vitest';
import '@/lib/i18n/catalogs';
import { t as translate, type MessageKey } from '@/lib/i18n';
import { lockableNames, widgetById, WIDGETS } from '@/lib/widgets/registry';
import { selectQuestions } from './quiz';
import { expandPreset, parseLock, parseTheme, sanitizeSearch } from './sanitize';
import { applySetState, resolveSetState, resolveWidgetSearch } from './state';

const zh = (key: MessageKey, vars?: Record<string, string | number>) => translate(key, vars, 'zh');
const moe = widgetById('moe-playground')!;

// A Chinese embed (/zh/embed/…) shows and posts its notices in Chinese, with full-width punctuation.
describe('embed notices in Chinese', () => {
  it('sanitize.ts: markup, lock, theme and preset notices', () => {
    expect(sanitizeSearch(new URLSearchParams('k=<b>'), zh).notices).toEqual(['k："<b>" 看起来像标记或脚本；已忽略。']);
    expect(parseLock('nope,zilch', lockableNames(moe), zh).notices).toEqual(['lock："nope"、"zilch" 都不是此组件的可调参数；已忽略。']);
    expect(parseTheme('sepia', zh).notices).toEqual(['theme："sepia" 不在 light、dark、auto 之中；改用 auto。']);
    expect(expandPreset(new URLSearchParams('preset=x'), [], zh).notices).toEqual(['preset：此组件没有预设 "x"；已忽略。']);
  });

  it('quiz.ts: ids notices', () => {
    expect(selectQuestions(['a', 'b'], 'zz', zh).notices).toEqual(['ids："zz" 不是本题集中的题目；已忽略。', 'ids：没有选中本题集中的任何题目；显示整个题集。']);
  });

  it('state.ts: set-state refusals and the URL notices it collects', () => {
    expect(applySetState(moe, new URLSearchParams(), { nope: 1 }, zh).notices).toEqual(['set-state："nope" 不是此组件的参数；已忽略。']);
    expect(resolveWidgetSearch(moe, new URLSearchParams('lock=nope'), true, zh).notices).toEqual(['lock："nope" 不是此组件的可调参数；已忽略。']);
  });

  it('state.ts: the widget parser’s clamp notices that set-state posts to the host', () => {
    const { shown, notices } = resolveSetState(moe, new URLSearchParams(), { experts: 99, nope: 1 }, zh);
    expect(shown).toEqual(['set-state："nope" 不是此组件的参数；已忽略。']);
    expect(notices).toEqual(['set-state："nope" 不是此组件的参数；已忽略。', `${zh('knob.experts')}："99" 超出 1–16 的范围；改用 16。`]);
  });

  it.each(WIDGETS.filter((w) => w.ready).map((w) => [w.id, w] as const))('%s: its parse takes the page’s t', (_id, widget) => {
    const knob = widget.knobs.find((k) => k.kind === 'int' || k.kind === 'number');
    if (!knob) return;
    const search = new URLSearchParams({ [knob.key]: '-1' });
    const english = widget.parse(search).notices;
    const chinese = widget.parse(search, zh).notices;
    expect(english.length, widget.id).toBeGreaterThan(0);
    expect(chinese, widget.id).not.toEqual(english);
    for (const notice of chinese) expect(notice, widget.id).toMatch(/[\u4e00-\u9fff]/);
  });
});
