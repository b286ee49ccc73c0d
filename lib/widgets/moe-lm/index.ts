/**
 * The MoE Language Model: a small decoder-only, character-level Transformer whose every FFN is a
 * mixture of experts, trained on English prose, classical Chinese poetry and code. It teaches what
 * routing looks like in a real language model (which expert each character takes, per layer, and
 * whether an expert owns a language or rather a kind of character — Mixtral §5 found the latter),
 * collapse without a balancing loss, Switch / Mixtral / DeepSeek-V3 routers, capacity and dropped
 * tokens, shared and fine-grained experts, and MoE against a dense model of as many active
 * parameters, in bits per character against the corpus's unigram entropy.
 *
 * Where its parts are (lib/widgets/moe-lm/, everything that is not React):
 *   params.ts          the knob table (URL, embed set-state and worker schema come from it), presets, the default text
 *   protocol.ts        the messages to and from the worker (run knobs from the knob table; `text`, `generate`)
 *   trainer.ts, sampling.ts   the tfjs model (lib/tf/moe-lm.ts) training, evaluation, routing and generation
 *   lm-run.ts          one run: a checkpoint or a fresh model, the dense twin, what a snapshot measures
 *   assets.ts, corpus-ids.ts, checkpoints.ts   the corpus file and shipped checkpoints (public/data, public/models)
 *   worker-handler.ts, moe-lm.worker.ts   the worker side, on the shared run runtime (lib/train)
 *   client.ts          the page side: starts the worker, sends commands, receives snapshots
 *   routed-tokens.ts, routing-summary.ts, routing-reading.ts, char-classes.ts, commentary.ts   what the views read
 *   views: components/widgets/moe-lm/ · page: app/(site)/playground/moe-lm · embed: app/embed/moe-lm
 *   registry line: widget.ts (listed in lib/widgets/registry.ts) · checkpoints: `npm run train:lm`
 *
 * This index exports the parameters only (no tfjs): views import the client or the protocol's
 * types directly, never the trainer or the worker (the linter checks it).
 */
export * from './params';
