'use client';

import { useCallback, useMemo, useState } from 'react';
import { Notices } from '@/components/widgets/shared/notices';
import { RunNotices } from '@/components/widgets/shared/run-notices';
import { TrainToolbar } from '@/components/widgets/shared/train-toolbar';
import { useSettled } from '@/components/widgets/shared/use-settled';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import { clampText } from '@/lib/data/char-vocab';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG, localizedPath } from '@/lib/i18n';
import type { KnobValue } from '@/lib/params/knobs';
import { serializeRun } from '@/lib/params/run-knobs';
import { lmCommentary } from '@/lib/widgets/moe-lm/commentary';
import { parseLmParams, reconcileLm, serializeLmParams, type LmKnobParams, type LmParams } from '@/lib/widgets/moe-lm/params';
import { LmControls } from './lm-controls';
import { LmGeneration } from './lm-generation';
import { LmTextPanel } from './lm-text-panel';
import { LmViews } from './lm-views';
import { useLmTrainer } from './use-lm-trainer';
import './moe-lm.css';

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? '' : x.toFixed(3));
/** One empty set for every render, so the memoised children see an unchanged `locked`. */
const NONE: ReadonlySet<string> = new Set();
/** The text reaches the worker and the address bar once typing rests this long. */
const TEXT_SETTLE_MS = 200;

/**
 * The MoE Language Model: URL params → validated state → training worker → routed text, curves, load, table, generation.
 * A keystroke is handled in the input event, on the thread that draws the page: it re-renders the
 * text box alone (the text and the knobs are separate state, the views are memoised), and the
 * worker and the address bar get the text once typing rests (a URL write costs a same-document
 * navigation, a router update and a favicon decode here). A snapshot re-renders what it carries.
 */
