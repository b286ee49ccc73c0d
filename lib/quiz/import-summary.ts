import { attemptKey, compareCards, mergeProgress } from './merge-progress';
import type { Progress } from './progress-schema';

/** What importing a file would change, in counts the preview shows before anything is written. */
export interface ImportSummary {
  answers: {
    here: number;
    inFile: number;
    /** after Merge */
    merged: number;
    /** answers in the file that are not here yet */
    newFromFile: number;
    /** oldest answers Merge drops to stay within MAX_ATTEMPTS */
    dropped: number;
  };
  cards: {
    here: number;
    inFile: number;
    /** after Merge */
    merged: number;
    /** questions with a card on both sides, by which is newer (`compareCards`) */
    newerInFile: number;
    newerHere: number;
    /** equally recent on both sides: Merge keeps the one here */
    sameAge: number;
    onlyInFile: number;
    onlyHere: number;
  };
}

/** Counts for the import preview: the progress here, the file, and what Merge would make of them. */
export function summarizeImport(here: Progress, file: Progress): ImportSummary {
  const merged = mergeProgress(here, file);
  const keysHere = new Set(here.attempts.map(attemptKey));
  const union = new Set([...keysHere, ...file.attempts.map(attemptKey)]);
  const cards = { newerInFile: 0, newerHere: 0, sameAge: 0, onlyInFile: 0, onlyHere: 0 };
  for (const [id, card] of Object.entries(file.cards)) {
    const mine = Object.hasOwn(here.cards, id) ? here.cards[id] : undefined;
    if (mine === undefined) cards.onlyInFile += 1;
    else {
      const order = compareCards(card, mine);
      if (order > 0) cards.newerInFile += 1;
      else if (order < 0) cards.newerHere += 1;
      else cards.sameAge += 1;
    }
  }
  cards.onlyHere = Object.keys(here.cards).filter((id) => !Object.hasOwn(file.cards, id)).length;
  return {
    answers: {
      here: here.attempts.length,
      inFile: file.attempts.length,
      merged: merged.attempts.length,
      newFromFile: union.size - keysHere.size,
      dropped: union.size - merged.attempts.length,
    },
    cards: { here: Object.keys(here.cards).length, inFile: Object.keys(file.cards).length, merged: Object.keys(merged.cards).length, ...cards },
  };
}
