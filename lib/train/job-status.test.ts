import { describe, expect, it } from 'vitest';
import { jobStatus } from './job-status';
import { createRunIntent } from './run-intent';

describe('jobStatus', () => {
  it('is the status the run intent of a job (trainOnConfigure, finalStatuses) gives every snapshot of a run', () => {
    const until = 10;
    for (const autoplay of [false, true])
      for (const step of [0, 1, 9, 10, 11])
        for (const running of [false, true]) {
          const intent = createRunIntent(autoplay, true);
          intent.configured();
          expect(jobStatus({ step, running }, until), `step ${step} running ${running}`).toBe(intent.snapshot({ step, running }, until, true));
        }
  });

  it('reads a finished job as done, a stopped one short of until as paused, and a fresh run as training', () => {
    expect(jobStatus({ step: 10, running: false }, 10)).toBe('done');
    expect(jobStatus({ step: 4, running: false }, 10)).toBe('paused');
    expect(jobStatus({ step: 0, running: false }, 10)).toBe('training');
    expect(jobStatus({ step: 4, running: true }, 10)).toBe('training');
  });
});
