'use client';

import { memo, useId, useMemo, useState } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-context';
import type { GenerateRequest, GenerationEvent } from '@/lib/widgets/moe-lm/protocol';
import { defaultPrompt, SAMPLE_PROMPTS } from '@/lib/widgets/moe-lm/prompts';
import { routedTokens } from '@/lib/widgets/moe-lm/routed-tokens';
import { RoutedText } from './routed-text';

/** Continue a prompt with temperature, top-k and top-p; the prompt and its continuation coloured by routing. Memoised: a snapshot does not redraw it. */
export const LmGeneration = memo(function LmGeneration({
  generation,
  generating,
  disabled,
  onGenerate,
  layer,
  numExperts,
}: {
  generation: GenerationEvent | null;
  generating: boolean;
  disabled: boolean;
  onGenerate: (request: GenerateRequest) => void;
  layer: number;
  numExperts: number;
}) {
  const t = useT();
  const locale = useLocale();
  const ids = { prompt: useId(), temperature: useId(), topK: useId(), topP: useId() };
  const [prompt, setPrompt] = useState(() => defaultPrompt(locale));
  const [temperature, setTemperature] = useState(0.8);
  const [topK, setTopK] = useState(0);
  const [topP, setTopP] = useState(0.95);
  const [seed, setSeed] = useState(1);
  const tokens = useMemo(() => {
    if (!generation) return [];
    const all = routedTokens(generation.chars, generation.ids, generation.routes, Math.min(layer, (generation.routes[0]?.length ?? 1) - 1));
    return all;
  }, [generation, layer]);
  return (
    <section className="panel lm-gen" aria-label={t('lm.gen.title')}>
      <h3>{t('lm.gen.title')}</h3>
      <div className="lm-gen__form">
        <label htmlFor={ids.prompt}>{t('lm.gen.prompt')}</label>
        <input id={ids.prompt} type="text" value={prompt} maxLength={200} onChange={(e) => setPrompt(e.target.value)} data-testid="gen-prompt" />
        <span className="lm-gen__samples-label" id={`${ids.prompt}-samples`}>
          {t('lm.gen.samples')}
        </span>
        <div className="lm-gen__samples" role="group" aria-labelledby={`${ids.prompt}-samples`} data-testid="gen-samples">
          {SAMPLE_PROMPTS[locale].map((p) => (
            <button key={p.id} type="button" className="button button--small" aria-pressed={prompt === p.text} data-sample={p.id} onClick={() => setPrompt(p.text)}>
              {t(p.label)} <span lang={p.lang}>{p.text.trim()}</span>
            </button>
          ))}
        </div>
        <label htmlFor={ids.temperature}>
          {t('lm.gen.temperature')} <output>{temperature.toFixed(2)}</output>
        </label>
        <input id={ids.temperature} type="range" min={0} max={2} step={0.05} value={temperature} onChange={(e) => setTemperature(Number(e.target.value))} />
        <label htmlFor={ids.topK}>
          {t('lm.gen.topK')} <output>{topK}</output>
        </label>
        <input id={ids.topK} type="range" min={0} max={50} step={1} value={topK} onChange={(e) => setTopK(Number(e.target.value))} />
        <label htmlFor={ids.topP}>
          {t('lm.gen.topP')} <output>{topP.toFixed(2)}</output>
        </label>
        <input id={ids.topP} type="range" min={0.05} max={1} step={0.05} value={topP} onChange={(e) => setTopP(Number(e.target.value))} />
      </div>
      <button
        type="button"
        className="button"
        disabled={disabled || generating}
        data-testid="generate"
        onClick={() => {
          onGenerate({ prompt, count: 60, temperature, topK, topP, seed });
          // each press draws a new continuation; the seed keeps a press reproducible
          setSeed((s) => s + 1);
        }}
      >
        {generating ? t('lm.gen.running') : t('lm.gen.run')}
      </button>
      {generation ? (
        <div data-testid="generation" data-text={generation.text} data-ms={Math.round(generation.ms)}>
          <RoutedText tokens={tokens} numExperts={numExperts} layerLabel={layer + 1} label={t('lm.gen.output', { layer: layer + 1 })} />
          <p className="lm-gen__timing">{t('lm.gen.timing', { count: generation.chars.length - generation.promptLength, ms: Math.round(generation.ms) })}</p>
        </div>
      ) : null}
    </section>
  );
});
