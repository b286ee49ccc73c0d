import { t as english } from '@/lib/i18n';
import type { Translate } from '@/lib/params/knobs';
import type { CalculatorParams } from './params';

/** "1 token", "16 tokens" / "16 个词元": a count of tokens in the page's words. */
export function tokenCount(n: number, t: Translate = english): string {
  return t(n === 1 ? 'calc.tokens.one' : 'calc.tokens', { n });
}

/** The placeholders of the calculator's catalog labels (calc.figure.<id>, calc.headline.<id>). */
export function figureLabelVars(params: CalculatorParams, gpuName: string, id: string, t: Translate = english): Record<string, string | number> {
  const n = id === 'a2a-prefill' ? params.batch * params.context : params.batch;
  return { dtype: params.dtype, batch: params.batch, context: params.context, gpu: gpuName, tokens: tokenCount(n, t) };
}
