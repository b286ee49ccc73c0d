export function hardVote(predictions: number[][], weights?: number[]): number[] {
  // TODO: weighted plurality vote per sample, ties to the smaller class id
  return predictions[0].map((c) => c + (weights ? 0 : 0));
}
