'use client';

import { useT } from '@/components/i18n/locale-context';
import { TrainToolbar } from '@/components/widgets/shared/train-toolbar';
import type { useTransformerTrainer } from './use-transformer-trainer';

/** The training toolbar with the Tiny Transformer's live loss and token accuracy. */
export function TfmToolbar({ trainer }: { trainer: ReturnType<typeof useTransformerTrainer> }) {
  const t = useT();
  const s = trainer.snapshot;
  return (
    <TrainToolbar
      run={trainer}
      stats={
        s ? (
          <>
            <span>
              {t('tfm.stat.loss')} <b>{s.loss.toFixed(3)}</b>
            </span>
            <span>
              {t('tfm.stat.accuracy')} <b data-testid="accuracy">{(s.accuracy * 100).toFixed(1)}%</b>
            </span>
          </>
        ) : null
      }
    />
  );
}
