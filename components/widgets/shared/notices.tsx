'use client';

import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { RunStatus } from './use-worker-run';

/** A list of notices in one status box; text only, never markup from a URL. */
function NoticeList({ notices, testId, children }: { notices: readonly string[]; testId: string; children?: ReactNode }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice widget-notices" role="status" data-testid={testId}>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}

/** Visible notices about changed parameters or fallbacks (a value clamped, K lowered with N). */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss?: () => void }) {
  return (
    <NoticeList notices={notices} testId="notices">
      {onDismiss ? (
        <button type="button" className="button button--small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </NoticeList>
  );
}

/** Notices about the query itself (dropped markup, unknown preset, lock or question names). */
export function SearchNotices({ notices }: { notices: readonly string[] }) {
  return <NoticeList notices={notices} testId="search-notices" />;
}

/** Why the widget's worker cannot train (it failed to start, or crashed). */
export function WorkerProblem({ problem }: { problem: string | null | undefined }) {
  return problem ? (
    <p className="notice" role="alert" data-testid="worker-problem">
      {problem}
    </p>
  ) : null;
}

/** What a trained widget's notices read of `useWorkerRun`. */
interface NoticedRun {
  status: RunStatus;
  backend: { notice?: string } | null;
  problem: string | null;
  reset(): void;
}

/**
 * A trained widget's run notices: the backend it fell back to, a worker problem, and a diverged
 * run (with the reset that starts over); a diverged run says only that.
 */
export function RunNotices({ run }: { run: NoticedRun }) {
  return (
    <>
      {run.backend?.notice ? (
        <p className="notice" role="status" data-testid="backend-notice">
          {run.backend.notice}
        </p>
      ) : null}
      <WorkerProblem problem={run.status !== 'diverged' ? run.problem : null} />
      {run.status === 'diverged' ? (
        <div className="notice" role="alert" data-testid="diverged">
          <p>{t('widget.diverged')}</p>
          <button type="button" className="button button--small" onClick={run.reset}>
            {t('widget.reset')}
          </button>
        </div>
      ) : null}
    </>
  );
}
