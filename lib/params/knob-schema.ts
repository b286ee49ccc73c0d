/**
 * A knob table as a zod schema: what a worker's message schema is built from, so the worker
 * refuses exactly what the URL parser would clamp. Apart from knobs.ts so that a page which only
 * parses its URL does not ship it.
 */
import { z } from 'zod';
import type { Knob, KnobValue, KnobValueOf } from './knobs';

/** The zod schema of each knob of a table (what a worker's message schema is built from). */
export type KnobShape<Ks extends readonly Knob[]> = { [K in Ks[number] as K['key']]: z.ZodType<KnobValueOf<K>> };

/**
 * One knob's range as a zod schema: the worker validates a message with the same ranges the URL
 * parser clamps to, so a range is declared once, in the knob table.
 */
export function knobSchema(knob: Knob): z.ZodType<KnobValue> {
  switch (knob.kind) {
    case 'bool':
      return z.boolean();
    case 'enum':
      return z.enum(knob.options as readonly [string, ...string[]]);
    case 'int':
      return z.number().int().min(knob.min).max(knob.max);
    case 'number':
      return knob.zero
        ? z.number().refine((v) => v === 0 || (v >= knob.min && v <= knob.max), { message: `must be 0 (off) or in ${knob.min}…${knob.max}` })
        : z.number().min(knob.min).max(knob.max);
  }
}

/** The zod shape of a knob table (or of the knobs named by `keys`), for z.object(). */
export function knobShape<const Ks extends readonly Knob[], const Key extends Ks[number]['key'] = Ks[number]['key']>(
  knobs: Ks,
  keys?: readonly Key[],
): Pick<KnobShape<Ks>, Key> {
  const shape: Record<string, z.ZodType<KnobValue>> = {};
  for (const knob of knobs) if (!keys || (keys as readonly string[]).includes(knob.key)) shape[knob.key] = knobSchema(knob);
  // each schema above checks its own knob's kind and range
  return shape as Pick<KnobShape<Ks>, Key>;
}
