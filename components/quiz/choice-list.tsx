'use client';

import { useT } from '@/components/i18n/locale-context';
import { BuildHtmlView } from '@/components/content/build-html';
import type { ChoiceView } from './question-view';

/**
 * A question's choices as radio buttons (or checkboxes with `multiple`), each with its number key
 * and, once `graded`, its explanation and a tag saying whether it is the answer and the learner's.
 * The single/multiple and predict responses share it; they own the selection and the buttons.
 */
export function ChoiceList({
  choices,
  name,
  promptId,
  hint,
  multiple = false,
  shown,
  correct,
  graded,
  disabled,
  onChoose,
}: {
  choices: readonly ChoiceView[];
  /** the inputs' group name (the question id) */
  name: string;
  promptId: string;
  hint?: string;
  multiple?: boolean;
  /** the ids shown as chosen */
  shown: readonly string[];
  /** the ids of the right answer */
  correct: ReadonlySet<string>;
  /** whether the answer has been checked: the explanations and tags are shown */
  graded: boolean;
  disabled: boolean;
  onChoose: (id: string) => void;
}) {
  const t = useT();
  return (
    <fieldset className="choices" aria-labelledby={promptId}>
      {hint ? <p className="response__hint">{hint}</p> : null}
      {choices.map((choice, i) => {
        const isChosen = shown.includes(choice.id);
        const state = !graded ? undefined : correct.has(choice.id) ? 'correct' : isChosen ? 'wrong' : 'other';
        return (
          <div key={choice.id} className="choice" data-state={state} data-chosen={isChosen || undefined}>
            <label className="choice__label">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={choice.id}
                aria-label={choice.label}
                checked={isChosen}
                disabled={disabled}
                onChange={() => onChoose(choice.id)}
              />
              <kbd className="choice__key" aria-hidden="true">
                {i + 1}
              </kbd>
              <BuildHtmlView className="choice__text" value={choice.text} />
            </label>
            {graded ? (
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
  );
}
