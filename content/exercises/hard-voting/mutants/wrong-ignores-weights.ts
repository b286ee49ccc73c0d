// Counts one vote per model even when weights are given.
export function hardVote(predictions: number[][], _weights?: number[]): number[] {
  return predictions[0].map((_, s) => {
    const votes = new Map<number, number>();
    predictions.forEach((row) => votes.set(row[s], (votes.get(row[s]) ?? 0) + 1));
    let best = -1;
    let bestVotes = -Infinity;
    for (const [c, count] of votes) {
      if (count > bestVotes || (count === bestVotes && c < best)) {
        best = c;
        bestVotes = count;
      }
    }
    return best;
  });
}
