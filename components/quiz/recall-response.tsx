'use client';

import { useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { SELF_GRADES, type SelfGrade } from '@/lib/quiz/response';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';
import { BuildHtmlView } from '@/components/content/build-html';

/** Free recall: the learner writes an answer (optional), reveals the key points and grades themself. */
export function RecallResponse({ view, submitted, onSubmit }: ResponseProps<'recall'>) {
  const id = useId();
  const [text, setText] = useState('');
  const [revealed, setRevealed] = useState(false);
  const pointsRef = useRef<HTMLDivElement>(null);
  const open = revealed || submitted !== null;

  const reveal = () => {
    setRevealed(true);
    requestAnimationFrame(() => pointsRef.current?.focus());
  };
  const gradeWith = (grade: SelfGrade) => {
    if (!submitted) onSubmit({ type: 'recall', grade, ...(text.trim() ? { text } : {}) });
  };
  useQuizKeys(
    submitted ? {} : revealed ? { onDigit: (i) => SELF_GRADES[i] && gradeWith(SELF_GRADES[i]) } : { onEnter: reveal },
  );

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
        <div className="recall__points box" ref={pointsRef} tabIndex={-1} aria-labelledby={`${id}-points`}>
          <h3 className="box__title" id={`${id}-points`}>
            {t('quiz.recall.keyPoints')}
          </h3>
          <ul>
            {view.keyPoints.map((point, i) => (
              <li key={i}>
                <BuildHtmlView value={point} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {revealed && !submitted ? (
        <fieldset className="self-grade">
          <legend>{t('quiz.recall.gradeYourself')}</legend>
          <div className="self-grade__buttons">
            {SELF_GRADES.map((grade, i) => (
              <button key={grade} type="button" className="button self-grade__button" data-grade={grade} onClick={() => gradeWith(grade)}>
                <kbd aria-hidden="true">{i + 1}</kbd> {t(`quiz.grade.${grade}`)}
                <span className="self-grade__hint">{t(`quiz.grade.${grade}.hint`)}</span>
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
