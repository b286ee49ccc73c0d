/**
 * The Tiny Transformer: a one- or two-layer decoder-only Transformer learns to copy, reverse or
 * sort digits in a worker, and shows its attention maps forming as it trains.
 *
 * Where its parts are (lib/widgets/tiny-transformer/, everything that is not React):
 *   params.ts          the knob table and its rules (d_model a multiple of 8, heads dividing it)
 *   tasks.ts           the digit tasks, their batches and the learner's example
 *   protocol.ts        worker messages (config schema built from the knob table)
 *   trainer.ts         the tfjs model (lib/tf/tiny-transformer) and its metrics, run in the worker
 *   worker-handler.ts, transformer.worker.ts   the worker side, on the run runtime (lib/train)
 *   client.ts          the page side
 *   views: components/widgets/tiny-transformer/ · page: app/(site)/playground/transformer
 *   registry entry: widget.ts (listed in lib/widgets/registry.ts)
 *
 * This index exports the parameters only (no tfjs): views import the client or the protocol's
 * types directly, never the trainer or the worker (the linter checks it).
 */
export * from './params';
