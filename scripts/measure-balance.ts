// `npx tsx scripts/measure-balance.ts [steps...]`: trains the MoE Playground's real model (the
// worker's trainer, tfjs cpu) on the lesson's presets and seeds and prints the load balance with
// lib/math's one measure (max/mean load, idle experts) and the dropped share. Not a test: the
// committed contrast test is lib/widgets/moe-playground/balance-presets.test.ts.
import * as tf from '@tensorflow/tfjs';
import { loadBalance } from '@/lib/math/load-balance';
import { MOE_KNOBS, MOE_PRESETS } from '@/lib/widgets/moe-playground/params';
import { trainConfigSchema, type TrainConfigInput } from '@/lib/widgets/moe-playground/protocol';
import { createTrainer } from '@/lib/widgets/moe-playground/trainer';

const defaults = Object.fromEntries(MOE_KNOBS.map((k) => [k.key, k.default])) as unknown as TrainConfigInput;
const preset = (id: string) => MOE_PRESETS.find((p) => p.id === id)!.values;

/** The runs the lessons ask for: each balance preset, the lesson's "raise λ to 0.01" and the default K = 2 model. */
const RUNS: Array<{ name: string; values: Partial<TrainConfigInput> }> = [
  { name: 'collapse preset (K1 λ0)', values: preset('collapse') },
  { name: 'collapse+λ0.01 (K1)', values: { ...preset('collapse'), lambda: 0.01 } },
  { name: 'balanced preset (K1 λ0.1)', values: preset('balanced') },
  { name: 'switch preset (K1 λ0.1 CF1.25)', values: preset('switch') },
  { name: 'K2 λ0', values: { lambda: 0 } },
  { name: 'K2 λ0.01 (default)', values: {} },
  { name: 'K2 λ0.1', values: { lambda: 0.1 } },
];

async function main() {
  await tf.setBackend('cpu');
  const args = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const checkpoints = args.length ? args : [1000, 3000];
  const seeds = (process.env.SEEDS ?? '1,2,3').split(',').map(Number);
  const extra = process.env.EXTRA ? (JSON.parse(process.env.EXTRA) as Partial<TrainConfigInput>) : {};
  const only = process.env.ONLY;
  console.log(`extra=${JSON.stringify(extra)}`);
  console.log('run | seed | step | max/mean | idle | verdict | dropped % | acc % | load');
  for (const run of RUNS) {
    if (only && !only.split(",").some((o) => run.name.startsWith(o))) continue;
    for (const seed of seeds) {
      const trainer = createTrainer(trainConfigSchema.parse({ ...defaults, ...run.values, ...extra, seed }));
      let done = 0;
      for (const step of checkpoints) {
        trainer.step(step - done);
        done = step;
        const s = trainer.snapshot();
        const b = loadBalance(s.load);
        console.log(
          [run.name, seed, step, b.maxOverMean.toFixed(2), b.idle, b.verdict, (100 * s.dropped).toFixed(1), (100 * s.accuracy).toFixed(1), s.load.map((x) => x.toFixed(2)).join(' ')].join(' | '),
        );
      }
      trainer.dispose();
    }
  }
}

void main();
