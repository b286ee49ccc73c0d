'use client';

import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '@/components/i18n/locale-context';
import { LazyFrame } from '@/components/mdx/lazy-frame';
import { ChoiceList } from './choice-list';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';
import { BuildHtmlView } from '@/components/content/build-html';

/** Height of the frame until the widget reports its own (as a lesson's widget frame). */
const FRAME_HEIGHT = 760;

/**
 * Predict, then run. The learner picks a prediction and locks it (it cannot change after); the
 * configured widget then opens in a frame (a trained one runs to the question's step) with what to
 * look at; "Check my prediction" grades it. Choice explanations appear only after that.
 */
export function PredictResponse({ view, question, promptId, submitted, onSubmit }: ResponseProps<'predict'>) {
  const t = useT();
  const id = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const frameRef = useRef<HTMLElement>(null);
  const shown = submitted?.choice ?? locked ?? selected;
  const predict = view.predict;

  const choose = (id: string) => {
    if (!locked && !submitted) setSelected(id);
  };
  const lock = () => {
    if (selected === null || locked) return;
    // committed at once, so focus moves before the browser handles another key
    flushSync(() => setLocked(selected));
    frameRef.current?.focus();
  };
  const check = () => {
    if (locked && !submitted) onSubmit({ type: 'predict', choice: locked });
  };
  useQuizKeys(submitted ? {} : locked ? { onEnter: check } : { onDigit: (i) => view.choices[i] && choose(view.choices[i].id), onEnter: lock });

  return (
    <div className="response">
      <ChoiceList
        choices={view.choices}
        name={question.id}
        promptId={promptId}
        hint={locked || submitted ? t('quiz.predict.lockedHint') : t('quiz.predict.hint')}
        shown={shown === null ? [] : [shown]}
        correct={new Set([question.answer])}
        graded={submitted !== null}
        disabled={locked !== null || submitted !== null}
        onChoose={choose}
      />
      {locked || submitted ? null : (
        <button type="button" className="button button--primary" disabled={selected === null} onClick={lock}>
          {t('quiz.predict.lock')}
        </button>
      )}
      {(locked || submitted) && predict ? (
        <section className="predict__run box" ref={frameRef} tabIndex={-1} data-testid="predict-run" aria-labelledby={`${id}-run`}>
          <h3 className="box__title" id={`${id}-run`}>
            {t('quiz.predict.run')}
          </h3>
          <BuildHtmlView block className="prose predict__observe" value={predict.observe} />
          <div className="predict__frame" role="region" aria-label={predict.title} tabIndex={0}>
            <LazyFrame
              src={predict.src}
              title={predict.title}
              label={t('lesson.widgetLoading', { title: predict.title })}
              style={{ display: 'block', width: '100%', height: FRAME_HEIGHT, border: '1px solid var(--border)', borderRadius: 'var(--radius)', background: 'var(--bg)' }}
            />
          </div>
          <p className="predict__page">
            <a href={predict.page}>{t('quiz.predict.openPage', { title: predict.title })}</a>
          </p>
        </section>
      ) : null}
      {locked && !submitted ? (
        <button type="button" className="button button--primary" onClick={check}>
          {t('quiz.predict.check')}
        </button>
      ) : null}
    </div>
  );
}
