'use client';

import { useT } from '@/components/i18n/locale-context';
import { useMemo, useState } from 'react';
import { Notices } from '@/components/widgets/shared/notices';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import { SentenceEditor } from '@/components/widgets/shared/sentence-editor';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import { parseRoutingParams, parseText, reconcileRouting, serializeRoutingParams, type RoutingParams } from '@/lib/widgets/routing-lab/params';
import { computeRoutingLab } from '@/lib/widgets/routing-lab/lab';
import { AssignmentsTable } from './assignments-table';
import { BalancingPanel } from './balancing-panel';
import { ParameterCalculator } from './parameter-calculator';
import { RoutingControls } from './routing-controls';
import { RoutingDiagram } from './routing-diagram';
import { RoutingSummary } from './routing-summary';
import { TokenInspector } from './token-inspector';
import { TokenStrip } from './token-strip';

// The lab has no run options to keep in the URL beside its knobs.
const NO_EXTRA = new URLSearchParams();
const ROUTING_SENTENCE = { label: 'routing.sentence.label', apply: 'routing.sentence.apply', hint: 'routing.sentence.hint', rejected: 'routing.sentence.rejected' } as const;

/** The Routing Lab: URL params → validated state → one exact routing pass (lib/math) → views. */
export function RoutingLab({ search, locked = new Set<string>() }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const initial = useMemo(() => parseRoutingParams(search, t), [search, t]);
  const [params, setParams] = useState<RoutingParams>(initial.params);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const [selected, setSelected] = useState(0);
  const lab = useMemo(() => computeRoutingLab(params), [params]);
  useSyncUrl(serializeRoutingParams(params), NO_EXTRA);

  const update = (values: Partial<RoutingParams>, extra: string[] = []) => {
    // Lowering N below K lowers K with it: say so rather than change it silently.
    const { params: next, notices: changed } = reconcileRouting({ ...params, ...values }, t);
    setParams(next);
    setNotices([...extra, ...changed]);
  };
  const { result, tokens } = lab;
  const token = Math.min(selected, tokens.length - 1);
  const last = lab.balancing?.[lab.balancing.length - 1];
  return (
    <div
      className="routing-lab"
      data-testid="routing-lab"
      data-params={JSON.stringify(params)}
      data-load={JSON.stringify(result.load)}
      data-dropped={result.dropped}
      data-capacity={result.capacity ?? ''}
      data-experts-per-token={JSON.stringify(result.kept.map((row) => row.filter(Boolean).length))}
      data-max-over-mean={last?.maxOverMean ?? ''}
    >
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <div className="widget">
        <RoutingControls params={params} locked={locked} onChange={(key, value) => update({ [key]: value })} onPreset={(values) => update(values)} />
        <div className="routing-lab__main widget__unwrap">
          {params.source === 'sentence' && !locked.has('text') ? (
            <SentenceEditor key={params.text} text={params.text} parse={(draft, fallback) => parseText(draft, fallback, t)} messages={ROUTING_SENTENCE} maxLength={600} onApply={(text, changed) => update({ text }, changed)} />
          ) : null}
          <RoutingSummary params={params} lab={lab} />
          {/* On a phone only the diagram is pinned (the panel dissolves): with the token chips it would fill the screen. */}
          <section className="panel widget__unwrap">
            <TokenStrip tokens={tokens} result={result} selected={token} onSelect={setSelected} />
            <PinnedView>
              <RoutingDiagram tokens={tokens} result={result} selected={token} onSelect={setSelected} />
            </PinnedView>
          </section>
          <TokenInspector index={token} lab={lab} params={params} />
          <AssignmentsTable tokens={tokens} result={result} mode={params.mode} />
          <BalancingPanel params={params} lab={lab} locked={locked} onChange={update} />
        </div>
      </div>
      {!locked.has('model') ? <ParameterCalculator key={params.model} model={params.model} onModel={(model) => update({ model })} /> : null}
    </div>
  );
}
