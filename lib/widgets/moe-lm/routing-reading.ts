/**
 * One plain sentence that reads the routing table: does an expert own a source (a language, or
 * code)? Does one own a kind of character (spaces, punctuation, digits…)? It says only what the
 * shares show, with the thresholds below; it never names a cause. Two cautions are built in:
 * Chinese is also its own script, so an expert that owns the Chinese text may be owning a kind of
 * token (Han characters) as much as a language; and the learner is meant to compare the source
 * clause with the character clause, since large MoE language models were found to split tokens
 * by type and syntax more than by domain.
 */
import type { LmSourceId } from '@/lib/data/lm-corpus';
import { t as english, type MessageKey } from '@/lib/i18n';
import type { Translate } from '@/lib/widgets/entry';
import type { CharClass } from './char-classes';
import type { RoutingSummary } from './routing-summary';

/** A source or class is read only with at least this many characters (fewer: a handful of characters could make any pattern). */
export const MIN_SOURCE_TOKENS = 20;
export const MIN_CLASS_TOKENS = 10;
/** An expert owns a group when it takes at least half of the group's characters… */
export const OWN_SHARE = 0.5;
/** …and at most a third as large a share of any other source's characters (or of all other characters, for a class). */
export const OWN_CONTRAST = 1 / 3;
/** Short of owning, an expert leans to a source when its share there is at least 15 points above its share in every other source. */
export const LEAN_GAP = 0.15;

export interface SourceFinding {
  /** owns: OWN_SHARE and OWN_CONTRAST met; leans: lead ≥ LEAN_GAP; none: neither; tooFew: fewer than two sources with MIN_SOURCE_TOKENS. */
  kind: 'owns' | 'leans' | 'none' | 'tooFew';
  /** The (expert, source) pair with the largest lead: its share of that source minus its largest share of another source. */
  expert: number;
  source: LmSourceId;
  share: number;
  otherMax: number;
  lead: number;
}

export interface ClassFinding {
  kind: 'owns' | 'none';
  /** Set when kind is 'owns'. */
  expert?: number;
  charClass?: CharClass;
  share?: number;
  /** The expert's share of all characters outside the class. */
  rest?: number;
}

export interface RoutingReading {
  sentence: string;
  source: SourceFinding | null;
  charClass: ClassFinding | null;
}

const pct = (x: number) => Math.round(x * 100);

function readSources(summary: RoutingSummary): SourceFinding {
  const rows = summary.sources.filter((r) => r.tokens >= MIN_SOURCE_TOKENS);
  let best: SourceFinding = { kind: 'tooFew', expert: 0, source: summary.sources[0].id, share: 0, otherMax: 0, lead: -Infinity };
  if (rows.length < 2) return { ...best, lead: 0 };
  for (let e = 0; e < summary.numExperts; e++) {
    for (const row of rows) {
      const share = row.shares[e];
      const otherMax = Math.max(...rows.filter((r) => r !== row).map((r) => r.shares[e]));
      const lead = share - otherMax;
      if (lead > best.lead) best = { kind: 'none', expert: e, source: row.id, share, otherMax, lead };
    }
  }
  const kind = best.share >= OWN_SHARE && best.otherMax <= OWN_CONTRAST * best.share ? 'owns' : best.lead >= LEAN_GAP ? 'leans' : 'none';
  return { ...best, kind };
}

function readClasses(summary: RoutingSummary, skip: { expert: number; charClass: CharClass } | null): ClassFinding {
  let best: Required<ClassFinding> | null = null;
  const total = summary.classes.reduce((n, c) => n + c.tokens, 0);
  for (const row of summary.classes) {
    // 'other' is a grab bag (<unk>, emoji, other scripts): an expert owning it says nothing about a kind of token
    if (row.id === 'other' || row.tokens < MIN_CLASS_TOKENS || total - row.tokens === 0) continue;
    for (let e = 0; e < summary.numExperts; e++) {
      if (skip && skip.expert === e && skip.charClass === row.id) continue;
      const share = row.shares[e];
      const elsewhere = summary.classes.filter((c) => c !== row).reduce((n, c) => n + c.tokens * c.shares[e], 0);
      const rest = elsewhere / (total - row.tokens);
      if (share >= OWN_SHARE && rest <= OWN_CONTRAST * share && (!best || share - rest > best.share - best.rest)) {
        best = { kind: 'owns', expert: e, charClass: row.id, share, rest };
      }
    }
  }
  return best ?? { kind: 'none' };
}

const SOURCE_KEYS: Record<SourceFinding['kind'], MessageKey> = {
  owns: 'lmStats.reading.sourceOwns',
  leans: 'lmStats.reading.sourceLeans',
  none: 'lmStats.reading.sourceNone',
  tooFew: 'lmStats.reading.tooFew',
};

/** The routing table → one sentence (and the findings it reads). */
/** `t`: the page's (useT); English by default. */
export function readRouting(summary: RoutingSummary, t: Translate = english): RoutingReading {
  if (summary.numExperts < 2) return { sentence: t('lmStats.reading.dense'), source: null, charClass: null };
  const source = readSources(summary);
  if (source.kind === 'tooFew') return { sentence: t('lmStats.reading.tooFew', { min: MIN_SOURCE_TOKENS }), source, charClass: null };
  // An expert that owns the Chinese text owns the Han characters with it: the class clause would say the same thing twice.
  const skip = source.kind === 'owns' && source.source === 'zh' ? { expert: source.expert, charClass: 'cjk' as const } : null;
  const charClass = readClasses(summary, skip);
  const sourceVars = { expert: source.expert + 1, source: t(`lmStats.sourceName.${source.source}`), share: pct(source.share), other: pct(source.otherMax), gap: Math.max(0, pct(source.lead)) };
  const key = source.kind === 'owns' && source.source === 'zh' ? 'lmStats.reading.sourceOwnsScript' : SOURCE_KEYS[source.kind];
  const classPart =
    charClass.kind === 'owns'
      ? t('lmStats.reading.classOwns', { expert: charClass.expert! + 1, class: t(`lmStats.classNoun.${charClass.charClass!}`), share: pct(charClass.share!), rest: pct(charClass.rest!) })
      : t('lmStats.reading.classNone');
  return { sentence: `${t(key, sourceVars)}${classPart}`, source, charClass };
}
