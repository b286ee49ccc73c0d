'use client';

import './tiny-transformer.css';
import { useCallback, useMemo, useState } from 'react';
import { Notices } from '@/components/widgets/shared/notices';
import { RunNotices } from '@/components/widgets/shared/run-notices';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import { useT } from '@/components/i18n/locale-context';
import { serializeRun } from '@/lib/params/run-knobs';
import type { KnobValue } from '@/lib/params/knobs';
import { parse, reconcileTfm, REVERSE_STEPS_DOCUMENTED, serialize, type TfmParams } from '@/lib/widgets/tiny-transformer/params';
import { defaultExample } from '@/lib/widgets/tiny-transformer/tasks';
import { AttentionMaps } from './attention-maps';
import { ExamplePanel } from './example-panel';
import { TfmControls } from './tfm-controls';
import { TfmCurves } from './tfm-curves';
import { TfmToolbar } from './tfm-toolbar';
import { useTransformerTrainer } from './use-transformer-trainer';

/** The Tiny Transformer: URL params → validated state → training worker → curves, prediction and attention maps. */
export function TinyTransformer({ search, locked = new Set<string>() }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const initial = useMemo(() => parse(search, t), [search, t]);
  const [params, setParams] = useState<TfmParams>(initial.params);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const [typed, setTyped] = useState<number[] | null>(null);
  const example = useMemo(() => (typed && typed.length === params.length ? typed : defaultExample(params.length)), [typed, params.length]);
  const trainer = useTransformerTrainer(params, initial.run, example);
  const runParams = useMemo(() => serializeRun(initial.run), [initial.run]);
  useSyncUrl(serialize(params), runParams);

  const changeKnob = useCallback((key: keyof TfmParams, value: KnobValue) => {
    setParams((current) => {
      const { params: next, notices: changed } = reconcileTfm({ ...current, [key]: value }, t);
      setNotices(changed);
      return next;
    });
  }, [t]);
  const { showExample } = trainer;
  const onExample = useCallback(
    (digits: number[]) => {
      setTyped(digits);
      showExample(digits);
    },
    [showExample],
  );
  const s = trainer.snapshot;
  const shownExample = s && s.example.tokens.length === 2 * params.length && s.example.attention.length === params.layers * params.heads * 4 * params.length ** 2 ? s.example : null;
  return (
    <div
      className="tiny-transformer"
      data-testid="tiny-transformer"
      data-status={trainer.status}
      data-step={s?.step ?? 0}
      data-loss={s?.loss ?? ''}
      data-accuracy={s?.accuracy ?? ''}
      data-sequence-accuracy={s?.sequenceAccuracy ?? ''}
      data-backend={trainer.backend?.name ?? ''}
      data-params={JSON.stringify(params)}
    >
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <TfmToolbar trainer={trainer} />
      <RunNotices run={trainer} />
      <div className="widget">
        <TfmControls params={params} locked={locked} onChange={changeKnob} />
        <div className="tfm-main widget__unwrap">
          <p className="tfm-lead" data-testid="tfm-explainer">
            {t(`tfm.explain.${params.task}`)} {t('tfm.explain.steps', { steps: REVERSE_STEPS_DOCUMENTED })}
          </p>
          {s ? <p className="stat-row">{t('tfm.stat.params', { params: s.params, positions: 2 * params.length })}</p> : null}
          <div className="widget__views widget__unwrap">
            <ExamplePanel key={params.length} length={params.length} example={shownExample} onExample={onExample} />
            <TfmCurves history={trainer.history} />
          </div>
          <section className="panel tfm-attention" aria-label={t('tfm.map.section')}>
            <h3>{t('tfm.map.section')}</h3>
            <p className="tfm-hint">{t('tfm.map.hint')}</p>
            {shownExample ? <AttentionMaps example={shownExample} layers={params.layers} heads={params.heads} /> : <p>{t('widget.starting')}</p>}
          </section>
        </div>
      </div>
    </div>
  );
}
