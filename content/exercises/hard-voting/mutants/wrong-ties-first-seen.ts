// Keeps the first class to reach the top count (the first model's vote), not the smaller class id.
export function hardVote(predictions: number[][], weights?: number[]): number[] {
  return predictions[0].map((_, s) => {
    const votes = new Map<number, number>();
    predictions.forEach((row, m) => votes.set(row[s], (votes.get(row[s]) ?? 0) + (weights ? weights[m] : 1)));
    let best = -1;
    let bestVotes = -Infinity;
    for (const [c, count] of votes) {
      if (count > bestVotes) {
        best = c;
        bestVotes = count;
      }
    }
    return best;
  });
}
