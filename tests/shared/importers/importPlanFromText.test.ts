import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importPlanFromText,
  MAX_IMPORT_TEXT_LENGTH,
} from '../../../shared/importers/importPlanFromText';

const DOCS = 'tests/fixtures/source-docs';
const doc = (name: string) => readFileSync(join(DOCS, name), 'utf8');
const HAS_CHINESE = /[\u4e00-\u9fff]/;

describe('importPlanFromText on whole documents', () => {
  it.each([
    ['000_fcb2957cab32a824.txt', 'main', 31, '综合质效', '地区生产总值（GDP）', '景德镇市', '市'],
    ['000_fcb2957cab32a824.txt', 'completion', 34, '', '地区生产总值', '景德镇市', '市'],
    ['001_92046d1ee9d50d5a.txt', 'main', 30, '综合质效', '地区生产总值GDP', '昌江区', '区县'],
    ['001_92046d1ee9d50d5a.txt', 'completion', 28, '经济发展', '地区生产总值', '昌江区', '区县'],
    ['002_641d90f13b9fbec7.txt', 'main', 31, '综合质效', '地区生产总值（GDP）', '抚州市', '市'],
    ['002_641d90f13b9fbec7.txt', 'completion', 39, '经济发展', '地区生产总值', '抚州市', '市'],
  ] as const)('finds the %s %s table', (file, table, count, category, name, region, level) => {
    const result = importPlanFromText(doc(file), { table, planId: 'p' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.indicators).toHaveLength(count);
    expect(result.value.indicators[0]).toMatchObject({ category, name, id: 'p/001', planId: 'p' });
    expect(result.value.plan.tableKind).toBe(table);
    // The tables' titles name no region: the document's title does (readPlanRegion.ts).
    expect([result.value.plan.region, result.value.plan.level]).toEqual([region, level]);
  });

  it('uses the options for metadata and the right default years', () => {
    const result = importPlanFromText(doc('002_641d90f13b9fbec7.txt'), {
      table: 'completion',
      planId: 'x',
      region: '抚州市',
      level: '市',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.plan).toMatchObject({
      name: '市“十三五”规划纲要主要指标完成情况表',
      region: '抚州市',
      level: '市',
      periodLabel: '十三五',
      baseYear: 2015,
      targetYear: 2020,
      origin: { type: 'pasted' },
    });
  });
});

describe('importPlanFromText on bad input', () => {
  it('refuses empty text at line 1', () => {
    expect(importPlanFromText('  \n ', { table: 'main', planId: 'p' })).toEqual({
      ok: false,
      error: { message: '输入为空：请粘贴指标表文本', location: { line: 1 } },
    });
  });

  it('refuses huge input quickly without scanning it', () => {
    const huge = 'x'.repeat(50_000_000);
    const started = performance.now();
    const result = importPlanFromText(huge, { table: 'main', planId: 'p', fileName: 'big.txt' });
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.location).toEqual({ file: 'big.txt', line: 1 });
    expect(MAX_IMPORT_TEXT_LENGTH).toBe(5_000_000);
  });

  it('explains random text with a location', () => {
    const result = importPlanFromText('今天天气很好。\n明天也很好。', {
      table: 'main',
      planId: 'p',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          '未找到“十四五”主要指标表：没有一行带有“预期性”或“约束性”属性。请粘贴完整的指标表（含表头与属性列）',
        location: { line: 1, cellText: '今天天气很好。' },
      },
    });
  });

  it('names the missing columns of a header', () => {
    const text = [
      '类别\t指标\t2020年 基期值\t属性',
      '综合质效\t地区生产总值(亿元)\t957\t预期性',
    ].join('\n');
    const result = importPlanFromText(text, { table: 'main', planId: 'p' });
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          '找不到「目标值」列（各列识别为：第1列「类别」→类别，第2列「指标」→指标名称，第3列「2020年 基期值」→基期值，第4列「属性」→属性）。请在复核界面或用 --map 指定目标值所在的列',
        location: { line: 1, cellText: '类别 指标 2020年 基期值 属性' },
      },
    });
  });

  it('fails with the row when a tab table lacks its value columns', () => {
    const text = ['综合质效\t地区生产总值(亿元)\t预期性', '\t财政总收入(亿元)\t预期性'].join('\n');
    const result = importPlanFromText(text, { table: 'main', planId: 'p' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.location).toMatchObject({ line: 1 });
  });

  it('never throws on garbled text and always answers in located Chinese', () => {
    const pieces = fc.constantFrom(
      '预期性',
      '约束性',
      '预期',
      '性',
      '\t',
      '\n',
      ' ',
      '[',
      ']',
      '2.2',
      '7 左右',
      '--',
      '*',
      '综',
      '（%）',
      '注：1.',
      '十四五主要指标',
      '十三五主要指标完成情况',
      ':',
      '全面完成',
      '指标',
      '属性',
    );
    const garble = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(garble, fc.constantFrom('main', 'completion'), (text, table) => {
        const result = importPlanFromText(text, {
          table: table as 'main' | 'completion',
          planId: 'p',
        });
        if (!result.ok) {
          expect(result.error.message).toMatch(HAS_CHINESE);
          expect(result.error.location?.line).toBeGreaterThanOrEqual(1);
        } else {
          for (const warning of result.warnings) expect(warning.message).toMatch(HAS_CHINESE);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on a real table with lines dropped or shuffled', () => {
    const lines = readFileSync(join(__dirname, '../../../seeds/excerpts/jdz-14.txt'), 'utf8').split(
      '\n',
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(lines), (subset) => {
        const result = importPlanFromText(subset.join('\n'), { table: 'main', planId: 'p' });
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message).toMatch(HAS_CHINESE);
      }),
      { numRuns: 200 },
    );
  });
});

describe('importPlanFromText on tables without value columns', () => {
  it('fails when no row has a value cell', () => {
    const text = [
      '类别 指标 2020年基期值 2025年目标值 年均增长 属性',
      '综',
      '合',
      '地区生产总值（亿元） 预期性',
    ].join('\n');
    expect(importPlanFromText(text, { table: 'main', planId: 'p' })).toEqual({
      ok: false,
      error: {
        message: '“十四五”主要指标表的各行都没有数值单元格，表格可能缺少基期值、目标值等列',
        location: { line: 4, column: '2020年基期值', cellText: '地区生产总值（亿元）' },
      },
    });
  });

  it('imports a single row pasted from Excel without gluing the category to the name', () => {
    const text = [
      '类别\t指标\t2020年\t2025年\t年均增长[累计]\t属性',
      '综合质效\t地区生产总值（GDP）（亿元）\t957.14\t1200\t7左右\t预期性',
    ].join('\n');
    const result = importPlanFromText(text, { table: 'main', planId: 'p' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.indicators.map((i) => [i.category, i.name, i.unit])).toEqual([
      ['综合质效', '地区生产总值（GDP）', '亿元'],
    ]);
  });
});
