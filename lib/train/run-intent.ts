/** idle | training | paused | diverged, plus done / error where the widget reports them. */
export type RunStatus = 'idle' | 'training' | 'paused' | 'done' | 'diverged' | 'error';

/** What the page knows of a snapshot when it decides what to show and whether to keep training. */
export interface SnapshotFacts {
  step: number;
  running: boolean;
}

/**
 * Whether the learner wants the model to train, kept on the page across runs: a knob change sends
 * `configure` (a new run, paused at step 0) and, when the learner wants training, a `start` right
 * behind it. The worker answers the configure with a step-0 snapshot that is not running, before
 * it handles that start: such a snapshot must not end the wish to train, or the *next* knob change
 * would send no start and the widget would drop to "Ready · Step 0" (issue 21, item 1). Only a
 * stopped snapshot past step 0 (pause, a single step, `until`, a plateau) ends it.
 *
 * `trainOnConfigure` is for a run that is a job (the Ensembles Lab's: train to `until`, with no
 * play button): every configure wants training, even after the previous run finished.
 */
export function createRunIntent(autoplay: boolean, trainOnConfigure = false) {
  let want = false;
  let autoplayOnce = autoplay;
  return {
    get wantsTraining() {
      return want;
    },
    play() {
      want = true;
    },
    /** Pause, reset, divergence: the learner (or the run) stopped training. */
    stop() {
      want = false;
    },
    /** A new configuration was sent: whether to send `start` behind it. */
    configured(): boolean {
      if (autoplayOnce || trainOnConfigure) want = true;
      autoplayOnce = false;
      return want;
    },
    /** The status a snapshot shows; a stopped snapshot past step 0 ends the wish to train. */
    snapshot(s: SnapshotFacts, until: number, finalStatuses: boolean): RunStatus {
      let status: RunStatus;
      if (s.running) status = 'training';
      else if (finalStatuses && until > 0 && s.step >= until) status = 'done';
      // A fresh run's first snapshot: its start is queued behind it when the learner wants training.
      else if (s.step === 0) status = want ? 'training' : 'idle';
      else status = 'paused';
      if (!s.running && s.step > 0) want = false;
      return status;
    },
  };
}

export type RunIntent = ReturnType<typeof createRunIntent>;
