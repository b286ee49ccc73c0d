import { ENSEMBLE_KNOBS, parseEnsembleParams } from '@/lib/params/ensemble-lab';
import { attentionParamsProblems } from '@/lib/params/attention-explorer';
import { MOE_KNOBS, parseMoeParams } from '@/lib/params/moe-playground';
import { RUN_KNOBS } from '@/lib/params/run-knobs';

/** Keys an embed accepts besides a widget's own knobs (the embed protocol). */
const EMBED_KEYS = ['lock'];

/** Checks a lesson's widget query string: returns the problems found (empty when it is valid). */
type ParamsCheck = (search: URLSearchParams) => string[];

function checkMoePlayground(search: URLSearchParams): string[] {
  const known = new Set<string>([...MOE_KNOBS.map((k) => k.key), ...RUN_KNOBS.map((k) => k.key), ...EMBED_KEYS]);
  const problems = [...new Set(search.keys())].filter((key) => !known.has(key)).map((key) => `unknown parameter "${key}"`);
  const lockable = new Set<string>([...MOE_KNOBS.map((k) => k.key), 'preset']);
  for (const key of (search.get('lock') ?? '').split(',').filter(Boolean)) {
    if (!lockable.has(key)) problems.push(`lock: "${key}" is not a knob`);
  }
  return problems.concat(parseMoeParams(search).notices);
}

function checkEnsembleLab(search: URLSearchParams): string[] {
  const keys = ENSEMBLE_KNOBS.map((k) => k.key as string);
  const known = new Set<string>([...keys, ...EMBED_KEYS]);
  const problems = [...new Set(search.keys())].filter((key) => !known.has(key)).map((key) => `unknown parameter "${key}"`);
  for (const key of (search.get('lock') ?? '').split(',').filter(Boolean)) {
    if (!keys.includes(key)) problems.push(`lock: "${key}" is not a knob`);
  }
  return problems.concat(parseEnsembleParams(search).notices);
}

/** A params check for every widget a lesson may embed; a ready widget without one cannot be embedded. */
export const WIDGET_PARAM_CHECKS: Readonly<Record<string, ParamsCheck>> = {
  'moe-playground': checkMoePlayground,
  'ensemble-lab': checkEnsembleLab,
  'attention-explorer': attentionParamsProblems,
};
