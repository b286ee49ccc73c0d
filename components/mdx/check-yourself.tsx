import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root } from 'hast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { loadQuizSets, type LoadedQuizSet, type Question } from '@/lib/content';
import { blocksOf, isParagraph, renderMarkdown } from '@/lib/content/markdown';
import { localizedPath } from '@/lib/i18n';
import { createRandom } from '@/lib/math';

const toReact = (tree: Root) => toJsxRuntime(tree, { Fragment, jsx, jsxs });

/** Renders quiz Markdown (with KaTeX) at build time; a bad formula fails the build naming `label`. */
function Markdown({ text, label, inline = false }: { text: string; label: string; inline?: boolean }) {
  // The same renderer as the quiz pages; `inline` unwraps a lone paragraph to sit beside a label.
  return toReact(renderMarkdown(text, label, { inline }));
}

/** A stable 32-bit FNV-1a hash of a question id, used as the seed of its shuffle. */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The items of an order question in a deterministic shuffled order that differs from the answer. */
function shuffledItems(q: Extract<Question, { type: 'order' }>): string[] {
  const shuffled = createRandom(seedOf(q.id)).shuffle(q.items);
  const same = shuffled.every((item, i) => item === q.items[i]);
  return same ? [...q.items.slice(1), q.items[0]] : shuffled;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * A question's prompt and its choices or items, split for the stylesheet: the questions sit outside
 * the lesson's skipped chunks (see rehype-lesson-sections.ts), so that their "Show answer"
 * disclosures are always laid out, and their prompts and choices, mostly formulas, were most of
 * what a long lesson laid out on load. So everything but the disclosure goes into one box that is
 * skipped while off-screen (`.check-yourself__rest`).
 *
 * A contained box has no baseline, and the question's number is aligned with the prompt's first
 * line. When the prompt starts with a paragraph, the number is drawn inside that paragraph instead
 * of as the list marker (`numbered`: the stylesheet hangs it where the marker was, on the same
 * baseline), and the whole prompt goes in the box. Otherwise the first block stays outside, beside
 * the marker, and only the rest goes in.
 */
export function promptParts(q: Question): { numbered: boolean; outside: ReactNode; box: ReactNode[] } {
  const [first, ...more] = blocksOf(renderMarkdown(q.prompt, `${q.id} prompt`));
  const rest: ReactNode[] = more.length > 0 ? [<Fragment key="prompt">{toReact({ type: 'root', children: more })}</Fragment>] : [];
  // a predict question shows its choices here; its widget runs on the quiz page
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'predict') {
    rest.push(
      <ol key="choices" type="A" className="check-yourself__choices">
        {q.choices.map((c) => (
          <li key={c.id}>
            <Markdown text={c.text} label={`${q.id} choice ${c.id}`} />
          </li>
        ))}
      </ol>,
    );
  }
  if (q.type === 'order') {
    rest.push(
      <p key="order-label">{getT()('check.orderPrompt')}</p>,
      <ul key="items" className="check-yourself__items">
        {shuffledItems(q).map((item) => (
          <li key={item}>
            <Markdown text={item} label={`${q.id} item`} />
          </li>
        ))}
      </ul>,
    );
  }
  const head = first ? <Fragment key="first">{toReact({ type: 'root', children: [first] })}</Fragment> : null;
  // a lone paragraph has nothing to skip: it keeps the list marker
  if (rest.length === 0) return { numbered: false, outside: head, box: [] };
  const numbered = first !== undefined && isParagraph(first);
  return numbered ? { numbered, outside: null, box: [head, ...rest] } : { numbered, outside: head, box: rest };
}

function Answer({ q }: { q: Question }) {
  const t = getT();
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'predict': {
      const correct = new Set(q.type === 'multiple' ? q.answer : [q.answer]);
      const letters = q.choices.flatMap((c, i) => (correct.has(c.id) ? [letter(i)] : []));
      return (
        <>
          <p>
            <strong>{t('check.answer', { answer: letters.join(t('punct.listSeparator')) })}</strong>
          </p>
          <ul className="check-yourself__explanations">
            {q.choices.map((c, i) => (
              <li key={c.id}>
                <strong>{t(correct.has(c.id) ? 'check.correct' : 'check.wrong', { letter: letter(i) })}</strong>{' '}
                <Markdown inline text={c.explanation} label={`${q.id} choice ${c.id} explanation`} />
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'numeric':
      return (
        <p>
          <strong>{t('check.answer', { answer: `${q.answer}${q.unit ? ` ${q.unit}` : ''}` })}</strong>
        </p>
      );
    case 'order':
      return (
        <>
          <p>
            <strong>{t('check.answerInOrder')}</strong>
          </p>
          <ol>
            {q.items.map((item) => (
              <li key={item}>
                <Markdown text={item} label={`${q.id} item`} />
              </li>
            ))}
          </ol>
        </>
      );
    case 'recall':
      return (
        <>
          <p>
            <strong>{t('check.keyPoints')}</strong>
          </p>
          <ul>
            {q.keyPoints.map((point) => (
              <li key={point}>
                <Markdown text={point} label={`${q.id} key point`} />
              </li>
            ))}
          </ul>
        </>
      );
  }
}

/**
 * Inline "check yourself" questions drawn from the quiz bank by id (comma-separated), each with a
 * collapsible answer and explanation, and a link to practise the question's topic. An unknown or
 * repeated id fails the build.
 */
export function CheckYourself({ ids }: { ids: string }) {
  const wanted = ids
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (wanted.length === 0) throw new Error('<CheckYourself>: ids is empty; give comma-separated question ids');
  const repeated = wanted.find((id, i) => wanted.indexOf(id) !== i);
  if (repeated) throw new Error(`<CheckYourself>: question id "${repeated}" is listed twice`);
  const bank = new Map<string, { q: Question; set: LoadedQuizSet }>();
  const t = getT();
  // the questions in the page's language (the same ids, answers and order as the English bank)
  for (const set of loadQuizSets(undefined, getRequestLocale())) for (const q of set.questions) bank.set(q.id, { q, set });
  const found = wanted.map((id) => {
    const entry = bank.get(id);
    if (!entry) throw new Error(`<CheckYourself>: unknown question id "${id}" (not in content/quizzes)`);
    return entry;
  });
  const topics = [...new Map(found.map(({ set }) => [set.slug, set])).values()];
  return (
    <aside className="callout callout--tip check-yourself" aria-label={t('check.title')} data-testid="check-yourself">
      <p className="callout__title">{t('check.title')}</p>
      <ol className="check-yourself__questions">
        {found.map(({ q }) => {
          const { numbered, outside, box } = promptParts(q);
          return (
            <li key={q.id} className={numbered ? 'check-yourself__numbered' : undefined} data-testid="question" data-question-id={q.id} data-question-type={q.type}>
              {outside}
              {box.length > 0 ? <div className="check-yourself__rest">{box}</div> : null}
              <details>
                <summary>{t('check.show')}</summary>
                <Answer q={q} />
                <Markdown text={q.explanation} label={`${q.id} explanation`} />
              </details>
            </li>
          );
        })}
      </ol>
      <p className="check-yourself__more">
        {topics.map((set, i) => (
          <span key={set.slug}>
            {i > 0 ? ' · ' : null}
            <a href={localizedPath(`/quiz/${set.slug}`, getRequestLocale())}>{t('check.more', { title: set.title })}</a>
          </span>
        ))}
      </p>
    </aside>
  );
}
