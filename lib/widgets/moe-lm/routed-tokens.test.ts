import { describe, expect, it } from 'vitest';
import { routedTokens } from './routed-tokens';

const route = (expert: number, dropped = false) => ({ expert, probs: expert === 0 ? [0.7, 0.3] : [0.2, 0.8], dropped });

describe('routedTokens', () => {
  it('picks the shown layer and shows vocabulary misses as <unk>', () => {
    const tokens = routedTokens(['a', '😀', '\n'], [5, 0, 1], [[route(0), route(1)], [route(1), route(0, true)], [route(0), route(0)]], 1);
    expect(tokens).toEqual([
      { char: 'a', unknown: false, expert: 1, probs: [0.2, 0.8], dropped: false },
      { char: '<unk>', unknown: true, expert: 0, probs: [0.7, 0.3], dropped: true },
      { char: '\n', unknown: false, expert: 0, probs: [0.7, 0.3], dropped: false },
    ]);
  });

  it('refuses mismatched lengths and a layer the routes do not have', () => {
    expect(() => routedTokens(['a'], [1, 2], [[route(0)]], 0)).toThrow(/same length/);
    expect(() => routedTokens(['a'], [1], [[route(0)]], 1)).toThrow(/no routing for layer 1/);
  });
});