export function MoeLm({ search, locked = NONE }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const locale = useLocale();
  const initial = useMemo(() => parseLmParams(search, t), [search, t]);
  const [knobs, setKnobs] = useState<LmKnobParams>(() => {
    const { text: _text, ...rest } = initial.params;
    return rest;
  });
  const [text, setText] = useState(initial.params.text);
  const settledText = useSettled(text, TEXT_SETTLE_MS);
  const settled = useMemo<LmParams>(() => ({ ...knobs, text: settledText }), [knobs, settledText]);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const trainer = useLmTrainer(settled, initial.run);
  const runParams = useMemo(() => serializeRun(initial.run), [initial.run]);
  useSyncUrl(serializeLmParams(settled), runParams);

  const update = useCallback((values: Partial<LmKnobParams>) => {
    setKnobs((current) => {
      const { params: next, notices: changed } = reconcileLm({ ...current, ...values }, t);
      setNotices(changed);
      return next;
    });
  }, [t]);
  const changeKnob = useCallback((key: keyof LmKnobParams, value: KnobValue) => update({ [key]: value }), [update]);
  const changeText = useCallback((raw: string) => {
    // the same clamp as a URL's text, with its notice
    const { chars, notices: cut } = clampText(raw, undefined, t);
    setNotices(cut);
    setText(chars.join(''));
  }, [t]);

  const s = trainer.snapshot;
  // "Ready" only once the run's checkpoint is in: until its first snapshot the status is loading
  const status = trainer.status === 'idle' && (!s || s.checkpoint.requested !== knobs.checkpoint) ? 'loading' : trainer.status;
  const layers = s?.model.layers ?? knobs.layers;
  const layer = Math.min(knobs.layer, layers) - 1;
  const numExperts = s ? (s.load[layer]?.length ?? 1) : knobs.experts;
  const lines = useMemo(() => s
    ? lmCommentary({
        step: s.step,
        checkpoint: s.checkpoint.loaded ?? 'scratch',
        router: (s.model.router as LmParams['router']) ?? knobs.router,
        experts: s.model.experts,
        k: s.model.k,
        lambda: knobs.lambda,
        gamma: knobs.gamma,
        capacity: knobs.capacity,
        shared: s.model.shared,
        load: s.load,
        dropped: s.dropped,
        heldoutBpc: s.heldoutBpc,
        // a dense model trained from scratch is no fair comparison for a checkpoint's head start
        denseHeldoutBpc: s.checkpoint.loaded === null ? s.denseHeldoutBpc : null,
        unigramBits: s.unigramBits,
      })
    : [], [s, knobs]);
  return (
    <div
      className="moe-lm"
      data-testid="moe-lm"
      data-status={status}
      data-step={s?.step ?? 0}
      data-train-bpc={f3(s?.trainBpc)}
      data-heldout-bpc={f3(s?.heldoutBpc)}
      data-dense-heldout-bpc={f3(s?.denseHeldoutBpc)}
      data-load={JSON.stringify(s?.load ?? [])}
      data-dropped={s?.dropped ?? ''}
      data-backend={trainer.backend?.name ?? ''}
      data-checkpoint={s ? (s.checkpoint.loaded ?? 'scratch') : ''}
      data-tensors={s?.tensors ?? ''}
      data-params={JSON.stringify({ ...knobs, text })}
    >
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      {s?.checkpoint.notice ? (
        <p className="notice" role="status" data-testid="checkpoint-notice">
          {s.checkpoint.noticeMessage ? t(s.checkpoint.noticeMessage.key, s.checkpoint.noticeMessage.vars) : s.checkpoint.notice}
        </p>
      ) : null}
      <TrainToolbar
        run={{ ...trainer, status }}
        stats={
          s ? (
            <>
              <span>
                {t('lm.stat.heldout')} <b data-testid="heldout-bpc">{s.heldoutBpc !== null ? s.heldoutBpc.toFixed(2) : '…'}</b> {t('lm.stat.bpc')}
                {s.denseHeldoutBpc !== null ? t('lm.stat.denseCompare', { dense: t('lm.stat.dense'), value: s.denseHeldoutBpc.toFixed(2) }) : ''}
              </span>
              {knobs.capacity > 0 && s.dropped !== null ? (
                <span>
                  {t('lm.stat.droppedIs', { label: t('lm.stat.dropped') })} <b data-testid="dropped">{(s.dropped * 100).toFixed(1)}%</b>
                </span>
              ) : null}
            </>
          ) : null
        }
      />
      <RunNotices run={trainer} />
      <div className="widget">
        <LmControls params={knobs} locked={locked} onChange={changeKnob} onPreset={update} />
        <div className="widget__unwrap">
          {layers > 1 ? (
            <div className="lm-layers" role="radiogroup" aria-label={t('lm.layer')}>
              <span>{t('lm.layer')}</span>
              {Array.from({ length: layers }, (_, l) => (
                <button key={l} type="button" role="radio" aria-checked={l === layer} className={`button button--small${l === layer ? ' button--primary' : ''}`} onClick={() => update({ layer: l + 1 })} data-testid={`layer-${l + 1}`}>
                  {l + 1}
                </button>
              ))}
            </div>
          ) : null}
          <LmTextPanel text={text} onText={changeText} routing={s?.text ?? null} layer={layer} numExperts={numExperts} locked={locked.has('text')} />
          {s ? (
            <p className="stat-row" aria-live="off">
              <span>{t('lm.stat.params', { total: s.model.params.total.toLocaleString(HTML_LANG[locale]), active: s.model.params.active.toLocaleString(HTML_LANG[locale]), dense: s.model.denseParams?.total.toLocaleString(HTML_LANG[locale]) ?? '–' })}</span>
              <span>{t('lm.stat.checkpoint', { source: s.checkpoint.loaded ?? t('lm.stat.scratch') })}</span>
            </p>
          ) : null}
          <section className="commentary" aria-label={t('moe.commentary')} data-testid="commentary">
            {lines.length ? (
              lines.map((l) => (
                <p key={l.key}>
                  {t(l.key, l.vars)} <a href={localizedPath(l.href, locale)}>→</a>
                </p>
              ))
            ) : (
              <p>{t('widget.starting')}</p>
            )}
          </section>
          <LmViews snapshot={s} history={trainer.history} layer={layer} capacity={knobs.capacity} />
          <LmGeneration generation={trainer.generation} generating={trainer.generating} disabled={!s || trainer.status === 'diverged'} onGenerate={trainer.generate} layer={layer} numExperts={numExperts} />
          {s && s.checkpoint.loaded !== null && s.denseHeldoutBpc !== null ? <p className="lm-note">{t('lm.stat.denseNote')}</p> : null}
        </div>
      </div>
    </div>
  );
}
