import { chooseBackend } from '@/lib/train/backend';
import { createRunHandler, type RunHandler, type RunHandlerOptions, type RunModel } from '@/lib/train/run-handler';
import { defaultExample, parseExample } from './tasks';
import { transformerConfigSchema, type TransformerCommand, type TransformerConfig, type TransformerSnapshot } from './protocol';
import { createTransformerTrainer, type TransformerTrainer } from './trainer';

type ExampleCommand = Extract<TransformerCommand, { type: 'example' }>;

/**
 * The Tiny Transformer's run. It keeps the learner's example digits across resets (a configure
 * with another length starts from the default example), and answers them in every snapshot.
 */
function transformerRun(): RunModel<TransformerConfig, TransformerTrainer, TransformerSnapshot, object, ExampleCommand> {
  let digits: number[] = [];
  return {
    schema: transformerConfigSchema,
    configure(command, config) {
      const example = (command as { example?: number[] }).example;
      if (example && example.length === config.length) digits = [...example];
    },
    create(config) {
      if (digits.length !== config.length) digits = defaultExample(config.length);
      return createTransformerTrainer(config);
    },
    snapshot: (trainer) => trainer.snapshot(digits),
    transfer: (s) => [s.example.attention.buffer as ArrayBuffer],
    // token accuracy and the training loss: a run sitting at 100 % with a flat loss stops by itself
    progress: (s) => ({ step: s.step, accuracy: s.accuracy, loss: s.loss }),
    divergence(trainer, s) {
      if (!trainer.diverged() && Number.isFinite(s.loss)) return null;
      return { message: `The training loss blew up (NaN, infinite or over 10× a uniform guess) by step ${s.step}; try a smaller learning rate.` };
    },
    chooseBackend: (config) => chooseBackend(() => createTransformerTrainer(config)),
    // One measurement per worker: every Tiny Transformer is small enough to rank the backends alike.
    recalibrate: () => false,
    command(command, run) {
      const parsed = run.config ? parseExample(command.digits.join(''), run.config.length) : { error: 'no model yet' };
      if ('error' in parsed) return run.fail(new Error(`Invalid example: ${parsed.error}`));
      digits = parsed.digits;
      // While training, the next regular snapshot shows it; otherwise answer now.
      if (!run.running && run.trainer && !run.diverged) run.emit();
    },
  };
}

/** The Tiny Transformer worker's message handler (see run-handler.ts for the protocol). */
export function createTransformerHandler(options: RunHandlerOptions<TransformerConfig, TransformerSnapshot, object>): RunHandler<TransformerCommand> {
  return createRunHandler(transformerRun(), options) as RunHandler<TransformerCommand>;
}
