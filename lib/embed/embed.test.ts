import { describe, expect, it } from 'vitest';
import { serializeMoeParams, parseMoeParams } from '@/lib/widgets/moe-playground/params';
import { embedMessage, outboundSchema, parseInbound } from './protocol';
import { answeredStatement, questionIri, selectQuestions } from './quiz';
import { embedIdFromPath, widgetById, lockableNames, widgetForPath } from '@/lib/widgets/registry';
import { expandPreset, looksDangerous, parseLock, parseTheme, sanitizeSearch } from './sanitize';
import { buildEmbedUrl, buildSnippet, escapeAttribute } from './snippet';
import { applySetState, resolveWidgetSearch, stateParams, widgetQuery } from './state';

const moe = widgetById('moe-playground')!;
const routing = widgetById('routing-lab')!;

describe('protocol', () => {
  it('builds messages that match the outbound schema', () => {
    const m = embedMessage('resize', 'routing-lab', { height: 812 });
    expect(m).toEqual({ source: 'moe-lab', type: 'resize', widget: 'routing-lab', payload: { height: 812 } });
    expect(outboundSchema.safeParse(m).success).toBe(true);
    expect(outboundSchema.safeParse({ ...m, payload: { height: -1 } }).success).toBe(false);
  });

  it('ignores foreign messages and reports malformed ones of ours', () => {
    expect(parseInbound('hello', 'moe-playground')).toBeNull();
    expect(parseInbound({ type: 'something-else' }, 'moe-playground')).toBeNull();
    expect(parseInbound({ type: 'set-state', payload: { k: 2 } }, 'moe-playground')).toEqual({ message: { type: 'set-state', payload: { k: 2 } } });
    expect(parseInbound({ type: 'set-state', payload: 'k=2' }, 'moe-playground')).toHaveProperty('error');
    expect(parseInbound({ type: 'set-state', payload: { k: { nested: 1 } } }, 'moe-playground')).toHaveProperty('error');
    expect(parseInbound({ type: 'set-state', payload: { '<b>': 1 } }, 'moe-playground')).toHaveProperty('error');
    expect(parseInbound({ type: 'set-state', widget: 'routing-lab', payload: {} }, 'moe-playground')).toEqual({
      error: 'set-state: the message names widget "routing-lab", not moe-playground; ignored.',
    });
  });

  it('accepts set-theme with light, dark or auto only', () => {
    expect(parseInbound({ type: 'set-theme', payload: { theme: 'dark' } }, 'quiz')).toEqual({ message: { type: 'set-theme', payload: { theme: 'dark' } } });
    expect(parseInbound({ source: 'moe-lab', type: 'set-theme', payload: { theme: 'auto' } }, 'quiz')).toEqual({ message: { source: 'moe-lab', type: 'set-theme', payload: { theme: 'auto' } } });
    expect(parseInbound({ type: 'set-theme', payload: { theme: 'sepia' } }, 'quiz')).toHaveProperty('error');
    expect(parseInbound({ type: 'set-theme', payload: 'dark' }, 'quiz')).toHaveProperty('error');
    expect(parseInbound({ type: 'set-theme' }, 'quiz')).toHaveProperty('error');
  });
});

