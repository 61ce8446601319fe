import { describe, expect, it } from 'vitest';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { startsLikeFormula } from '../../../shared/lib/neutralizeFormula';
import { makeActual } from '../../helpers/makeIndicator';
import { readPackageCells } from '../../helpers/xlsxPackageCells';
import {
  fillCells,
  gdp,
  industryGrowth,
  now,
  patents,
  plan,
  unemployment,
  years,
} from './xlsxDataTemplateFixture';

// Texts that arrive from other people (pasted plans, edited names) and a negative growth rate.
const indicators = [
  { ...gdp, departments: ['=HYPERLINK("http://example.com","统计局")'] },
  { ...industryGrowth, name: '-规模以上工业增加值增速', departments: ['@市工信局'] },
  { ...patents, category: '+创新驱动' },
  unemployment,
];
const existing = [
  makeActual('seed-jdz-14/002', 2021, -3.2, 'value', { status: '年报数' }),
  makeActual('seed-jdz-14/001', 2022, 1200.5, 'value', { status: '快报数' }),
];

const bytes = await buildDataTemplate(plan, indicators, existing, { years, now });
const cells = readPackageCells(bytes);

describe('buildDataTemplate against formula injection', () => {
  it('writes no formula, and formula-like texts as plain string cells without an apostrophe', () => {
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    const formulaLike = cells.filter((cell) => cell.type !== '' && startsLikeFormula(cell.text));
    expect(formulaLike.map((cell) => [cell.address, cell.type, cell.text])).toEqual([
      ['E5', 's', '=HYPERLINK("http://example.com","统计局")'],
      ['C6', 's', '-规模以上工业增加值增速'],
      ['E6', 's', '@市工信局'],
      ['B7', 's', '+创新驱动'],
    ]);
  });

  it('keeps the negative value a number cell', () => {
    expect(cells.find((cell) => cell.address === 'G6')).toMatchObject({ type: '', text: '-3.2' });
  });

  it('reads its own values back unchanged, and a typed negative value as a number', () => {
    const unchanged = importDataTemplate(bytes, 'a.xlsx', plan, indicators, existing);
    expect(unchanged.ok && unchanged.value.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
      invalid: 0,
    });
    const filled = fillCells(bytes, { K6: -1.5 });
    const result = importDataTemplate(filled, 'a.xlsx', plan, indicators, existing);
    expect(
      result.ok &&
        result.value.toWrite.map((value) => [
          value.indicatorId,
          value.year,
          value.measure,
          value.value,
        ]),
    ).toEqual([['seed-jdz-14/002', 2022, 'growth', -1.5]]);
  });
});
