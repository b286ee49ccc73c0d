import { memo } from 'react';
import { type MessageKey } from '@/lib/i18n';
import { useT } from '@/components/i18n/locale-context';
import { expertColor } from '@/lib/viz/palette';
import { readRouting, type RoutingReading } from '@/lib/widgets/moe-lm/routing-reading';
import type { RoutingSummary } from '@/lib/widgets/moe-lm/routing-summary';
import './moe-lm-views.css';

export interface RoutingTableProps {
  summary: RoutingSummary;
  /** The layer shown, 1-based. */
  layerLabel: number;
  /** The reading of the table (default: readRouting(summary)). */
  reading?: RoutingReading;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One expert's share as a whole percentage and a bar, memoised on it: a snapshot redraws the cells whose figure it changed. */
const ShareCell = memo(function ShareCell({ expert, percent }: { expert: number; percent: number }) {
  return (
    <td data-expert={expert}>
      {`${percent}%`}
      <span className="routing-share" style={{ width: `${percent}%`, background: expertColor(expert) }} aria-hidden="true" />
    </td>
  );
});

function ShareCells({ shares }: { shares: readonly number[] }) {
  return shares.map((s, e) => <ShareCell key={e} expert={e} percent={Math.round(s * 100)} />);
}

/** The experts' column heads, memoised: they change with the number of experts, not with a snapshot. */
const ExpertHeads = memo(function ExpertHeads({ n }: { n: number }) {
  const t = useT();
  return Array.from({ length: n }, (_, e) => (
    <th key={e} scope="col">
      <span className="chart__swatch" style={{ background: expertColor(e) }} aria-hidden="true" />
      {/* a short head keeps 16 columns narrow; a screen reader hears the full name */}
      <span aria-hidden="true">E{e + 1}</span>
      <span className="visually-hidden">{t('lmStats.expert', { expert: e + 1 })}</span>
    </th>
  ));
});

/**
 * The routing table: per source, the share of its characters per expert and how often a
 * character goes to its predecessor's expert (with the chance level), one sentence that reads
 * it, and the same shares per kind of character behind a disclosure.
 */
export function RoutingTable({ summary, layerLabel, reading: given }: RoutingTableProps) {
  const t = useT();
  const reading = given ?? readRouting(summary, t);
  const n = summary.numExperts;
  const caption = t('lmStats.routing.caption', { layer: layerLabel });
  const classes = summary.classes.filter((c) => c.tokens > 0);
  return (
    <section className="routing-table-view" data-testid="routing-table">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lmStats.routing.source')}</th>
              <th scope="col">{t('lmStats.routing.chars')}</th>
              <ExpertHeads n={n} />
              <th scope="col">{t('lmStats.routing.same')}</th>
              <th scope="col">{t('lmStats.routing.chance')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.sources.map((row) => (
              <tr key={row.id} data-source={row.id}>
                <th scope="row">{t(`lmStats.sourceName.${row.id}`)}</th>
                <td>{row.tokens}</td>
                <ShareCells shares={row.shares} />
                <td data-same>{row.pairs > 0 ? pct(row.samePrevious) : '–'}</td>
                <td data-chance>{row.tokens > 0 ? pct(row.sameChance) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="routing-reading" data-testid="routing-reading">
        {reading.sentence}
      </p>
      <p className="routing-note">{t('lmStats.routing.sameNote')}</p>
      <details>
        <summary>{t('lmStats.routing.classes')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lmStats.routing.classCaption', { layer: layerLabel })}>
          <table>
            <caption>{t('lmStats.routing.classCaption', { layer: layerLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lmStats.routing.class')}</th>
                <th scope="col">{t('lmStats.routing.chars')}</th>
                <ExpertHeads n={n} />
              </tr>
            </thead>
            <tbody>
              {classes.map((row) => (
                <tr key={row.id} data-class={row.id}>
                  <th scope="row">{t(`lmStats.class.${row.id}` as MessageKey)}</th>
                  <td>{row.tokens}</td>
                  <ShareCells shares={row.shares} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
