import { render } from '@/lib/exercises/harness';
import type { ExerciseTest } from '@/lib/exercises/types';
import { useT } from '@/components/i18n/locale-context';
import { callText } from './call-text';

/** The tests Run checks, with their inputs and expected values; hidden ones are only counted. */
export function VisibleTests({ tests }: { tests: readonly ExerciseTest[] }) {
  const t = useT();
  const visible = tests.filter((x) => !x.hidden);
  const hidden = tests.length - visible.length;
  return (
    <details className="practice-tests" open>
      <summary>{t('practice.visibleTests', { count: visible.length })}</summary>
      <ol>
        {visible.map((test, i) => (
          <li key={i}>
            <code className="practice-tests__call">{callText(test)}</code>
            <span className="practice-tests__arrow"> → {t('practice.expected')} </span>
            <code>{render(test.expected, 600)}</code>
            {test.note ? <span className="practice-muted"> — {test.note}</span> : null}
          </li>
        ))}
      </ol>
      <p className="practice-muted">{t('practice.hiddenTests', { count: hidden })}</p>
    </details>
  );
}
