'use client';

import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { useNow } from './use-now';

const format = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** Time left in the mock interview; calls `onTimeUp` once when it reaches zero. */
export function MockTimer({ deadline, onTimeUp }: { deadline: number; onTimeUp: () => void }) {
  const t = useT();
  const now = useNow(1000);
  const left = now ? deadline - now.getTime() : null;
  const fired = useRef(false);
  const latest = useRef(onTimeUp);
  useEffect(() => {
    latest.current = onTimeUp;
  });
  useEffect(() => {
    if (left !== null && left <= 0 && !fired.current) {
      fired.current = true;
      latest.current();
    }
  }, [left]);
  const lastMinute = left !== null && left <= 60_000;
  return (
    <p className="mock-timer" data-last-minute={lastMinute || undefined}>
      <span>{t('quiz.mock.timeLeft')}</span>{' '}
      <span role="timer" data-testid="mock-timer" aria-label={t('quiz.mock.timeLeft')}>
        {left === null ? '–:––' : format(left)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {lastMinute ? t('quiz.mock.lastMinute') : ''}
      </span>
    </p>
  );
}
