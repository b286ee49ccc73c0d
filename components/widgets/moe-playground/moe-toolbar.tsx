'use client';

import { useT } from '@/components/i18n/locale-context';
import { TrainToolbar } from '@/components/widgets/shared/train-toolbar';
import type { useMoeTrainer } from './use-moe-trainer';

/** The training toolbar with the MoE's live task loss, balancing loss and accuracy. */
export function MoeToolbar({ trainer }: { trainer: ReturnType<typeof useMoeTrainer> }) {
  const t = useT();
  const s = trainer.snapshot;
  return (
    <TrainToolbar
      run={trainer}
      stats={
        s ? (
          <>
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
        ) : null
      }
    />
  );
}
