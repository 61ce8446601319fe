import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  neutralizeFormula,
  restoreNeutralizedText,
  startsLikeFormula,
} from '../../../shared/lib/neutralizeFormula';

describe('neutralizeFormula', () => {
  it('puts an apostrophe before texts a spreadsheet would read as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","点击")')).toBe(
      '\'=HYPERLINK("http://x","点击")',
    );
    expect(neutralizeFormula("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
    expect(neutralizeFormula('-2+3')).toBe("'-2+3");
    expect(neutralizeFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('\r=1')).toBe("'\r=1");
    expect(neutralizeFormula('＝１＋１')).toBe("'＝１＋１");
  });

  it('leaves plan texts that are not formulas alone', () => {
    for (const text of [
      '957.14',
      '[-0.05]',
      '7 左右',
      '4.5 以内',
      '',
      "'",
      "'abc",
      ' =1',
      '统计局',
    ]) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });

  it('marks the common 「--」 (no value) of the plans, which begins with a minus', () => {
    expect(neutralizeFormula('--')).toBe("'--");
    expect(restoreNeutralizedText("'--")).toBe('--');
  });

  it('adds one more apostrophe to a text already quoted, so the original comes back', () => {
    expect(neutralizeFormula("'=1")).toBe("''=1");
    expect(restoreNeutralizedText("''=1")).toBe("'=1");
    expect(restoreNeutralizedText("'abc")).toBe("'abc");
  });

  it('round-trips any text and never leaves a formula start', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(
          fc.stringMatching(/^'{0,3}$/),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', 'a', ''),
          fc.string({ maxLength: 6 }),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (original) => {
        const written = neutralizeFormula(original);
        expect(startsLikeFormula(written)).toBe(false);
        expect(restoreNeutralizedText(written)).toBe(original);
      }),
      { numRuns: 2000 },
    );
  });
});
