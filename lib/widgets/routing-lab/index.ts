/**
 * The Routing Lab: every token of a sentence followed to its experts, computed exactly with
 * lib/math. It teaches top-K and top-p routing, capacity and dropping, expert choice, shared
 * experts, bias (auxiliary-loss-free) balancing, and the parameter counts of real MoE models.
 *
 * Where its parts are (lib/widgets/routing-lab/, everything that is not React):
 *   params.ts          the knob table, the sentence parser and the presets
 *   tokens.ts          the lab's sentence and toy router logits (tokeniser: lib/data/text.ts)
 *   route.ts, lab.ts   routing of the current settings and the whole lab's state
 *   balancing.ts, cumulative.ts   bias balancing over steps
 *   calculator.ts, model-presets.ts   the parameter calculator and its published models
 *   format.ts          number formatting of the views
 *   views: components/widgets/routing-lab/ · page: app/(site)/playground/routing
 *   registry entry: widget.ts (listed in lib/widgets/registry.ts)
 *
 * This index exports the parameters only (no tfjs): views import the client or the protocol's
 * types directly, never the trainer or the worker (the linter checks it).
 */
export * from './params';
