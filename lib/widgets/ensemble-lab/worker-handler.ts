import { ensembleConfigSchema, resultTransferables, type EnsembleCommand, type EnsembleEvent } from './protocol';
import { trainEnsembleLab } from './train';

/** Creates the worker's handler: one run at a time; a newer `train` cancels the older one at its next pause. */
export function createEnsembleHandler(options: { post(event: EnsembleEvent, transfer: Transferable[]): void; init?(): Promise<void> }) {
  let latest = -1;
  let ready: Promise<void> | null = null;
  const pause = (runId: number) => new Promise<boolean>((resolve) => setTimeout(() => resolve(runId === latest), 0));

  async function train(runId: number, raw: unknown): Promise<void> {
    const parsed = ensembleConfigSchema.safeParse(raw);
    if (!parsed.success) {
      options.post({ type: 'error', runId, message: `Invalid config: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` }, []);
      return;
    }
    try {
      ready ??= options.init?.() ?? Promise.resolve();
      await ready;
      if (runId !== latest) return;
      const result = await trainEnsembleLab(parsed.data, {
        progress: (stage, share) => options.post({ type: 'progress', runId, stage, share }, []),
        pause: () => pause(runId),
      });
      if (result && runId === latest) options.post({ type: 'result', runId, ...result }, resultTransferables(result));
    } catch (error) {
      options.post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  return {
    handle(command: EnsembleCommand): Promise<void> {
      if (command.runId < latest) return Promise.resolve();
      latest = command.runId;
      if (command.type === 'dispose') return Promise.resolve();
      return train(command.runId, command.config);
    },
  };
}
