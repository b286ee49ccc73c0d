/**
 * Structural parity of a translation with its English original, as plain functions over text and
 * parsed data (no file access), so they can be tried on small fixtures. Each returns a list of
 * problems, empty when the translation has the English structure: for a lesson the same headings
 * (count and levels), the same components in the same order with the same non-prose props, the
 * same formulas in each section, in any order (words inside `\text{…}` may be translated) and as
 * many objectives; for a quiz set
 * the same questions in the same order, the same choice ids, as many items and key points, the
 * same formulas and no field that belongs to the English set; for an exercise as many hints and
 * the same front matter beyond title and hints. The content test runs them on every translation.
 */

/** Component props whose value is prose, translated with the text (all others must be identical). */
export const PROSE_PROPS = new Set(['title', 'caption', 'claim', 'label', 'alt', 'summary', 'description', 'note']);

/** Fields of a question translation; anything else belongs to the English set only. */
const QUESTION_TEXT_FIELDS = new Set(['id', 'prompt', 'explanation', 'choices', 'items', 'keyPoints', 'observe', 'unit']);

/** `body` without fenced code blocks (their lines are not prose, headings or formulas). */
function withoutCode(body: string): string[] {
  let fenced = false;
  return body.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** The level (1–6) of each Markdown heading, in order. */
export function headingLevels(body: string): number[] {
  return withoutCode(body).flatMap((line) => {
    const m = /^(#{1,6})\s+\S/.exec(line);
    return m ? [m[1].length] : [];
  });
}

/** A formula with the words of `\text{…}` blanked (they may be translated) and its spacing normalized. */
export function normalizeFormula(tex: string): string {
  // a line break or run of spaces inside a formula is reflowed prose, not a different formula
  return tex.replace(/\\text\{(?:[^{}]|\{[^{}]*\})*\}/g, '\\text{}').replace(/\s+/g, ' ').trim();
}

/** Every `$$…$$` and `$…$` formula of `text` (inline code and fenced code left out), normalized. */
export function formulas(text: string): string[] {
  const prose = withoutCode(text).join('\n').replace(/`[^`\n]*`/g, ' ');
  const found: string[] = [];
  // inline math may run over a line break (not over a blank line), as in Markdown
  const pattern = /\$\$([\s\S]+?)\$\$|(?<![\\$])\$(?!\s)((?:\\\$|[^$\n]|\n(?![ \t]*\n))+?)(?<!\s|\\)\$/g;
  for (const m of prose.matchAll(pattern)) found.push(normalizeFormula(m[1] ?? m[2]));
  return found;
}

export interface ComponentUse {
  name: string;
  /** non-prose props, as written (`id="x"`, `ids="a,b"`, `{…}` expressions) */
  props: Record<string, string>;
  /** prose props present (their values are translated, so only their presence is compared) */
  prose: string[];
}

/** The value of a `{…}` expression starting at `start` (an opening brace), balanced. */
function readExpression(source: string, start: number): string {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
}

/** The JSX components of an MDX body (capitalized tags), in order, with their props. */
export function components(body: string): ComponentUse[] {
  const source = withoutCode(body).join('\n').replace(/`[^`\n]*`/g, ' ');
  const uses: ComponentUse[] = [];
  for (const m of source.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
    const use: ComponentUse = { name: m[1], props: {}, prose: [] };
    let i = (m.index ?? 0) + m[0].length;
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (i >= source.length || source[i] === '>' || source.startsWith('/>', i)) break;
      const attr = /^([A-Za-z_][\w-]*)/.exec(source.slice(i));
      if (!attr) break;
      const name = attr[1];
      i += name.length;
      let value = 'true';
      if (source[i] === '=') {
        i++;
        const quote = source[i];
        if (quote === '"' || quote === "'") {
          const end = source.indexOf(quote, i + 1);
          value = source.slice(i, end + 1);
          i = end + 1;
        } else if (quote === '{') {
          value = readExpression(source, i);
          i += value.length;
        }
      }
      if (PROSE_PROPS.has(name)) use.prose.push(name);
      else use.props[name] = value;
    }
    uses.push(use);
  }
  return uses;
}

export interface LessonText {
  objectives: readonly string[];
  body: string;
}

const describe = (c: ComponentUse) => `<${c.name}${Object.entries(c.props).map(([k, v]) => ` ${k}=${v}`).join('')}${c.prose.map((p) => ` ${p}=…`).join('')}>`;

/** Where the translation `zh` of lesson `en` differs in structure (empty when it matches). */
export function lessonParity(en: LessonText, zh: LessonText): string[] {
  const problems: string[] = [];
  if (en.objectives.length !== zh.objectives.length) problems.push(`objectives: ${zh.objectives.length}, English has ${en.objectives.length}`);
  const [he, hz] = [headingLevels(en.body), headingLevels(zh.body)];
  if (he.length !== hz.length) problems.push(`headings: ${hz.length}, English has ${he.length}`);
  else he.forEach((level, i) => level !== hz[i] && problems.push(`heading ${i + 1}: level ${hz[i]}, English has ${level}`));
  const [ce, cz] = [components(en.body), components(zh.body)];
  if (ce.length !== cz.length) problems.push(`components: ${cz.length} (${cz.map((c) => c.name).join(', ')}), English has ${ce.length} (${ce.map((c) => c.name).join(', ')})`);
  else
    ce.forEach((c, i) => {
      const a = describe(c);
      const b = describe(cz[i]);
      if (a !== b) problems.push(`component ${i + 1}: ${b}, English has ${a}`);
    });
  const [se, sz] = [sections(en.body), sections(zh.body)];
  if (se.length === sz.length) se.forEach((section, i) => problems.push(...formulaParity(i === 0 ? 'before the first heading' : `section ${i}`, formulas(section), formulas(sz[i]))));
  return problems;
}

/** The body cut at its headings: the text before the first heading, then each section's. */
export function sections(body: string): string[] {
  const parts: string[][] = [[]];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && /^#{1,6}\s+\S/.test(line)) parts.push([]);
    parts[parts.length - 1].push(line);
  }
  return parts.map((p) => p.join('\n'));
}

