import { Fragment, type ReactNode } from 'react';

/**
 * The one way a server component puts elements (a <Tex>, a <code>, an <em>) into a catalog sentence:
 * the catalog string holds only prose and `{name}` placeholders, the component builds the elements.
 * Placeholders that `t` left (no var of that name) are replaced by `slots[name]`, so a translation
 * can put the formulas where its grammar wants them and the markup stays what the English had
 * (text, then a <Tex>, then text). Unknown names stay visible.
 */
export function slotText(template: string, slots: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{part in slots ? slots[part] : `{${part}}`}</Fragment>))
    .filter((part) => part !== '');
}

/**
 * The same for words inside a formula: the catalog's prose becomes `\text{…}` and each `{name}` the
 * TeX in `slots[name]` (after a space), so "row {i}" gives `\text{row } i` and "第 {i} 行" gives
 * `\text{第 } i\text{ 行}`: a translation moves the symbol, and no TeX source sits in the catalog.
 */
export function slotTex(template: string, slots: Record<string, string>): string {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? (part === '' ? '' : `\\text{${part}}`) : ` ${part in slots ? slots[part] : `\\{${part}\\}`}`))
    .join('');
}
