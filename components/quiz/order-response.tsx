'use client';

import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '@/components/i18n/locale-context';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';
import { BuildHtmlView } from '@/components/content/build-html';

type Direction = -1 | 1;

/** A list the learner reorders with "move up" / "move down" buttons; focus follows the moved item. */
export function OrderResponse({ view, submitted, onSubmit }: ResponseProps<'order'>) {
  const t = useT();
  const id = useId();
  const [order, setOrder] = useState<number[]>(view.initialOrder);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const shown = submitted ? submitted.order : order;

  const move = (position: number, direction: Direction) => {
    const target = position + direction;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[position], next[target]] = [next[target], next[position]];
    // committed at once, so focus moves before the browser handles another key (a focus put off to
    // the next frame could land after the learner's next key press and take it from its button)
    flushSync(() => {
      setOrder(next);
      setAnnouncement(t('quiz.order.moved', { position: target + 1, total: order.length }));
    });
    // keep focus on the moved item; at either end the button that still works takes it
    const atEdge = target === 0 || target === order.length - 1;
    buttons.current.get(`${next[target]}:${atEdge ? -direction : direction}`)?.focus();
  };
  const submit = () => {
    if (!submitted) onSubmit({ type: 'order', order });
  };
  useQuizKeys(submitted ? {} : { onEnter: submit });

  const button = (item: number, position: number, direction: Direction) => {
    const disabled = submitted !== null || position + direction < 0 || position + direction >= shown.length;
    const labelId = `${id}-${direction === -1 ? 'up' : 'down'}`;
    return (
      <button
        type="button"
        className="button button--small order__move"
        disabled={disabled}
        aria-labelledby={`${labelId} ${id}-item-${item}`}
        ref={(el) => {
          if (el) buttons.current.set(`${item}:${direction}`, el);
          else buttons.current.delete(`${item}:${direction}`);
        }}
        onClick={() => move(position, direction)}
      >
        <span aria-hidden="true">{direction === -1 ? '↑' : '↓'}</span>
      </button>
    );
  };

  return (
    <form
      className="response"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="response__hint" id={`${id}-hint`}>
        {t('quiz.order.hint')}
      </p>
      <span hidden id={`${id}-up`}>
        {t('quiz.order.up')}
      </span>
      <span hidden id={`${id}-down`}>
        {t('quiz.order.down')}
      </span>
      <ol className="order" aria-describedby={`${id}-hint`}>
        {shown.map((item, position) => (
          <li
            key={item}
            className="order__item"
            data-state={submitted ? (item === position ? 'correct' : 'wrong') : undefined}
            data-item={item}
          >
            <BuildHtmlView className="order__text" id={`${id}-item-${item}`} value={view.items[item]} />
            <span className="order__buttons">
              {button(item, position, -1)}
              {button(item, position, 1)}
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {submitted ? null : (
        <button type="submit" className="button button--primary">
          {t('quiz.check')}
        </button>
      )}
    </form>
  );
}
