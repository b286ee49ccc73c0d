'use client';

import { useT } from '@/components/i18n/locale-context';

/** The story presets as one fieldset of buttons; each button sets its preset's values. */
export function PresetGroup<P extends { id: string; values: object }>({
  presets,
  label,
  story,
  onPreset,
}: {
  presets: readonly P[];
  label: (preset: P) => string;
  /** The button's title: what the preset shows. */
  story: (preset: P) => string;
  onPreset: (values: P['values']) => void;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('widget.presets')}</legend>
      <div className="presets">
        {presets.map((p) => (
          <button key={p.id} type="button" className="button button--small" title={story(p)} onClick={() => onPreset(p.values)}>
            {label(p)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
