'use client';

import { useTheme } from 'next-themes';
import { useHydrated } from './use-hydrated';

/** Switches light/dark; next-themes remembers the choice and follows the system until then. Labels come from the server. */
export function ThemeToggle({ toDark, toLight }: { toDark: string; toLight: string }) {
  const { resolvedTheme, setTheme } = useTheme();
  const mounted = useHydrated();
  const dark = mounted && resolvedTheme === 'dark';
  const label = dark ? toLight : toDark;
  return (
    <button
      type="button"
      className="theme-toggle"
      data-testid="theme-toggle"
      aria-label={label}
      title={label}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{dark ? '☀' : '☾'}</span>
    </button>
  );
}