describe('sanitising', () => {
  it.each(['<script>alert(1)</script>', 'javascript:alert(1)', 'JaVaScRiPt :alert(1)', 'java\tscript:x', 'data:text/html,<b>', 'a\u0000b', '"><img src=x onerror=alert(1)>'])(
    'flags %j',
    (raw) => expect(looksDangerous(raw)).toBe(true),
  );
  it.each(['0.01', 'spiral', 'The cat sat on the mat .', 'top-k', '1e-3'])('keeps %j', (raw) => expect(looksDangerous(raw)).toBe(false));

  it('drops dangerous values with a notice and keeps the rest', () => {
    const { search, notices } = sanitizeSearch(new URLSearchParams('k=2&text=<script>alert(1)</script>&dataset=javascript:alert(1)'));
    expect(search.toString()).toBe('k=2');
    expect(notices).toEqual(['text: "<script>alert(1)</script…" looks like markup or a script; ignored.', 'dataset: "javascript:alert(1)" looks like markup or a script; ignored.']);
  });

  it('parses lock lists against the lockable names', () => {
    expect(parseLock('lambda, capacity,preset,nope,lambda', lockableNames(moe))).toEqual({
      locked: ['lambda', 'capacity', 'preset'],
      notices: ['lock: "nope" is not a knob of this widget; ignored.'],
    });
    expect(parseLock(null, lockableNames(moe))).toEqual({ locked: [], notices: [] });
    expect(lockableNames(routing).filter((n) => n === 'model')).toEqual(['model']);
  });

  it('accepts the three themes and falls back to auto with a notice', () => {
    expect(parseTheme('dark')).toEqual({ theme: 'dark', notices: [] });
    expect(parseTheme(null)).toEqual({ theme: 'auto', notices: [] });
    expect(parseTheme('neon')).toEqual({ theme: 'auto', notices: ['theme: "neon" is not one of light, dark, auto; using auto.'] });
  });

  it('expands a preset under explicit parameters', () => {
    const { search, notices } = expandPreset(new URLSearchParams('preset=collapse&k=2'), moe.presets);
    expect(notices).toEqual([]);
    expect(Object.fromEntries(search)).toEqual({ k: '2', experts: '8', lambda: '0', capacity: '0', noise: '0', renorm: '0' });
    expect(parseMoeParams(search).params).toMatchObject({ k: 2, lambda: 0, renorm: false });
    expect(expandPreset(new URLSearchParams('preset=nope'), routing.presets).notices[0]).toMatch(/^preset: "nope" is not one of switch, mixtral/);
  });
});

describe('registry and state', () => {
  it('finds widgets by embed route and full page', () => {
    expect(widgetForPath('/embed/moe-playground')?.id).toBe('moe-playground');
    expect(widgetForPath('/playground/routing/')?.id).toBe('routing-lab');
    expect(widgetForPath('/learn')).toBeUndefined();
    expect(embedIdFromPath('/embed/quiz/moe-routing')).toBe('quiz');
    expect(embedIdFromPath('/zh/embed/routing-lab')).toBe('routing-lab');
    expect(embedIdFromPath('/zh/embed/quiz/moe-routing')).toBe('quiz');
    expect(widgetForPath('/zh/embed/moe-playground')?.id).toBe('moe-playground');
  });

  it('resolves the widget query: sanitised, preset expanded, lock only in embeds', () => {
    const raw = new URLSearchParams('preset=switch&lock=k,mode&text=<b>x</b>');
    const embed = resolveWidgetSearch(routing, raw, true);
    expect(embed.locked).toEqual(['k', 'mode']);
    expect(embed.search.get('k')).toBe('1');
    expect(embed.search.has('text')).toBe(false);
    expect(embed.notices).toHaveLength(1);
    expect(resolveWidgetSearch(routing, raw, false).locked).toEqual([]);
  });

  it('merges set-state into the query, keeping frame keys, refusing unknown keys and markup', () => {
    const current = new URLSearchParams('experts=6&lock=lambda&theme=dark&preset=dense');
    const { search, notices } = applySetState(moe, current, { lambda: 0.1, k: 3, evil: 1, dataset: 'javascript:alert(1)', autoplay: true });
    expect(Object.fromEntries(search)).toEqual({ lock: 'lambda', theme: 'dark', experts: '6', lambda: '0.1', k: '3', autoplay: '1' });
    expect(notices).toEqual(['set-state: "evil" is not a parameter of this widget; ignored.', 'set-state: dataset: "javascript:alert(1)" looks like markup or a script; ignored.']);
  });

  it('clamps set-state values with the widget parser (same notices as a URL)', () => {
    const { search } = applySetState(moe, new URLSearchParams(), { experts: 99 });
    expect(moe.parse(search).notices).toEqual(['Experts N: "99" is outside 1–16; using 16.']);
  });

  it('reports the full validated state for a canonical query', () => {
    const query = serializeMoeParams({ ...parseMoeParams(new URLSearchParams()).params, k: 1 });
    expect(query).toBe('k=1');
    expect(stateParams(moe, query)).toMatchObject({ dataset: 'spiral', experts: 8, k: 1, lambda: 0.01, autoplay: false, until: 0 });
    expect(stateParams(undefined, 'ids=a,b')).toEqual({ ids: 'a,b' });
    expect(widgetQuery(routing, new URLSearchParams('k=1&lock=k&theme=dark&utm=x')).toString()).toBe('k=1');
  });
});

