'use client';

import type { ReactNode } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG } from '@/lib/i18n';
import type { BackendFigure } from '@/lib/train/run-protocol';
import type { RunStatus } from './use-worker-run';

/** What the toolbar reads of `useWorkerRun`. */
interface ToolbarRun {
  /** 'loading' while a widget's files (a checkpoint) are still coming. */
  status: RunStatus | 'loading';
  snapshot: { step: number } | null;
  backend: { name: string; calibration: BackendFigure[]; requested: boolean } | null;
  /** Set when the run paused by itself at a plateau. */
  stopped: { steps: number } | null;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

/**
 * Train / pause / one step / reset, the status, the step and the widget's own live numbers
 * (`stats`, shown once there is a snapshot), why the run paused by itself (a plateau), and the
 * backend: measured fastest, or asked for.
 */
export function TrainToolbar({ run, stats }: { run: ToolbarRun; stats: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const { status, snapshot, backend } = run;
  const training = status === 'training';
  return (
    <div className="widget__bar" role="toolbar" aria-label={t('widget.toolbar')}>
      <button type="button" className="button button--primary" onClick={training ? run.pause : run.play} disabled={!snapshot || status === 'diverged'} data-testid="play">
        {training ? t('widget.pause') : t('widget.play')}
      </button>
      <button type="button" className="button" onClick={run.step} disabled={!snapshot || training || status === 'diverged'} data-testid="step">
        {t('widget.step')}
      </button>
      <button type="button" className="button" onClick={run.reset} data-testid="reset">
        {t('widget.reset')}
      </button>
      <span className="stat-row">
        <span role="status" data-testid="status">
          {t(`widget.status.${status}`)}
        </span>
        {snapshot ? (
          <>
            <span>
              {t('moe.stat.step')} <b>{snapshot.step}</b>
            </span>
            {stats}
          </>
        ) : null}
      </span>
      {run.stopped && status === 'paused' ? (
        <span className="widget__status widget__auto-stop" role="status" data-testid="auto-stop">
          {t('widget.stoppedPlateau', { steps: run.stopped.steps.toLocaleString(HTML_LANG[locale]) })}
        </span>
      ) : null}
      {backend ? (
        <span className="widget__status" data-testid="backend">
          {backend.requested
            ? t('widget.backendRequested', { backend: backend.name })
            : t('widget.backend', {
                backend: backend.name,
                figures: backend.calibration
                  .map((c) =>
                    c.stepsPerSecond > 0
                      ? t('widget.backend.rate', { backend: c.backend, rate: Math.round(c.stepsPerSecond) })
                      : t(c.untimed === 'only-backend' ? 'widget.backend.onlyOne' : c.untimed === 'software-renderer' ? 'widget.backend.software' : 'widget.backend.unavailable', { backend: c.backend }),
                  )
                  .join(t('widget.backend.separator')),
              })}
        </span>
      ) : null}
    </div>
  );
}
