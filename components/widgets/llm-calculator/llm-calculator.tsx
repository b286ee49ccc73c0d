'use client';

import { useMemo, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import type { MessageKey } from '@/lib/i18n';
import { KnobControl } from '@/components/widgets/shared/knob-control';
import { Notices } from '@/components/widgets/shared/notices';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import { useSyncUrl } from '@/components/widgets/shared/use-url-params';
import type { KnobValue } from '@/lib/params/knobs';
import { CALCULATOR_KNOBS, parseCalculatorParams, serializeCalculatorParams, sliderValues, type CalculatorParams } from '@/lib/widgets/llm-calculator/params';
import { calculatorView } from '@/lib/widgets/llm-calculator/view';
import './llm-calculator.css';

// Nothing but the knobs goes into the URL.
const NO_EXTRA = new URLSearchParams();
const GROUPS: ReadonlyArray<{ title: MessageKey; keys: ReadonlyArray<keyof CalculatorParams> }> = [
  { title: 'calc.group.model', keys: ['model', 'attention'] },
  { title: 'calc.group.serving', keys: ['context', 'batch', 'dtype', 'gpu'] },
  { title: 'calc.group.training', keys: ['train', 'adam'] },
];

// Sliders that step through powers of two (a linear slider over 1…1M cannot be aimed).
const STEPS: Partial<Record<keyof CalculatorParams, [number, number]>> = { context: [128, 1_048_576], batch: [1, 4096] };

/** The LLM calculator: URL params → validated state → back-of-envelope figures (lib/math) → tables. */
export function LlmCalculator({ search, locked = new Set<string>() }: { search: URLSearchParams; locked?: ReadonlySet<string> }) {
  const t = useT();
  const initial = useMemo(() => parseCalculatorParams(search, t), [search, t]);
  const [params, setParams] = useState<CalculatorParams>(initial.params);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const query = serializeCalculatorParams(params);
  useSyncUrl(query, NO_EXTRA);
  // labels, explanations and facts in the page's language
  const view = useMemo(() => calculatorView(params, t), [params, t]);
  const change = (key: keyof CalculatorParams, value: KnobValue) => {
    setParams({ ...params, [key]: value });
    setNotices([]);
  };
  return (
    <div className="llm-calculator" data-testid="llm-calculator" data-status="ready" data-params={JSON.stringify(params)} data-query={query} data-bound={view.bound}>
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <div className="widget">
        <div className="widget__controls">
          {GROUPS.map((group) => {
            const knobs = CALCULATOR_KNOBS.filter((k) => group.keys.includes(k.key) && !locked.has(k.key));
            if (knobs.length === 0) return null;
            return (
              <fieldset key={group.title}>
                <legend>{t(group.title)}</legend>
                {knobs.map((knob) => {
                  const steps = STEPS[knob.key];
                  return (
                    <KnobControl
                      key={knob.key}
                      knob={knob}
                      value={params[knob.key]}
                      values={steps ? sliderValues(steps[0], steps[1], params[knob.key] as number) : undefined}
                      onChange={(v) => change(knob.key, v)}
                    />
                  );
                })}
              </fieldset>
            );
          })}
        </div>
        <div className="llm-calculator__main widget__unwrap">
          {/* On a phone the headline figures stay pinned above the knobs, so a change and its effect are seen together. */}
          <PinnedView>
            <div className="llm-calculator__headline" data-testid="calculator-summary">
              <p>
                <b>{view.model.name}</b>
                {t('calc.bound.after')}
                {t(view.bound === 'memory' ? 'calc.bound.memory' : 'calc.bound.compute')}
              </p>
              <dl>
                {view.headline.map((f) => (
                  <div key={f.id}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </PinnedView>
          <div className="llm-calculator__sections">
            {view.sections.map((section) => (
              <section key={section.id} className="panel" aria-labelledby={`calc-${section.id}`} data-testid={`calc-${section.id}`}>
                <h3 id={`calc-${section.id}`}>{section.title}</h3>
                <dl className="llm-calculator__figures">
                  {section.figures.map((f) => (
                    <div key={f.id} className="llm-calculator__figure" data-figure={f.id}>
                      <dt>{f.label}</dt>
                      <dd>
                        <b data-testid={`figure-${f.id}`}>{f.value}</b>
                        <span className="llm-calculator__how">{f.how}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <section className="panel llm-calculator__sources" aria-labelledby="calc-sources" data-testid="calc-sources">
            <h3 id="calc-sources">{t('calc.sources.title')}</h3>
            <dl className="llm-calculator__figures">
              {view.facts.map((fact) => (
                <div key={fact.label} className="llm-calculator__figure">
                  <dt>{fact.label}</dt>
                  <dd>
                    <span>{fact.value}</span>
                    <span className="llm-calculator__how">{t('calc.sources.source', { source: fact.source })}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
