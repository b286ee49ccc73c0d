'use client';

import { t } from '@/lib/i18n';
import type { useTransformerTrainer } from './use-transformer-trainer';

/** Train / pause / one step / reset, the live numbers and the measured backend. */
export function TfmToolbar({ trainer }: { trainer: ReturnType<typeof useTransformerTrainer> }) {
  const { status, snapshot: s, backend } = trainer;
  const training = status === 'training';
  return (
    <div className="widget__bar" role="toolbar" aria-label="Training">
      <button type="button" className="button button--primary" onClick={training ? trainer.pause : trainer.play} disabled={!s || status === 'diverged'} data-testid="play">
        {training ? t('widget.pause') : t('widget.play')}
      </button>
      <button type="button" className="button" onClick={trainer.step} disabled={!s || training || status === 'diverged'} data-testid="step">
        {t('widget.step')}
      </button>
      <button type="button" className="button" onClick={trainer.reset} data-testid="reset">
        {t('widget.reset')}
      </button>
      <span className="stat-row">
        <span role="status" data-testid="status">
          {t(`tfm.status.${status}`)}
        </span>
        {s ? (
          <>
            <span>
              {t('moe.stat.step')} <b>{s.step}</b>
            </span>
            <span>
              {t('tfm.stat.loss')} <b>{s.loss.toFixed(3)}</b>
            </span>
            <span>
              {t('tfm.stat.accuracy')} <b data-testid="accuracy">{(s.accuracy * 100).toFixed(1)}%</b>
            </span>
          </>
        ) : null}
      </span>
      {backend ? (
        <span className="widget__status" data-testid="backend">
          {t('widget.backend', {
            backend: backend.name,
            figures: backend.calibration.map((c) => `${c.backend} ${c.stepsPerSecond > 0 ? `${Math.round(c.stepsPerSecond)} steps/s` : 'unavailable'}`).join(', '),
          })}
        </span>
      ) : null}
    </div>
  );
}
