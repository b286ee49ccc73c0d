'use client';

import { useId, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { parseExample } from '@/lib/widgets/tiny-transformer/tasks';
import type { ExampleView } from '@/lib/widgets/tiny-transformer/protocol';

/** The learner's own input (validated: exactly L digits) and the model's greedy answer to it. */
export function ExamplePanel({ length, example, onExample }: { length: number; example: ExampleView | null; onExample: (digits: number[]) => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? example?.digits.join('') ?? '';
  const parsed = text === null ? null : parseExample(text, length);
  const error = parsed && 'error' in parsed ? parsed.error : null;
  return (
    <section className="panel tfm-example" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('tfm.example.title')}</h3>
      <div className="knob">
        <label htmlFor={id}>{t('tfm.example.label', { length })}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={length + 8}
          value={shown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          data-testid="example-input"
          onChange={(e) => {
            setText(e.target.value);
            const p = parseExample(e.target.value, length);
            if ('digits' in p) onExample(p.digits);
          }}
        />
      </div>
      {error ? (
        <p id={`${id}-err`} className="tfm-example__error" role="alert" data-testid="example-error">
          {t('tfm.example.invalid', { reason: error })}
        </p>
      ) : null}
      {example ? (
        <dl className="tfm-example__rows" data-testid="prediction" data-predicted={example.predicted.join('')} data-expected={example.expected.join('')}>
          <dt>{t('tfm.example.expected')}</dt>
          <dd className="tfm-digits">
            {example.expected.map((d, i) => (
              <span key={i} className="tfm-digit">
                {d}
              </span>
            ))}
          </dd>
          <dt>{t('tfm.example.predicted')}</dt>
          <dd className="tfm-digits">
            {example.predicted.map((d, i) => {
              const right = d === example.expected[i];
              return (
                <span key={i} className={right ? 'tfm-digit tfm-digit--right' : 'tfm-digit tfm-digit--wrong'} title={`${Math.round(example.confidence[i] * 100)}%`}>
                  {d}
                  <span className="visually-hidden">
                    {`${t('punct.openParen')}${right ? t('tfm.example.right') : t('tfm.example.wrong')}${t('punct.clauseSeparator')}${Math.round(example.confidence[i] * 100)}%${t('punct.closeParen')}`}
                  </span>
                </span>
              );
            })}
          </dd>
        </dl>
      ) : null}
    </section>
  );
}
