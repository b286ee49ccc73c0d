'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';
import { BuildHtmlView } from '@/components/content/build-html';

type Props = ResponseProps<'single'> | ResponseProps<'multiple'>;

/** Radio buttons (one answer) or checkboxes (several), each with its explanation once answered. */
export function ChoiceResponse(props: Props) {
  const t = useT();
  const { view, question, promptId, submitted } = props;
  const multiple = question.type === 'multiple';
  const [selected, setSelected] = useState<string[]>([]);
  const shown = submitted ? (submitted.type === 'single' ? [submitted.choice] : submitted.choices) : selected;
  const correct = new Set(question.type === 'single' ? [question.answer] : question.answer);

  const choose = (id: string) => {
    if (submitted) return;
    setSelected((current) => (multiple ? (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]) : [id]));
  };
  const submit = () => {
    if (submitted || selected.length === 0) return;
    if (props.question.type === 'single') (props as ResponseProps<'single'>).onSubmit({ type: 'single', choice: selected[0] });
    else (props as ResponseProps<'multiple'>).onSubmit({ type: 'multiple', choices: selected });
  };
  useQuizKeys(submitted ? {} : { onDigit: (i) => view.choices[i] && choose(view.choices[i].id), onEnter: submit });

  return (
    <form
      className="response"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <fieldset className="choices" aria-labelledby={promptId}>
        {multiple ? <p className="response__hint">{t('quiz.selectAll')}</p> : null}
        {view.choices.map((choice, i) => {
          const isChosen = shown.includes(choice.id);
          const state = !submitted ? undefined : correct.has(choice.id) ? 'correct' : isChosen ? 'wrong' : 'other';
          return (
            <div key={choice.id} className="choice" data-state={state} data-chosen={isChosen || undefined}>
              <label className="choice__label">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={choice.id}
                  aria-label={choice.label}
                  checked={isChosen}
                  disabled={submitted !== null}
                  onChange={() => choose(choice.id)}
                />
                <kbd className="choice__key" aria-hidden="true">
                  {i + 1}
                </kbd>
                <BuildHtmlView className="choice__text" value={choice.text} />
              </label>
              {submitted ? (
                <div className="choice__explanation">
                  {state === 'other' ? null : (
                    <span className="choice__tag">{state === 'correct' ? t(isChosen ? 'quiz.choice.correctYours' : 'quiz.choice.correct') : t('quiz.choice.yours')}</span>
                  )}{' '}
                  <BuildHtmlView value={choice.explanation} />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {submitted ? null : (
        <button type="submit" className="button button--primary" disabled={selected.length === 0}>
          {t('quiz.check')}
        </button>
      )}
    </form>
  );
}
