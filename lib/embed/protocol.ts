import { z } from 'zod';
import { EMBED_SOURCE } from './host';
import { THEMES } from './sanitize';

export { EMBED_SOURCE };

/** Bumped when a message's shape changes incompatibly; sent in `ready`. */
export const PROTOCOL_VERSION = 1;

/** A parameter name a message may carry, and the longest string value. */
export const PARAM_NAME = /^[a-z][a-z0-9-]{0,31}$/i;
export const MAX_PARAM_LENGTH = 2000;

const paramValue = z.union([z.string().max(MAX_PARAM_LENGTH), z.number().finite(), z.boolean()]);
/** What `state` reports and `set-state` accepts: flat parameter names → values (validated later like URL params). */
export const paramRecordSchema = z.record(z.string().regex(PARAM_NAME), paramValue).refine((r) => Object.keys(r).length <= 40, 'too many parameters');
export type ParamRecord = z.infer<typeof paramRecordSchema>;

export const scoreSchema = z.object({ correct: z.number().int().min(0), answered: z.number().int().min(0), total: z.number().int().min(0) });

/** An xAPI-shaped statement (https://github.com/adlnet/xAPI-Spec): no actor, the host knows its learner. */
export const xapiStatementSchema = z.object({
  verb: z.object({ id: z.literal('http://adlnet.gov/expapi/verbs/answered'), display: z.object({ 'en-US': z.literal('answered') }) }),
  object: z.object({
    objectType: z.literal('Activity'),
    id: z.string().url(),
    definition: z.object({ type: z.literal('http://adlnet.gov/expapi/activities/cmi.interaction') }),
  }),
  result: z.object({
    success: z.boolean(),
    completion: z.boolean(),
    score: z.object({ raw: z.number(), min: z.number(), max: z.number(), scaled: z.number().min(0).max(1) }),
  }),
  timestamp: z.string(),
});
export type XapiStatement = z.infer<typeof xapiStatementSchema>;

/** Frame → host, as `{ source: "moe-lab", type, widget, payload }`. */
export const outboundSchema = z.discriminatedUnion('type', [
  z.object({ source: z.literal(EMBED_SOURCE), type: z.literal('ready'), widget: z.string(), payload: z.object({ version: z.number().int() }) }),
  z.object({ source: z.literal(EMBED_SOURCE), type: z.literal('resize'), widget: z.string(), payload: z.object({ height: z.number().int().min(0) }) }),
  z.object({
    source: z.literal(EMBED_SOURCE),
    type: z.literal('state'),
    widget: z.string(),
    payload: z.object({ params: z.record(z.string(), paramValue), query: z.string() }),
  }),
  z.object({
    source: z.literal(EMBED_SOURCE),
    type: z.literal('result'),
    widget: z.string(),
    payload: z.object({
      set: z.string(),
      questionId: z.string(),
      correct: z.boolean(),
      skipped: z.boolean(),
      score: scoreSchema,
      statement: xapiStatementSchema,
    }),
  }),
  z.object({ source: z.literal(EMBED_SOURCE), type: z.literal('notice'), widget: z.string(), payload: z.object({ notices: z.array(z.string()) }) }),
]);
export type OutboundMessage = z.infer<typeof outboundSchema>;
export type OutboundType = OutboundMessage['type'];
export type OutboundPayload<T extends OutboundType> = Extract<OutboundMessage, { type: T }>['payload'];

/** Host → frame. `source` is optional for hosts; `widget`, when given, must name this frame's widget. */
export const inboundSchema = z.discriminatedUnion('type', [
  z.object({ source: z.string().optional(), type: z.literal('set-state'), widget: z.string().optional(), payload: paramRecordSchema }),
  z.object({ source: z.string().optional(), type: z.literal('get-state'), widget: z.string().optional(), payload: z.unknown().optional() }),
  // The host's theme: a lesson page sends it when its toggle switches, so the frame never stays light on a dark page.
  z.object({ source: z.string().optional(), type: z.literal('set-theme'), widget: z.string().optional(), payload: z.object({ theme: z.enum(THEMES) }) }),
]);
export type InboundMessage = z.infer<typeof inboundSchema>;

/** Builds an outbound message (typed by its `type`). */
export function embedMessage<T extends OutboundType>(type: T, widget: string, payload: OutboundPayload<T>): OutboundMessage {
  return { source: EMBED_SOURCE, type, widget, payload } as OutboundMessage;
}

/**
 * Validates a message from the host. Returns null for anything that is not meant for us (other
 * scripts post messages too), or `{ error }` for a message of ours that is malformed.
 */
export function parseInbound(data: unknown, widget: string): { message: InboundMessage } | { error: string } | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  const type = (data as { type: unknown }).type;
  if (type !== 'set-state' && type !== 'get-state' && type !== 'set-theme') return null;
  const r = inboundSchema.safeParse(data);
  if (!r.success) return { error: `${type}: the message was ignored (${r.error.issues[0]?.message ?? 'invalid'}).` };
  if (r.data.widget !== undefined && r.data.widget !== widget) return { error: `${type}: the message names widget ${JSON.stringify(r.data.widget.slice(0, 40))}, not ${widget}; ignored.` };
  return { message: r.data };
}
