'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { ChoiceList } from './choice-list';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';

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
      <ChoiceList
        choices={view.choices}
        name={question.id}
        promptId={promptId}
        hint={multiple ? t('quiz.selectAll') : undefined}
        multiple={multiple}
        shown={shown}
        correct={correct}
        graded={submitted !== null}
        disabled={submitted !== null}
        onChoose={choose}
      />
      {submitted ? null : (
        <button type="submit" className="button button--primary" disabled={selected.length === 0}>
          {t('quiz.check')}
        </button>
      )}
    </form>
  );
}
