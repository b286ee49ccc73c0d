import { describe, expect, it } from 'vitest';
import { moveFocus, routedTokens, wrapRuns } from './routed-tokens';

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

describe('moveFocus', () => {
  const chars = [...'ab\ncdef\ng'];
  // indices: a0 b1 \n2 c3 d4 e5 f6 \n7 g8
  it('moves one character left and right, clamped, and to the ends', () => {
    expect(moveFocus(chars, 0, 'ArrowLeft')).toBe(0);
    expect(moveFocus(chars, 1, 'ArrowRight')).toBe(2);
    expect(moveFocus(chars, 8, 'ArrowRight')).toBe(8);
    expect(moveFocus(chars, 4, 'Home')).toBe(0);
    expect(moveFocus(chars, 4, 'End')).toBe(8);
  });

  it('moves a line up or down at the same column, clamped to the shorter line', () => {
    expect(moveFocus(chars, 1, 'ArrowDown')).toBe(4); // b (col 1) → d
    expect(moveFocus(chars, 6, 'ArrowUp')).toBe(2); // f (col 3) → line 1 ends at its newline (index 2)
    expect(moveFocus(chars, 5, 'ArrowDown')).toBe(8); // e (col 2) → g, the last line's only character
    expect(moveFocus(chars, 0, 'ArrowUp')).toBe(0);
    expect(moveFocus(chars, 8, 'ArrowDown')).toBe(8);
  });

  it('ignores other keys and an empty text', () => {
    expect(moveFocus(chars, 3, 'a')).toBeNull();
    expect(moveFocus([], 0, 'ArrowRight')).toBeNull();
  });
});

describe('wrapRuns', () => {
  it('keeps words whole, ends a run after a space or line break, and lets each Chinese character wrap', () => {
    const chars = [...'Hi you\n明月，ok'];
    expect(wrapRuns(chars).map((run) => run.map((i) => chars[i]).join(''))).toEqual(['Hi ', 'you\n', '明', '月', '，', 'ok']);
  });
});
