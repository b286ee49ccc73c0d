// Lets each token be taken by one expert only (greedy, expert by expert); in expert choice several experts may take it.
export function expertChoice(probs: number[][], capacity: number): number[][] {
  const taken = new Set<number>();
  return probs[0].map((_, e) => {
    const column = probs.map((row) => row[e]);
    const free = column.map((_, t) => t).filter((t) => !taken.has(t));
    const chosen = free.sort((a, b) => column[b] - column[a] || a - b).slice(0, capacity);
    chosen.forEach((t) => taken.add(t));
    return chosen;
  });
}
