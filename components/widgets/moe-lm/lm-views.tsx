'use client';

import { memo, useMemo } from 'react';
import { LineChart } from '@/components/charts/line-chart';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import { useT } from '@/components/i18n/locale-context';
import type { LmSnapshot } from '@/lib/widgets/moe-lm/protocol';
import { summarizeRouting } from '@/lib/widgets/moe-lm/routing-summary';
import { LoadHeatmap } from './load-heatmap';
import { RoutingTable } from './routing-table';
import type { LmHistoryPoint } from './use-lm-trainer';

const f2 = (x: number) => x.toFixed(2);

/**
 * Bits per character over training (held-out and train, MoE and dense, the unigram line), the load
 * heatmap and the routing table of the layer shown. Memoised: only a snapshot or a change of layer
 * redraws them, not a keystroke or a click elsewhere in the widget.
 */
export const LmViews = memo(function LmViews({ snapshot, history, layer, capacity }: { snapshot: LmSnapshot | null; history: LmHistoryPoint[]; layer: number; capacity: number }) {
  const t = useT();
  const numExperts = snapshot?.load[layer]?.length ?? 1;
  const summary = useMemo(
    () => (snapshot ? summarizeRouting(snapshot.sources.map((s) => ({ source: s.source, chars: s.chars, experts: s.experts[layer] ?? [] })), numExperts) : null),
    [snapshot, layer, numExperts],
  );
  const heat = useMemo(() => {
    const rows = snapshot?.loadHistory ?? [];
    return { steps: rows.map((r) => r.step), load: rows.map((r) => r.load[layer] ?? []) };
  }, [snapshot, layer]);
  const series = useMemo(() => {
    const pts = (pick: (p: LmHistoryPoint) => number | null) => history.flatMap((p) => (pick(p) === null ? [] : [[p.step, pick(p)!] as const]));
    const out = [
      { id: 'heldout', label: t('lm.series.heldout'), color: '#0072B2', points: pts((p) => p.heldout) },
      { id: 'train', label: t('lm.series.train'), color: '#56B4E9', points: pts((p) => p.train) },
      { id: 'dense', label: t('lm.series.dense'), color: '#555555', points: pts((p) => p.dense) },
      { id: 'dense-train', label: t('lm.series.denseTrain'), color: '#999999', points: pts((p) => p.denseTrain) },
    ].filter((s) => s.points.length > 0);
    if (snapshot && history.length > 0) {
      const first = history[0].step;
      const last = Math.max(history[history.length - 1].step, first + 1);
      out.push({ id: 'unigram', label: `${t('lm.view.unigram')} ${f2(snapshot.unigramBits)}`, color: '#D55E00', points: [[first, snapshot.unigramBits], [last, snapshot.unigramBits]] });
    }
    return out;
  }, [history, snapshot, t]);
  const last = history[history.length - 1];
  return (
    <div className="widget__views widget__unwrap">
      {/* On a phone the curves stay on screen while the knobs scroll beneath them. */}
      <PinnedView>
        <section className="panel">
          <LineChart
          title={t('lm.view.bpc')}
          summary={
            last && last.heldout !== null
              ? t('lm.view.bpcSummary', { step: last.step, moe: f2(last.heldout), dense: last.dense !== null ? t('lm.view.bpcSummaryDense', { dense: f2(last.dense) }) : '', unigram: f2(snapshot?.unigramBits ?? 0) })
              : t('chart.noFigures')
          }
          series={series}
          />
        </section>
      </PinnedView>
      <section className="panel lm-wide">
        <h3>{t('lm.view.load', { layer: layer + 1 })}</h3>
        <LoadHeatmap steps={heat.steps} load={heat.load} dropped={capacity > 0 ? (snapshot?.dropped ?? 'before-step') : null} layerLabel={layer + 1} />
      </section>
      {summary && numExperts > 1 ? (
        <section className="panel lm-table lm-wide">
          <h3>{t('lm.view.table', { layer: layer + 1 })}</h3>
          <RoutingTable summary={summary} layerLabel={layer + 1} />
        </section>
      ) : null}
    </div>
  );
});
