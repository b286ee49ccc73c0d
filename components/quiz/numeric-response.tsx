'use client';

import { useId, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { parseNumber } from '@/lib/quiz/numeric';
import type { ResponseProps } from './response-props';

/** A text field for one number; text that is not a number is refused before grading. */
export function NumericResponse({ question, submitted, onSubmit }: ResponseProps<'numeric'>) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="response"
      onSubmit={(event) => {
        event.preventDefault();
        if (submitted) return;
        if (parseNumber(value) === null) return setInvalid(true);
        onSubmit({ type: 'numeric', value });
      }}
    >
      <label htmlFor={`${id}-value`} className="response__label">
        {t('quiz.numeric.label')}
      </label>
      <div className="numeric">
        <input
          id={`${id}-value`}
          className="numeric__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={submitted ? submitted.value : value}
          readOnly={submitted !== null}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
        />
        {question.unit ? <span className="numeric__unit">{question.unit}</span> : null}
      </div>
      <p id={`${id}-hint`} className={invalid ? 'response__error' : 'response__hint'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('quiz.numeric.invalid') : t('quiz.numeric.hint')}
      </p>
      {submitted ? null : (
        <button type="submit" className="button button--primary" disabled={value.trim() === ''}>
          {t('quiz.check')}
        </button>
      )}
    </form>
  );
}
