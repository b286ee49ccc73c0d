/**
 * The routing table of the MoE Language Model: routed samples of each source (a few held-out
 * windows) → per source the share of its characters per expert and how often a character goes
 * to its predecessor's expert, and the same shares per character class, which is what tells a
 * specialisation by language from one by token type.
 */
import { LM_SOURCE_IDS, type LmSourceId } from '@/lib/data/lm-corpus';
import { groupShares, routingTable, type GroupShares, type SourceRouting } from '@/lib/math/routing-stats';
import { CHAR_CLASSES, charClass, type CharClass } from './char-classes';

/** A routed text of one source: its characters and the top-1 expert of each in one layer. */
export interface RoutedSample {
  source: LmSourceId;
  chars: readonly string[];
  experts: readonly number[];
}

export interface RoutingSummary {
  numExperts: number;
  /** One row per LM_SOURCE_IDS, in that order (tokens 0 when a source has no sample). */
  sources: Array<SourceRouting & { id: LmSourceId }>;
  /** One row per CHAR_CLASSES, in that order, over all sources together. */
  classes: Array<GroupShares & { id: CharClass }>;
}

/** Routed samples (one layer) → the routing table per source and per character class. */
export function summarizeRouting(samples: readonly RoutedSample[], numExperts: number): RoutingSummary {
  for (const s of samples) {
    if (s.chars.length !== s.experts.length) throw new RangeError(`a ${s.source} sample has ${s.chars.length} characters but ${s.experts.length} experts`);
  }
  const sourceIndex = (id: LmSourceId) => LM_SOURCE_IDS.indexOf(id);
  const rows = routingTable(
    samples.map((s) => ({ group: sourceIndex(s.source), experts: s.experts })),
    LM_SOURCE_IDS.length,
    numExperts,
  );
  const classIndex = samples.flatMap((s) => s.chars.map((c) => CHAR_CLASSES.indexOf(charClass(c))));
  const experts = samples.flatMap((s) => [...s.experts]);
  const classes = groupShares(classIndex, experts, CHAR_CLASSES.length, numExperts);
  return {
    numExperts,
    sources: rows.map((r, i) => ({ ...r, id: LM_SOURCE_IDS[i] })),
    classes: classes.map((r, i) => ({ ...r, id: CHAR_CLASSES[i] })),
  };
}
