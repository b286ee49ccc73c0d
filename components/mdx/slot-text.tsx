import { Fragment, type ReactNode } from 'react';

/**
 * A catalog sentence with elements in it: `{name}` placeholders left by `t` (no var of that name)
 * are replaced by `slots[name]`, so a translation can put the formulas where its grammar wants them
 * and the markup stays what the English had (text, then a <Tex>, then text). Unknown names stay visible.
 */
export function slotText(template: string, slots: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{part in slots ? slots[part] : `{${part}}`}</Fragment>))
    .filter((part) => part !== '');
}
