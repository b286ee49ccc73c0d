'use client';

import { t } from '@/lib/i18n';
import type { useMoeTrainer } from './use-moe-trainer';

/** Play / pause / one step / reset, the live numbers, and which backend was measured fastest. */
export function MoeToolbar({ trainer }: { trainer: ReturnType<typeof useMoeTrainer> }) {
  const { status, snapshot: s, backend } = trainer;
  const training = status === 'training';
  return (
    <div className="widget__bar" role="toolbar" aria-label="Training">
      <button type="button" className="button button--primary" onClick={training ? trainer.pause : trainer.play} disabled={!s || status === 'diverged'} data-testid="play">
        {training ? t('widget.pause') : t('widget.play')}
      </button>
      <button type="button" className="button" onClick={trainer.step} disabled={!s || training || status === 'diverged'}>
        {t('widget.step')}
      </button>
      <button type="button" className="button" onClick={trainer.reset}>
        {t('widget.reset')}
      </button>
      <span className="stat-row">
        <span role="status" data-testid="status">
          {t(`widget.status.${status}`)}
        </span>
        {s ? (
          <>
            <span>
              {t('moe.stat.step')} <b>{s.step}</b>
            </span>
            <span>
              {t('moe.stat.loss')} <b>{s.loss.toFixed(3)}</b>
            </span>
            <span>
              {t('moe.stat.aux')} <b>{s.auxLoss.toFixed(3)}</b>
            </span>
            <span>
              {t('moe.stat.accuracy')} <b>{(s.accuracy * 100).toFixed(1)}%</b>
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
