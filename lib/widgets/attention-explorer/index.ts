/**
 * The Attention Explorer: scaled dot-product and multi-head attention computed exactly with
 * lib/math on a learner's sentence. It teaches why scores are divided by √d_k (softmax saturation),
 * causal and padding masks, temperature, and how heads split d_model.
 *
 * Where its parts are (lib/widgets/attention-explorer/, everything that is not React):
 *   params.ts          the knob table, the sentence parser and the presets
 *   tokens.ts          the toy embeddings and positional encodings of the sentence
 *   model.ts           the attention of the current settings (lib/math)
 *   saturation.ts      the softmax-saturation curve against d_k
 *   views: components/widgets/attention-explorer/ · page: app/(site)/playground/attention
 *   registry entry: widget.ts (listed in lib/widgets/registry.ts)
 *
 * This index exports the parameters only (no tfjs): views import the client or the protocol's
 * types directly, never the trainer or the worker (the linter checks it).
 */
export * from './params';