/**
 * The same formulas in a stretch of text (a section, a prompt): compared as a multiset, since a
 * translation may name them in another order ("the $k$ of $E$ experts", "$E$ 个专家中的 $k$ 个").
 */
function formulaParity(where: string, en: string[], zh: string[]): string[] {
  const count = (list: string[]) => list.reduce((m, f) => m.set(f, (m.get(f) ?? 0) + 1), new Map<string, number>());
  const [ce, cz] = [count(en), count(zh)];
  const missing = [...ce].flatMap(([f, n]) => Array<string>(Math.max(0, n - (cz.get(f) ?? 0))).fill(f));
  const extra = [...cz].flatMap(([f, n]) => Array<string>(Math.max(0, n - (ce.get(f) ?? 0))).fill(f));
  const problems: string[] = [];
  if (missing.length) problems.push(`${where}: formulas missing: ${missing.map((f) => `$${f}$`).join(' ')}`);
  if (extra.length) problems.push(`${where}: formulas not in the English: ${extra.map((f) => `$${f}$`).join(' ')}`);
  return problems;
}

type Loose = Record<string, unknown>;
const list = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Where the quiz translation `zh` (parsed YAML) differs in structure from the English set `en`. */
export function quizParity(en: { questions: readonly Loose[] }, zh: unknown): string[] {
  const problems: string[] = [];
  const z = (zh ?? {}) as Loose;
  const [qe, qz] = [en.questions, list(z.questions)];
  const ids = (qs: readonly Loose[]) => qs.map((q) => str(q.id)).join(', ');
  if (ids(qe) !== ids(qz)) problems.push(`question ids: [${ids(qz)}], English has [${ids(qe)}]`);
  const byId = new Map(qz.map((q) => [str(q.id), q]));
  for (const q of qe) {
    const t = byId.get(str(q.id));
    if (!t) continue;
    const where = str(q.id);
    const extra = Object.keys(t).filter((k) => !QUESTION_TEXT_FIELDS.has(k));
    if (extra.length) problems.push(`${where}: ${extra.join(', ')} belong to the English set only`);
    const choiceIds = (v: unknown) => list(v).map((c) => str(c.id)).join(',');
    if (choiceIds(q.choices) !== choiceIds(t.choices)) problems.push(`${where}: choice ids [${choiceIds(t.choices)}], English has [${choiceIds(q.choices)}]`);
    for (const key of ['items', 'keyPoints'] as const) {
      const [a, b] = [list(q[key]).length, list(t[key]).length];
      if (a !== b) problems.push(`${where}: ${b} ${key}, English has ${a}`);
    }
    if ((q.observe === undefined) !== (t.observe === undefined)) problems.push(`${where}: observe ${t.observe === undefined ? 'missing' : 'not in the English'}`);
    if (t.unit !== undefined && q.unit === undefined) problems.push(`${where}: unit not in the English`);
    // field by field (each choice, item and key point on its own), formulas in any order within one
    const fields = (x: Loose): [string, string][] => [
      ['prompt', str(x.prompt)],
      ['explanation', str(x.explanation)],
      ['observe', str(x.observe)],
      ...list(x.choices).flatMap((c): [string, string][] => [
        [`choice ${str(c.id)}`, str(c.text)],
        [`choice ${str(c.id)} explanation`, str(c.explanation)],
      ]),
      ...list(x.items).map((item, i): [string, string] => [`item ${i + 1}`, str(item)]),
      ...list(x.keyPoints).map((point, i): [string, string] => [`key point ${i + 1}`, str(point)]),
    ];
    const zhFields = new Map(fields(t));
    for (const [name, text] of fields(q)) problems.push(...formulaParity(`${where} ${name}`, formulas(text), formulas(zhFields.get(name) ?? '')));
  }
  return problems;
}

/** Where a translated exercise prompt's front matter differs from the English one. */
export function exerciseParity(en: Loose, zh: Loose): string[] {
  const problems: string[] = [];
  const [he, hz] = [list(en.hints).length, list(zh.hints).length];
  if (he !== hz) problems.push(`hints: ${hz}, English has ${he}`);
  for (const key of new Set([...Object.keys(en), ...Object.keys(zh)])) {
    if (key === 'title' || key === 'hints') continue;
    if (JSON.stringify(en[key]) !== JSON.stringify(zh[key])) problems.push(`front matter "${key}": ${JSON.stringify(zh[key])}, English has ${JSON.stringify(en[key])}`);
  }
  return problems;
}
