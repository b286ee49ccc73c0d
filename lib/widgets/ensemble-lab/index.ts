/**
 * The Ensembles Lab: bagging, boosting, voting and stacking trained live, and the same experts
 * combined as an ensemble and as an MoE. Members are trained in a worker; combining them is lib/math,
 * so moving the M slider or the combiner needs no retraining.
 *
 * Where its parts are (lib/widgets/ensemble-lab/, everything that is not React):
 *   params.ts          the knob table (the worker's schema takes its training knobs from it)
 *   options.ts         methods, combiners and the number of members
 *   protocol.ts        worker messages (the run runtime's, lib/train) and results
 *   train.ts, train-data.ts   the members and the MoE (tfjs, lib/tf), trained unit by unit, and their data (lib/data)
 *   worker-handler.ts, ensemble.worker.ts, client.ts   the worker (a RunModel for lib/train/run-handler.ts) and the page side
 *   combine.ts, view.ts   combining members and what the views show
 *   views: components/widgets/ensemble-lab/ · page: app/(site)/playground/ensembles
 *   registry entry: widget.ts (listed in lib/widgets/registry.ts)
 *
 * This index exports the parameters only (no tfjs): views import the client or the protocol's
 * types directly, never the trainer or the worker (the linter checks it).
 */
export * from './params';
