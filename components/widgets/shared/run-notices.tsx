'use client';

import { useT } from '@/components/i18n/locale-context';
import type { NoticeMessage } from '@/lib/train/run-protocol';
import type { RunStatus } from './use-worker-run';

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
  backend: { notice?: string; noticeMessage?: NoticeMessage } | null;
  problem: string | null;
  reset(): void;
}

/**
 * A trained widget's run notices: the backend it fell back to, a worker problem, and a diverged
 * run (with the reset that starts over); a diverged run says only that.
 */
export function RunNotices({ run }: { run: NoticedRun }) {
  const t = useT();
  return (
    <>
      {run.backend?.notice ? (
        <p className="notice" role="status" data-testid="backend-notice">
          {run.backend.noticeMessage ? t(run.backend.noticeMessage.key, run.backend.noticeMessage.vars) : run.backend.notice}
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
