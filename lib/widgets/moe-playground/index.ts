/**
 * The MoE Playground: a mixture-of-experts classifier trains live on a 2-D dataset. It teaches
 * top-K routing, the load-balancing loss (λ), capacity and dropped tokens, noisy gating, the router
 * z-loss, and how an MoE compares with a dense model of as many active parameters.
 *
 * Where its parts are (lib/widgets/moe-playground/, everything that is not React):
 *   params.ts          the knob table (URL, embed set-state and worker schema all come from it), presets
 *   protocol.ts        the messages to and from the worker (config schema built from the knob table)
 *   trainer.ts, evaluate.ts   the tfjs models (lib/tf) and their metrics, run in the worker
 *   worker-handler.ts, moe.worker.ts   the worker side, on the shared run runtime (lib/train)
 *   client.ts          the page side: starts the worker, sends commands, receives snapshots
 *   commentary.ts      the plain-language lines under the views
 *   views: components/widgets/moe-playground/ · page: app/(site)/playground/moe · embed: app/embed/moe-playground
 *   registry entry: widget.ts (listed in lib/widgets/registry.ts)
 *
 * This index exports the parameters only (no tfjs): views import the client or the protocol's
 * types directly, never the trainer or the worker (the linter checks it).
 */
export * from './params';
