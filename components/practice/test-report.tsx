'use client';

import { useT } from '@/components/i18n/locale-context';
import type { CodeError, ExerciseTest, SuiteReport, TestResult } from '@/lib/exercises/types';
import { callText } from './call-text';

function ErrorLine({ error }: { error: CodeError }) {
  const t = useT();
  return (
    <p className="practice-error" data-testid="code-error" data-line={error.line ?? ''}>
      <strong>{error.name}</strong>
      {error.line ? `${t('punct.openParen')}${t('practice.line', { line: error.line })}${t('punct.closeParen')}` : ''}
      {t('punct.colon')}
      {error.message}
    </p>
  );
}

function ResultItem({ result, test, n }: { result: TestResult; test: ExerciseTest; n: number }) {
  const t = useT();
  const label = result.hidden ? t('practice.hiddenTest', { n }) : t('practice.test', { n });
  return (
    <li className={`practice-result practice-result--${result.passed ? 'pass' : 'fail'}`} data-testid="test-result" data-passed={result.passed}>
      <p className="practice-result__head">
        <span aria-hidden="true">{result.passed ? '✓' : '✗'}</span> {label}: {result.passed ? t('practice.pass') : t('practice.fail')}
        {result.hidden ? null : <code className="practice-result__call">{callText(test)}</code>}
      </p>
      {result.error ? <ErrorLine error={result.error} /> : null}
      {result.mismatch && !result.hidden ? (
        <div className="practice-diff" data-testid="test-diff">
          <p>{t('practice.firstMismatch', { path: result.mismatch.path })}</p>
          <dl>
            <dt>{t('practice.got')}</dt>
            <dd>
              <code>{result.mismatch.got}</code>
            </dd>
            <dt>{t('practice.expected')}</dt>
            <dd>
              <code>{result.mismatch.expected}</code>
            </dd>
            <dt>{t('practice.shape')}</dt>
            <dd>
              <code>
                {result.mismatch.gotShape} {t('practice.got')} · {result.mismatch.expectedShape} {t('practice.expected')}
              </code>
            </dd>
          </dl>
        </div>
      ) : null}
    </li>
  );
}

function statusText(report: SuiteReport, seconds: number, t: ReturnType<typeof useT>): string {
  const total = report.passed + report.failed;
  if (report.status === 'passed') return t('practice.status.passed', { passed: report.passed });
  if (report.status === 'timeout') return t('practice.status.timeout', { seconds });
  if (report.status === 'stopped') return t('practice.status.stopped', { seconds: Math.round(report.ms / 100) / 10 });
  if (report.status === 'error') return t('practice.status.error');
  return t('practice.status.failed', { passed: report.passed, total });
}

/** The outcome of a run: a summary with test hooks, each test with the first difference, errors with lines, console output. */
export function TestReport({ report, tests, seconds, solvedNow }: { report: SuiteReport; tests: readonly ExerciseTest[]; seconds: number; solvedNow: boolean }) {
  const t = useT();
  let visibleN = 0;
  let hiddenN = 0;
  return (
    <section className="practice-report" aria-labelledby="practice-results">
      <h2 id="practice-results">{t('practice.results')}</h2>
      <p
        className={`practice-summary practice-summary--${report.status}`}
        data-testid="test-summary"
        data-status={report.status}
        data-passed={report.passed}
        data-failed={report.failed}
        role="status"
      >
        {statusText(report, seconds, t)} {solvedNow ? t('practice.status.solved') : null}
      </p>
      {report.error ? <ErrorLine error={report.error} /> : null}
      {report.results.length ? (
        <ol className="practice-results">
          {report.results.map((r) => (
            <ResultItem key={r.index} result={r} test={tests[r.index]} n={r.hidden ? ++hiddenN : ++visibleN} />
          ))}
        </ol>
      ) : null}
      <h3>{t('practice.console')}</h3>
      {report.logs.length ? (
        <pre className="practice-console" data-testid="console-output" tabIndex={0}>
          {report.logs.map((l) => `${l.level === 'log' ? '' : `[${l.level}] `}${l.text}`).join('\n')}
        </pre>
      ) : (
        <p className="practice-muted">{t('practice.noConsole')}</p>
      )}
    </section>
  );
}
