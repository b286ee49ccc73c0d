'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { Notices } from '@/components/widgets/shared/notices';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import { SentenceEditor } from '@/components/widgets/shared/sentence-editor';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import { computeExplorer, MAX_DK, rawProjections, sliceProjections } from '@/lib/widgets/attention-explorer/model';
import { saturationPoint, saturationSweep, withPoint } from '@/lib/widgets/attention-explorer/saturation';
import { D_MODEL, MAX_TEXT_CHARS, tokenize } from '@/lib/widgets/attention-explorer/tokens';
import { useT } from '@/components/i18n/locale-context';
import { applyAttentionPreset, parseAttentionParams, parseAttentionText, serializeAttentionParams, type AttentionParams } from '@/lib/widgets/attention-explorer/params';
import { AttentionControls } from './attention-controls';
import { AttentionHeatmap, type Cell } from './attention-heatmap';
import { CellDetails } from './cell-details';
import { formatNumber, scoreFormula } from './format';
import { HeadMultiples } from './head-multiples';
import { OutputVectors } from './output-vectors';
import { SaturationPanel } from './saturation-panel';
import './attention-explorer.css';

// The explorer has no run options to keep in the URL beside its knobs.
const NO_EXTRA = new URLSearchParams();
const ATTENTION_SENTENCE = { label: 'attention.sentence.label', apply: 'attention.sentence.apply', hint: 'attention.sentence.hint', rejected: 'attention.sentence.rejected' } as const;

/** The Attention Explorer: URL params → validated state → exact attention (lib/math) → views. */
export function AttentionExplorer({ search, locked = new Set<string>() }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const initial = useMemo(() => parseAttentionParams(search, t), [search, t]);
  const [params, setParams] = useState<AttentionParams>(initial.params);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const [pickedHead, setHead] = useState(0);
  const [pickedCell, setCell] = useState<Cell>({ i: 0, j: 0 });
  const query = serializeAttentionParams(params);
  useSyncUrl(query, NO_EXTRA);

  const tokens = useMemo(() => tokenize(params.text), [params.text]);
  // Draw the projections once at the widest d_k; every d_k is a slice of them.
  const raw = useMemo(() => rawProjections(params.seed, params.heads, MAX_DK), [params.seed, params.heads]);
  const full = useMemo(() => sliceProjections(raw, MAX_DK), [raw]);
  const weights = useMemo(() => sliceProjections(raw, params.dk), [raw, params.dk]);
  const result = useMemo(() => computeExplorer({ ...params, tokens }, weights), [params, tokens, weights]);
  // The sweep does not depend on d_k or the scaling; it may lag a fast slider by a frame.
  const sweepInput = useDeferredValue(useMemo(() => ({ ...params, tokens, full }), [params, tokens, full]));
  const sweep = useMemo(
    () => saturationSweep(sweepInput, sweepInput.full),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these inputs change the sweep
    [sweepInput.tokens, sweepInput.pad, sweepInput.full, sweepInput.temp, sweepInput.causal, sweepInput.padmask, sweepInput.seed],
  );
  const points = useMemo(() => {
    const now = saturationPoint(params.dk, result.heads.map((h) => h.dots), result.mask, result.isPad, params.temp);
    return withPoint(sweep, now);
  }, [sweep, result, params.dk, params.temp]);

  const update = (values: Partial<AttentionParams>, extra: string[] = []) => {
    setParams({ ...params, ...values });
    setNotices(extra);
  };
  const n = result.tokens.length;
  const head = Math.min(pickedHead, params.heads - 1);
  const cell = { i: Math.min(pickedCell.i, n - 1), j: Math.min(pickedCell.j, n - 1) };
  // the most keys any of the sentence's queries may see: its entropy is at most ln of that
  const widest = Math.max(...result.mask.filter((_, i) => !result.isPad[i]).map((row) => row.filter(Boolean).length));
  return (
    <div
      className="attention-explorer"
      data-testid="attention-explorer"
      data-status="ready"
      data-params={JSON.stringify(params)}
      data-query={query}
      data-tokens={JSON.stringify(result.tokens)}
      data-factor={result.factor}
      data-max-weight={result.maxWeight}
      data-entropy={result.entropy}
    >
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <div className="widget">
        <AttentionControls params={params} locked={locked} onChange={(key, value) => update({ [key]: value })} onPreset={(values) => update(applyAttentionPreset(params, values, locked))} />
        <div className="attention-explorer__main widget__unwrap">
          {!locked.has('text') ? (
            <SentenceEditor
              key={params.text}
              text={params.text}
              parse={(draft, fallback) => parseAttentionText(draft, fallback, t)}
              messages={ATTENTION_SENTENCE}
              maxLength={MAX_TEXT_CHARS * 2}
              onApply={(text, changed) => update({ text }, changed)}
            />
          ) : null}
          <p className="stat-row" data-testid="attention-stats">
            <span>{t('attention.stat.formula', { formula: `softmax(${scoreFormula(params.dk, params.scale, params.temp)})` })}</span>
            <span>{t('attention.stat.dims', { dmodel: D_MODEL, heads: params.heads, dk: params.dk })}</span>
            <span>
              {t('attention.stat.max')}{t('punct.colon')}<b data-testid="stat-max-weight">{formatNumber(result.maxWeight)}</b>
            </span>
            <span>
              {t('attention.stat.entropy')}{t('punct.colon')}<b data-testid="stat-entropy">{t('attention.stat.entropyValue', { value: formatNumber(result.entropy), uniform: formatNumber(Math.log(widest)) })}</b>
            </span>
          </p>
          {/* On a phone only the grid is pinned (the panel around it dissolves): with its title, caption and cell details it would fill the screen. */}
          <section className="panel widget__unwrap" aria-labelledby="attn-map-title">
            <h3 id="attn-map-title">{t('attention.map.title', { h: head + 1, n: params.heads })}</h3>
            {params.heads > 1 ? <HeadMultiples result={result} head={head} onHead={setHead} /> : null}
            <p className="widget__status">{t('attention.map.caption')}</p>
            <div className="attn-map-layout widget__unwrap">
              <PinnedView>
                <AttentionHeatmap result={result} head={head} active={cell} onActive={setCell} />
              </PinnedView>
              <CellDetails result={result} params={params} head={head} cell={cell} />
            </div>
          </section>
          <OutputVectors result={result} />
          <SaturationPanel points={points} dk={params.dk} scale={params.scale} />
        </div>
      </div>
    </div>
  );
}
