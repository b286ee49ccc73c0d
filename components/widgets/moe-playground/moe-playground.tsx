'use client';

import { useCallback, useMemo, useState } from 'react';
import { Notices } from '@/components/widgets/shared/notices';
import { RunNotices } from '@/components/widgets/shared/run-notices';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import { moeCommentary } from '@/lib/widgets/moe-playground/commentary';
import { useT } from '@/components/i18n/locale-context';
import { serializeRun } from '@/lib/params/run-knobs';
import type { KnobValue } from '@/lib/params/knobs';
import { parseMoeParams, reconcileMoe, serializeMoeParams, type MoeParams } from '@/lib/widgets/moe-playground/params';
import { MoeControls } from './moe-controls';
import { MoeToolbar } from './moe-toolbar';
import { MoeViews } from './moe-views';
import { useMoeTrainer } from './use-moe-trainer';

/** The MoE Playground: URL params → validated state → training worker → views. */
export function MoePlayground({ search, locked = new Set<string>() }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const initial = useMemo(() => parseMoeParams(search, t), [search, t]);
  const [params, setParams] = useState<MoeParams>(initial.params);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const trainer = useMoeTrainer(params, initial.run);
  const runParams = useMemo(() => serializeRun(initial.run), [initial.run]);
  useSyncUrl(serializeMoeParams(params), runParams);

  // Stable callbacks let the controls skip re-rendering on every training snapshot.
  const update = useCallback((values: Partial<MoeParams>) => {
    setParams((current) => {
      // Lowering N below K lowers K with it: say so rather than change it silently.
      const { params: next, notices: changed } = reconcileMoe({ ...current, ...values }, t);
      setNotices(changed);
      return next;
    });
  }, [t]);
  const changeKnob = useCallback((key: keyof MoeParams, value: KnobValue) => update({ [key]: value }), [update]);
  const s = trainer.snapshot;
  const lines = s
    ? moeCommentary({ step: s.step, load: s.load, dropped: s.dropped, auxLoss: s.auxLoss, accuracy: s.accuracy, denseAccuracy: s.dense.accuracy, k: params.k, lambda: params.lambda, capacity: params.capacity })
    : [];
  return (
    <div
      className="moe-playground"
      data-testid="moe-playground"
      data-status={trainer.status}
      data-step={s?.step ?? 0}
      data-loss={s?.loss ?? ''}
      data-aux-loss={s?.auxLoss ?? ''}
      data-accuracy={s?.accuracy ?? ''}
      data-load={JSON.stringify(s?.load ?? [])}
      data-dropped={s?.dropped ?? 0}
      data-backend={trainer.backend?.name ?? ''}
      data-tensors={s?.tensors ?? ''}
      data-calibration={JSON.stringify(trainer.backend?.calibration ?? [])}
      data-params={JSON.stringify(params)}
    >
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <MoeToolbar trainer={trainer} />
      <RunNotices run={trainer} />
      <div className="widget">
        <MoeControls params={params} locked={locked} onChange={changeKnob} onPreset={update} />
        <div className="widget__unwrap">
          {s ? (
            <p className="stat-row" aria-live="off">
              <span>{t('moe.stat.params', { total: s.params.moeTotal, active: s.params.moeActive, dense: s.params.dense })}</span>
              {params.capacity > 0 ? (
                <span>
                  {t('moe.stat.dropped')}{t('punct.colon')}<b data-testid="dropped">{(s.dropped * 100).toFixed(1)}%</b>
                </span>
              ) : null}
            </p>
          ) : null}
          <section className="commentary" aria-label={t('moe.commentary')} data-testid="commentary">
            {lines.length ? lines.map((l) => <p key={l.key}>{t(l.key, l.vars)}</p>) : <p>{t('widget.starting')}</p>}
          </section>
          <MoeViews params={params} snapshot={s} history={trainer.history} />
        </div>
      </div>
    </div>
  );
}
