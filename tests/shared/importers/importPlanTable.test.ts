import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlanTable } from '../../../shared/importers/importPlanTable';
import { essentials, MAIN_SEEDS, read, readSeed, seedRows, tabText } from './seedTableText';

describe('importPlanTable: the failures of issue 11, on the built-in tables', () => {
  it.each(MAIN_SEEDS)('reads %s with a 序号 column and year headers, every row', (key) => {
    const seed = readSeed(key);
    const header = ['序号', '类别', '指标', '2020年', '2025年', '年均/累计', '属性'];
    const text = tabText(
      header,
      seedRows(seed, ['seq', 'category', 'nameWithUnit', 'base', 'target', 'growth', 'attribute']),
    );
    const read1 = read(`“十四五”时期主要指标\n${text}`);
    expect(read1.columns.map((item) => item.role)).toEqual([
      'seq',
      'category',
      'name',
      'base',
      'target',
      'growth',
      'attribute',
    ]);
    expect(read1.columns[3]).toMatchObject({ header: '2020年', year: 2020, source: 'header' });
    expect(essentials(read1.bundle.indicators)).toEqual(essentials(seed.indicators));
    expect(read1.period).toMatchObject({ periodLabel: '十四五', baseYear: 2020, targetYear: 2025 });
    expect(read1.fates.filter((fate) => fate.fate === 'indicator')).toHaveLength(
      seed.indicators.length,
    );
    expect(read1.issues).toEqual([]);
  });

  it.each(MAIN_SEEDS)('reads %s with a separate 单位 column and no base column', (key) => {
    const seed = readSeed(key);
    const header = ['类别', '指标名称', '计量单位', '2025年目标', '年均增长[累计]', '指标属性'];
    const text = tabText(
      header,
      seedRows(seed, ['category', 'name', 'unit', 'target', 'growth', 'attribute']),
    );
    const result = read(text);
    expect(result.columns.map((item) => item.role)).toEqual([
      'category',
      'name',
      'unit',
      'target',
      'growth',
      'attribute',
    ]);
    const expected = essentials(seed.indicators).map((item) => ({ ...item, baseRaw: '' }));
    expect(essentials(result.bundle.indicators)).toEqual(expected);
  });

  it('reads a table without 属性: attribute flagged for the user, 约束性 where the notes say so', () => {
    const seed = readSeed('jdz-14');
    const header = ['类别', '指标', '2020年', '2025年', '年均/累计'];
    const rows = seedRows(seed, ['category', 'nameWithUnit', 'base', 'target', 'growth']);
    const text = `${tabText(header, rows)}\n注：1.单位GDP能源消耗降幅为约束性指标。`;
    const result = read(text);
    expect(result.columns.map((item) => item.role)).toEqual([
      'category',
      'name',
      'base',
      'target',
      'growth',
    ]);
    expect(result.bundle.indicators).toHaveLength(31);
    const energy = result.bundle.indicators.find((item) => item.name === '单位GDP能源消耗降幅');
    expect(energy?.attribute).toBe('约束性');
    const gdp = result.bundle.indicators[0];
    expect(gdp?.attribute).toBeNull();
    expect(gdp?.warnings.map((warning) => warning.message)).toContain(
      '「地区生产总值（GDP）」行没有属性（预期性/约束性）：已留空（待填），请在复核时或在规划的指标表中填写',
    );
    expect(result.issues.map((issue) => issue.message)).toContain(
      '表中没有「属性」列：各指标的属性留空（待填），表注写明约束性的按约束性导入，请逐项填写',
    );
  });

  it('reads one cell per line with a trailing | and a bare | for an empty cell', () => {
    const seed = readSeed('cj-14');
    const header = ['类别', '指标', '2020年', '2025年', '年均/累计', '属性'];
    const rows = seedRows(seed, [
      'category',
      'nameWithUnit',
      'base',
      'target',
      'growth',
      'attribute',
    ]);
    const text = [header, ...rows]
      .flat()
      .map((cell) => `${cell} |`)
      .join('\n');
    const result = read(text);
    expect(essentials(result.bundle.indicators)).toEqual(essentials(seed.indicators));
  });

  it('reads a markdown pipe table with a two-row group header “十四五”目标 over 2025年 | 年均[累计]', () => {
    const seed = readSeed('fz-14');
    const rows = seedRows(seed, [
      'category',
      'nameWithUnit',
      'base',
      'target',
      'growth',
      'attribute',
    ]);
    const text = [
      '| 类别 | 指标 | 2020年 | “十四五”目标 | “十四五”目标 | 属性 |',
      '|---|---|---|---|---|---|',
      '| 类别 | 指标 | 2020年 | 2025年 | 年均[累计] | 属性 |',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
    const result = read(text);
    expect(result.headerRows).toEqual([0, 1]);
    expect(result.columns.map((item) => [item.role, item.header])).toEqual([
      ['category', '类别'],
      ['name', '指标'],
      ['base', '2020年'],
      ['target', '“十四五”目标 2025年'],
      ['growth', '“十四五”目标 年均[累计]'],
      ['attribute', '属性'],
    ]);
    expect(essentials(result.bundle.indicators)).toEqual(essentials(seed.indicators));
  });

  it('reads a 十三五 main table: period and years from the title and header', () => {
    const seed = readSeed('jdz-14');
    const header = ['类别', '指标', '2015年', '2020年', '年均/累计', '属性'];
    const text = `“十三五”时期经济社会发展主要指标\n${tabText(header, seedRows(seed, ['category', 'nameWithUnit', 'base', 'target', 'growth', 'attribute']))}`;
    const result = read(text);
    expect(result.period).toEqual({
      periodLabel: '十三五',
      baseYear: 2015,
      targetYear: 2020,
      source: '标题「十三五」',
    });
    expect(result.bundle.plan).toMatchObject({
      periodLabel: '十三五',
      baseYear: 2015,
      targetYear: 2020,
    });
    expect(result.columns.map((item) => item.role)).toEqual([
      'category',
      'name',
      'base',
      'target',
      'growth',
      'attribute',
    ]);
    expect(
      result.bundle.indicators.every((item) => item.base.year === 2015 || item.base.isOtherYear),
    ).toBe(true);
  });

  it('reads an annual plan: last year’s actual is the base, this year’s target the target', () => {
    const text = [
      '2024年国民经济和社会发展计划主要指标',
      '指标\t单位\t2023年完成\t2024年目标\t属性',
      '地区生产总值增长\t%\t4.1\t5左右\t预期性',
      '城镇调查失业率\t%\t5.2\t5.5以内\t预期性',
      '单位GDP能耗降低\t%\t3.1\t完成省下达任务\t约束性',
    ].join('\n');
    const result = read(text);
    expect(result.period).toMatchObject({
      periodLabel: '2024年',
      baseYear: 2023,
      targetYear: 2024,
    });
    expect(result.columns.map((item) => item.role)).toEqual([
      'name',
      'unit',
      'base',
      'target',
      'attribute',
    ]);
    expect(
      result.bundle.indicators.map((item) => [item.name, item.unit, item.baseRaw, item.targetRaw]),
    ).toEqual([
      ['地区生产总值增长', '%', '4.1', '5左右'],
      ['城镇调查失业率', '%', '5.2', '5.5以内'],
      ['单位GDP能耗降低', '%', '3.1', '完成省下达任务'],
    ]);
  });

  it('keeps 2035年远景 and 十三五实际 columns in the remarks, not evaluated', () => {
    const text = [
      '类别\t指标\t十三五实际增长\t2020年\t2025年\t2035年远景目标\t年均增长\t属性',
      '经济发展\t地区生产总值（亿元）\t7.4\t957\t1200\t翻一番\t7左右\t预期性',
    ].join('\n');
    const result = read(text);
    expect(result.columns.map((item) => item.role)).toEqual([
      'category',
      'name',
      'keep',
      'base',
      'target',
      'keep',
      'growth',
      'attribute',
    ]);
    expect(result.bundle.indicators[0]?.remarks).toBe(
      '十三五实际增长：7.4；2035年远景目标：翻一番',
    );
  });
});

describe('importPlanTable: rows by meaning (issue 11, item 4)', () => {
  it('makes sub-group rows a group, footnote marks notes, 。 a decimal point', () => {
    const text = [
      '类别\t指标\t2020年\t2025年\t年均/累计\t属性',
      '绿色生态\t1。空气质量\t\t\t\t',
      '\t城市2空气质量优良天数比率（%）\t９１。２\t92\t〔0.8〕\t约束性',
      '\t细颗粒物浓度[3]（微克/立方米）\t35\t33\t|\t约束性',
      '\t森林发展\t\t\t\t',
      '\t森林覆盖率（%）\t66.3\t66.3\t保持稳定\t约束性',
      '注：1.略；2.按地级及以上城市计算；3.年均值。',
    ].join('\n');
    const result = read(text);
    expect(
      result.bundle.indicators.map((item) => [
        item.category,
        item.name,
        item.unit,
        item.baseRaw,
        item.growthRaw,
        item.remarks,
      ]),
    ).toEqual([
      [
        '绿色生态',
        '城市空气质量优良天数比率',
        '%',
        '９１.２',
        '〔0.8〕',
        '分组：空气质量；注2：按地级及以上城市计算',
      ],
      ['绿色生态', '细颗粒物浓度', '微克/立方米', '35', '', '分组：空气质量；注3：年均值。'],
      ['绿色生态', '森林覆盖率', '%', '66.3', '保持稳定', '分组：森林发展'],
    ]);
    expect(result.bundle.indicators[0]?.base.value).toBe(91.2);
    expect(result.fates.map((fate) => fate.fate)).toEqual([
      'header',
      'group',
      'indicator',
      'indicator',
      'group',
      'indicator',
      'notes',
    ]);
    expect(result.bundle.plan.notes).toEqual(['略', '按地级及以上城市计算', '年均值。']);
  });

  it('lists a row with values but no name as left out, an error to accept', () => {
    const text = [
      '类别\t指标\t2020年\t2025年\t年均/累计\t属性',
      '经济发展\t地区生产总值（亿元）\t957\t1200\t7左右\t预期性',
      '\t\t12\t15\t\t预期性',
    ].join('\n');
    const result = read(text);
    expect(result.bundle.indicators).toHaveLength(1);
    expect(result.fates.at(-1)).toEqual({
      row: 2,
      line: 3,
      text: '12 15 预期性',
      fate: 'leftOut',
      reason: '此行有数值，但「指标名称」列为空：请检查列的对应关系',
    });
    expect(result.issues).toEqual([
      {
        severity: 'error',
        message:
          '第 3 行「12 15 预期性」未导入：此行有数值，但「指标名称」列为空：请检查列的对应关系',
        row: 2,
        line: 3,
      },
    ]);
  });

  it('applies the user’s overrides: a column reassigned, a row dropped, the header row chosen', () => {
    const text = [
      '某市主要指标',
      '甲\t乙\t丙\t丁\t戊',
      '经济发展\t地区生产总值（亿元）\t957\t1200\t预期性',
      '\t财政总收入（亿元）\t140\t180\t预期性',
    ].join('\n');
    const result = importPlanTable(text, {
      table: 'main',
      planId: 'p',
      overrides: { headerRows: [1], columns: { 2: 'target', 3: 'base' }, dropRows: [3] },
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.columns.map((item) => [item.role, item.source])).toEqual([
      ['category', 'values'],
      ['name', 'values'],
      ['target', 'user'],
      ['base', 'user'],
      ['attribute', 'values'],
    ]);
    expect(
      result.value.bundle.indicators.map((item) => [item.name, item.baseRaw, item.targetRaw]),
    ).toEqual([['地区生产总值', '1200', '957']]);
    expect(result.value.fates.at(-1)).toMatchObject({
      row: 3,
      fate: 'leftOut',
      reason: '用户删除了此行',
    });
  });

  it('names every column it saw when there is no name column', () => {
    const result = importPlanTable('甲\t乙\t丙\n1\t2\t3\n4\t5\t6', { table: 'main', planId: 'p' });
    expect(result.ok).toBe(false);
  });
});

describe('importPlanTable on the source-document layouts', () => {
  it.each(['jdz-14', 'cj-14', 'fz-14'])(
    'reads %s as before and reports its classic columns; overrides re-read its rows',
    (key) => {
      const text = readFileSync(join(__dirname, '../../../seeds/excerpts', `${key}.txt`), 'utf8');
      const seed = readSeed(key);
      const plain = read(text);
      // The seeds add hand corrections (seeds/overrides.ts); names and categories are as read.
      expect(plain.bundle.indicators.map((item) => [item.category, item.name])).toEqual(
        seed.indicators.map((item) => [item.category, item.name]),
      );
      expect(plain.columns.map((item) => item.role)).toEqual([
        'category',
        'name',
        'base',
        'target',
        'growth',
        'attribute',
      ]);
      const swapped = importPlanTable(text, {
        table: 'main',
        planId: 'p',
        overrides: { columns: { 2: 'target', 3: 'base' } },
      });
      if (!swapped.ok) throw new Error(swapped.error.message);
      const expected = essentials(plain.bundle.indicators).map((item) => ({
        ...item,
        baseRaw: item.targetRaw,
        targetRaw: item.baseRaw,
      }));
      expect(
        essentials(swapped.value.bundle.indicators).map((item) => ({
          ...item,
          attribute: expect.any(String),
        })),
      ).toEqual(expected.map((item) => ({ ...item, attribute: expect.any(String) })));
    },
  );
});

describe('importPlanTable on whole documents', () => {
  it('accounts only for the table, not the document around it (no errors to accept)', () => {
    const path = join(__dirname, '../../../tests/fixtures/source-docs/002_641d90f13b9fbec7.txt');
    const result = read(readFileSync(path, 'utf8'));
    expect(result.bundle.indicators).toHaveLength(31);
    expect(result.issues).toEqual([]);
  });
});
