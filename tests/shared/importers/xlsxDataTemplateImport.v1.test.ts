/**
 * Templates exported before decision 0045 (format version 1: one 数值 and one 状态 column per
 * year, one header row) are still read. The fixture was written by the version-1 builder and
 * filled as a department would: 规上工业 2021 6.1 (年报数) in G5, GDP 2022 1180.5 in I4.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { existing, fillCells, indicators, plan } from './xlsxDataTemplateFixture';

const FILE = 'data-template-v1.xlsx';
const V1 = new Uint8Array(readFileSync(`tests/fixtures/templates/${FILE}`));

function read(bytes: Uint8Array) {
  return importDataTemplate(bytes, FILE, plan, indicators, existing);
}

describe('importDataTemplate: version-1 templates', () => {
  it('reads the levels of a filled version-1 template with their statuses', () => {
    const result = read(V1);
    if (!result.ok) throw new Error(result.error.message);
    expect(
      result.value.entries.map((e) => [e.kind, e.year, e.measure, e.address, e.location.column]),
    ).toEqual([
      ['unchanged', 2021, 'value', 'G4', '2021年（填报）'],
      ['new', 2022, 'value', 'I4', '2022年（填报）'],
      ['new', 2021, 'value', 'G5', '2021年（填报）'],
      ['unchanged', 2021, 'value', 'G7', '2021年（填报）'],
    ]);
    expect(result.value.toWrite.map((v) => [v.indicatorId, v.year, v.value, v.status])).toEqual([
      ['seed-jdz-14/001', 2022, 1180.5, '快报数'],
      ['seed-jdz-14/002', 2021, 6.1, '年报数'],
    ]);
  });

  it('refuses an edited version-1 header, naming the cell', () => {
    const result = read(fillCells(V1, { H3: '2021年增速' }));
    expect(result.ok ? null : result.error).toEqual({
      message:
        '表头被修改：第 3 行 H 列应为「2021年状态（填报）」，现为「2021年增速」。请使用原模板填报，不要修改表头，也不要插入或删除列',
      location: { file: FILE, sheet: '数据填报', line: 3, column: 'H', cellText: '2021年增速' },
    });
  });

  it('names the cell of text typed as a number', () => {
    const result = read(fillCells(V1, { I6: '约8' }));
    const invalid = result.ok ? result.value.entries.filter((e) => e.kind === 'invalid') : [];
    expect(invalid.map((e) => [e.address, e.location.line, e.location.column, e.reason])).toEqual([
      ['I6', 6, '2022年（填报）', '「约8」不是数值：请只填写数字，可带千分位逗号或百分号'],
    ]);
  });
});
