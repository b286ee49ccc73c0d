// Indexes the weights by sample (weights[s]) instead of by model (weights[m]).
export function hardVote(predictions: number[][], weights?: number[]): number[] {
  return predictions[0].map((_, s) => {
    const votes = new Map<number, number>();
    predictions.forEach((row) => votes.set(row[s], (votes.get(row[s]) ?? 0) + (weights ? (weights[s] ?? 0) : 1)));
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
