'use client';

// Stand-ins for the routed text, routing table and load heatmap until their own components land.
import type { RoutedToken } from '@/lib/widgets/moe-lm/routed-tokens';
import type { RoutingSummary } from '@/lib/widgets/moe-lm/routing-summary';
import { expertColor } from '@/lib/viz/palette';

export function RoutedText({ tokens, layerLabel, label }: { tokens: readonly RoutedToken[]; numExperts: number; layerLabel: number; label?: string }) {
  return (
    <p className="lm-routed" aria-label={label ?? `Text coloured by top-1 expert, layer ${layerLabel}`}>
      {tokens.map((tok, i) => (
        <span key={i} data-testid="routed-token" data-expert={tok.expert} data-dropped={String(tok.dropped)} style={{ background: expertColor(tok.expert) }} title={`expert ${tok.expert + 1}`}>
          {tok.char}
        </span>
      ))}
    </p>
  );
}

export function RoutingTable({ summary, layerLabel }: { summary: RoutingSummary; layerLabel: number }) {
  return (
    <table data-testid="routing-table">
      <caption>Layer {layerLabel}</caption>
      <tbody>
        {summary.sources.map((s) => (
          <tr key={s.id}>
            <th>{s.id}</th>
            {s.shares.map((v, e) => (
              <td key={e}>{(v * 100).toFixed(0)}%</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LoadHeatmap({ steps, load }: { steps: readonly number[]; load: readonly (readonly number[])[]; dropped: number | null; layerLabel: number }) {
  return (
    <table data-testid="load-heatmap">
      <tbody>
        {load.map((row, i) => (
          <tr key={steps[i]}>
            <th>{steps[i]}</th>
            {row.map((v, e) => (
              <td key={e}>{(v * 100).toFixed(0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
