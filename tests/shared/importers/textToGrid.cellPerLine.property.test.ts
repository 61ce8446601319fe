/**
 * Issue 11: a table written one cell per line — without marks, with a trailing `|` (a bare `|`
 * for an empty cell), or with a blank line between cells — is cut back into exactly its rows,
 * every empty cell in its column. Generated tables with empty value cells anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textToGrid } from '../../../shared/importers/textToGrid';

const HEADER = ['类别', '指标', '基期值', '目标值', '年均/累计增长(%)', '属性'];
const NAMES = [
  '地区生产总值（亿元）',
  '全员劳动生产率（万元/人）',
  '森林覆盖率（%）',
  '常住人口城镇化率',
];
const VALUES = ['957.14', '[7.66]', '--', '7 左右', '保持稳定', '>6.5', ''];

const row = fc.tuple(
  fc.constantFrom('综合质效', '创新驱动', '民生福祉'),
  fc.constantFrom(...NAMES),
  fc.constantFrom(...VALUES),
  fc.constantFrom(...VALUES),
  fc.constantFrom(...VALUES),
  fc.constantFrom('预期性', '约束性'),
);

type Style = 'cellPerLine' | 'pipe' | 'blankBetweenCells';

function render(rows: readonly (readonly string[])[], style: Style): string {
  const mark = style === 'pipe' ? '|' : '';
  const gap = style === 'blankBetweenCells' ? '\n' : '';
  const blocks = [HEADER, ...rows].map((cells) =>
    cells.map((cell) => `${cell}${mark}`).join(`\n${gap}`),
  );
  return ['某市规划主要指标表', blocks.join('\n\n'), '', '注：1.[ ]为累计数'].join('\n');
}

describe('one cell per line cut back into rows', () => {
  for (const style of ['cellPerLine', 'pipe', 'blankBetweenCells'] as const) {
    it(`keeps every cell in its column (${style})`, () => {
      fc.assert(
        fc.property(fc.array(row, { minLength: 3, maxLength: 12 }), (rows) => {
          const text = render(rows, style);
          const lines = text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
          const grid = textToGrid(lines);
          expect(grid?.rows).toStrictEqual([
            ['某市规划主要指标表'],
            HEADER,
            ...rows.map((cells) => [...cells]),
            ['注：1.[ ]为累计数'],
          ]);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('gives each row the line its first cell is on', () => {
    const text = render(
      [
        ['综合质效', '森林覆盖率（%）', '', '60', '', '约束性'],
        ['综合质效', '常住人口城镇化率', '70', '', '[5]', '预期性'],
        ['创新驱动', '地区生产总值（亿元）', '', '', '', '预期性'],
      ],
      'cellPerLine',
    );
    const lines = text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
    expect(textToGrid(lines)?.lines).toStrictEqual([1, 2, 9, 16, 23, 30]);
  });
});