describe('snippet', () => {
  const base = { origin: 'https://lab.example.org', path: '/embed/moe-playground', query: new URLSearchParams('experts=4&k=1'), lock: ['lambda', 'capacity'], theme: 'dark' as const };

  it('builds the frame URL from state and options', () => {
    expect(buildEmbedUrl({ ...base, autoplay: true, until: 500 })).toBe('https://lab.example.org/embed/moe-playground?experts=4&k=1&autoplay=1&until=500&lock=lambda%2Ccapacity&theme=dark');
    expect(buildEmbedUrl({ ...base, lock: [], theme: 'auto' })).toBe('https://lab.example.org/embed/moe-playground?experts=4&k=1');
    expect(() => buildEmbedUrl({ ...base, origin: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => buildEmbedUrl({ ...base, path: '/embed/x"onload=alert(1)' })).toThrow(RangeError);
  });

  it('builds the Chinese frame URL under /zh/embed, with no lang= left for the frame to redirect', () => {
    expect(buildEmbedUrl({ ...base, lock: [], theme: 'auto', lang: 'zh' })).toBe('https://lab.example.org/zh/embed/moe-playground?experts=4&k=1');
    const asked = new URLSearchParams('experts=4&lang=zh');
    expect(buildEmbedUrl({ ...base, query: asked, lock: ['k'], theme: 'dark', lang: 'zh' })).toBe('https://lab.example.org/zh/embed/moe-playground?experts=4&lock=k&theme=dark');
    expect(buildEmbedUrl({ ...base, query: asked, lock: [], theme: 'auto', lang: 'en' })).toBe('https://lab.example.org/embed/moe-playground?experts=4');
    expect(buildEmbedUrl({ ...base, path: '/embed/quiz/moe-routing', query: new URLSearchParams('q=a,b'), lock: [], theme: 'auto', lang: 'zh' })).toBe('https://lab.example.org/zh/embed/quiz/moe-routing?q=a%2Cb');
    expect(buildSnippet({ ...base, lang: 'zh', height: 600, title: 'MoE', resize: true })).toMatch(/^<iframe src="https:\/\/lab\.example\.org\/zh\/embed\/moe-playground\?[^"]*" title="MoE"[^\n]*\n<script src="https:\/\/lab\.example\.org\/embed\.js" async><\/script>$/);
    // the path is checked as an English route: a locale prefix comes only from `lang`
    expect(() => buildEmbedUrl({ ...base, path: '/zh/embed/moe-playground', lang: 'zh' })).toThrow(RangeError);
  });

  it('escapes attributes and clamps the height', () => {
    expect(escapeAttribute('a"b<c>&')).toBe('a&quot;b&lt;c&gt;&amp;');
    const snippet = buildSnippet({ ...base, height: 99_999, title: 'MoE "Lab"', resize: true });
    expect(snippet).toBe(
      '<iframe src="https://lab.example.org/embed/moe-playground?experts=4&amp;k=1&amp;lock=lambda%2Ccapacity&amp;theme=dark" title="MoE &quot;Lab&quot;" width="100%" height="3000" style="border:0;max-width:100%" loading="lazy"></iframe>\n' +
        '<script src="https://lab.example.org/embed.js" async></script>',
    );
    expect(buildSnippet({ ...base, height: 10, title: 't', resize: false })).toMatch(/height="200"/);
  });
});

describe('quiz', () => {
  const all = ['q1', 'q2', 'q3'];
  it('selects chosen ids in order and reports unknown ones', () => {
    expect(selectQuestions(all, null)).toEqual({ ids: all, notices: [] });
    expect(selectQuestions(all, 'q3,q1,q3')).toEqual({ ids: ['q3', 'q1'], notices: [] });
    expect(selectQuestions(all, 'q2,zz')).toEqual({ ids: ['q2'], notices: ['ids: "zz" is not a question of this set; ignored.'] });
    expect(selectQuestions(all, 'zz').ids).toEqual(all);
  });

  it('builds an xAPI-shaped answered statement with the running score', () => {
    const s = answeredStatement({ origin: 'https://lab.example.org', set: 'moe-routing', questionId: 'mr-x', correct: true, score: { correct: 1, answered: 2, total: 4 }, timestamp: new Date(0) });
    expect(s).toEqual({
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: { objectType: 'Activity', id: 'https://lab.example.org/quiz/moe-routing#mr-x', definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction' } },
      result: { success: true, completion: false, score: { raw: 1, min: 0, max: 4, scaled: 0.25 } },
      timestamp: '1970-01-01T00:00:00.000Z',
    });
    expect(questionIri('https://a.b', 'x y', 'q#1')).toBe('https://a.b/quiz/x%20y#q%231');
  });
});
