import type { CalculatorParams } from './params';
import { plural } from './format';

/**
 * The placeholders of the calculator's catalog labels (calc.figure.<id>, calc.headline.<id>):
 * English fills `tokens` (a plural), Chinese `n`. view.ts builds the same English labels itself;
 * labels.test.ts checks that the catalog's English says exactly what it says.
 */
export function figureLabelVars(params: CalculatorParams, gpuName: string, id: string): Record<string, string | number> {
  const n = id === 'a2a-prefill' ? params.batch * params.context : params.batch;
  return { dtype: params.dtype, batch: params.batch, context: params.context, gpu: gpuName, n, tokens: plural(n, 'token') };
}
