'use client';

import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '@/components/i18n/locale-context';
import { coveredCount, rubricCorrect, rubricGrade } from '@/lib/quiz/rubric';
import { RubricBands } from './rubric-bands';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';
import { BuildHtmlView } from '@/components/content/build-html';

/**
 * Rubric recall: the learner answers aloud or in the box, reveals the model answer's key points,
 * ticks the ones they covered (checkboxes; digit keys toggle them) and submits; the FSRS rating
 * follows from the share ticked (lib/quiz/rubric.ts), shown live with the bands it falls in.
 */
export function RecallResponse({ view, submitted, onSubmit }: ResponseProps<'recall'>) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [ticked, setTicked] = useState<number[]>([]);
  const pointsRef = useRef<HTMLFieldSetElement>(null);
  const open = revealed || submitted !== null;
  const total = view.keyPoints.length;
  const chosen = submitted ? submitted.covered : ticked;
  const covered = coveredCount(chosen, total);
  const grade = rubricGrade(covered, total);

  const reveal = () => {
    // committed at once, so focus moves before the browser handles another key
    flushSync(() => setRevealed(true));
    pointsRef.current?.querySelector('input')?.focus();
  };
  const toggle = (i: number) => {
    if (submitted || i >= total) return;
    setTicked((current) => (current.includes(i) ? current.filter((c) => c !== i) : [...current, i].sort((a, b) => a - b)));
  };
  const submit = () => {
    if (!submitted) onSubmit({ type: 'recall', covered: ticked, ...(text.trim() ? { text } : {}) });
  };
  useQuizKeys(submitted ? {} : revealed ? { onDigit: toggle, onEnter: submit } : { onEnter: reveal });

  return (
    <div className="response">
      <label htmlFor={`${id}-text`} className="response__label">
        {t('quiz.recall.label')}
      </label>
      <textarea
        id={`${id}-text`}
        className="recall__text"
        rows={4}
        value={submitted ? (submitted.text ?? '') : text}
        readOnly={submitted !== null}
        onChange={(event) => setText(event.target.value)}
      />
      {open ? null : (
        <button type="button" className="button button--primary" onClick={reveal}>
          {t('quiz.recall.reveal')}
        </button>
      )}
      {open ? (
        <fieldset className="recall__points box" ref={pointsRef} data-testid="rubric" aria-describedby={`${id}-tally`}>
          <legend className="box__title">{t('quiz.recall.keyPoints')}</legend>
          <p className="response__hint">{t('quiz.recall.tickHint')}</p>
          <ul className="rubric">
            {view.keyPoints.map((point, i) => (
              <li key={i} className="rubric__point" data-covered={chosen.includes(i) || undefined}>
                <label className="choice__label">
                  <input
                    type="checkbox"
                    checked={chosen.includes(i)}
                    disabled={submitted !== null}
                    onChange={() => toggle(i)}
                  />
                  <kbd className="choice__key" aria-hidden="true">
                    {i + 1}
                  </kbd>
                  <BuildHtmlView className="choice__text" value={point} />
                </label>
              </li>
            ))}
          </ul>
          <p className="rubric__tally" id={`${id}-tally`} data-testid="rubric-tally" data-covered={covered} data-grade={grade} aria-live="polite">
            {t('quiz.recall.tally', {
              covered,
              total,
              percent: Math.round((100 * covered) / total),
              grade: t(`quiz.grade.${grade}`),
              verdict: rubricCorrect(covered, total) ? t('quiz.recall.countsCorrect') : t('quiz.recall.countsMiss'),
            })}
          </p>
          <RubricBands />
        </fieldset>
      ) : null}
      {revealed && !submitted ? (
        <button type="button" className="button button--primary" onClick={submit}>
          {t('quiz.recall.submit')}
        </button>
      ) : null}
    </div>
  );
}
