'use client';

import { useCallback, useMemo, useState } from 'react';
import { Notices } from '@/components/widgets/shared/notices';
import { WorkerProblem } from '@/components/widgets/shared/run-notices';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import { ensembleData } from '@/lib/widgets/ensemble-lab/train-data';
import { labView } from '@/lib/widgets/ensemble-lab/view';
import { useT } from '@/components/i18n/locale-context';
import type { KnobValue } from '@/lib/params/knobs';
import { ensembleTrainConfig, parseEnsembleParams, reconcileEnsemble, serializeEnsembleParams, type EnsembleParams } from '@/lib/widgets/ensemble-lab/params';
import { EnsembleControls } from './ensemble-controls';
import { EnsembleViews } from './ensemble-views';
import { MoeVsEnsemble } from './moe-vs-ensemble';
import { useEnsembleTrainer } from './use-ensemble-trainer';
import './ensemble-lab.css';

const NO_EXTRA = new URLSearchParams();

/** The Ensembles Lab: URL params → validated state → worker (members, MoE) → lib/math combiners → views. */
export function EnsembleLab({ search, locked = new Set<string>() }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const initial = useMemo(() => parseEnsembleParams(search, t), [search, t]);
  const [params, setParams] = useState<EnsembleParams>(initial.params);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const config = useMemo(() => ensembleTrainConfig(params), [params]);
  const trainer = useEnsembleTrainer(config);
  useSyncUrl(serializeEnsembleParams(params), NO_EXTRA);

  const changeKnob = useCallback((key: keyof EnsembleParams, value: KnobValue) => {
    setParams((current) => {
      const { params: next, notices: changed } = reconcileEnsemble({ ...current, [key]: value }, t);
      setNotices(changed);
      return next;
    });
  }, [t]);

  const result = trainer.result;
  const data = useMemo(() => (result ? ensembleData(result.config) : null), [result]);
  const view = useMemo(
    () =>
      result && data
        ? labView(result.data, data, { method: params.method, members: params.members, combiner: params.combiner, experts: result.config.experts, k: result.config.k })
        : null,
    [result, data, params.method, params.members, params.combiner],
  );
  const status =
    trainer.status === 'training'
      ? t('ens.status.training', { stage: t(`ens.stage.${trainer.stage}`), percent: Math.round(trainer.share * 100) })
      : result
        ? t('ens.status.ready', { seconds: (result.data.trainMs / 1000).toFixed(1), backend: result.data.backend, members: result.data.bagging.count, experts: result.config.experts })
        : '';
  return (
    <div
      className="ensemble-lab"
      data-testid="ensemble-lab"
      data-status={trainer.status}
      data-accuracy={view?.accuracy ?? ''}
      data-members={view?.members ?? ''}
      data-params={JSON.stringify(params)}
      data-backend={result?.data.backend ?? ''}
      data-train-ms={result ? Math.round(result.data.trainMs) : ''}
    >
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <p className="widget__status" role="status" data-testid="ensemble-status">
        {status}
      </p>
      <WorkerProblem problem={trainer.error} />
      <div className="widget">
        <EnsembleControls params={params} locked={locked} onChange={changeKnob} />
        <div className="ensemble-lab__main widget__unwrap" aria-busy={trainer.status === 'training'}>
          {view && data && result ? (
            <>
              <EnsembleViews view={view} result={result.data} data={data} boostRounds={result.data.boosting.count} requested={params.members} />
              <MoeVsEnsemble view={view} result={result.data} data={data} />
            </>
          ) : (
            <p>{t('widget.starting')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
