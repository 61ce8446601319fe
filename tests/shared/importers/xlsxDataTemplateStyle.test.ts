import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import {
  INPUT_FILL_RGB,
  printPages,
  statusRanges,
} from '../../../shared/importers/xlsxDataTemplateStyle';
import { decodeUtf8 } from '../../../shared/lib/textCodec';
import { makeIndicator } from '../../helpers/makeIndicator';
import { buildTemplate, plan } from './xlsxDataTemplateFixture';

function part(bytes: Uint8Array, path: string): string {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const entry = XLSX.CFB.find(cfb, path);
  if (!entry) throw new Error(`no ${path}`);
  return decodeUtf8(Uint8Array.from(entry.content as ArrayLike<number>)) ?? '';
}

function fillOf(sheet: XLSX.WorkSheet, address: string): string | undefined {
  const style = sheet[address]?.s as { fgColor?: { rgb?: string } } | undefined;
  return style?.fgColor?.rgb;
}

describe('styleDataTemplate', () => {
  it('shades the input cells, filled or empty, and leaves the fixed columns white', () => {
    const workbook = XLSX.read(buildTemplate(), { type: 'array', cellStyles: true });
    const sheet = workbook.Sheets['数据填报']!;
    // G5 holds GDP 2021 (1102.3), H5 its growth, I5 the status; J6 is 规上工业 2022, empty
    // but shaded.
    expect(fillOf(sheet, 'G5')).toBe(INPUT_FILL_RGB);
    expect(fillOf(sheet, 'H5')).toBe(INPUT_FILL_RGB);
    expect(fillOf(sheet, 'I5')).toBe(INPUT_FILL_RGB);
    expect(fillOf(sheet, 'J6')).toBe(INPUT_FILL_RGB);
    expect(sheet['J6']?.v).toBeUndefined();
    expect([fillOf(sheet, 'G3'), fillOf(sheet, 'K4')]).toEqual(['FFE699', 'FFE699']);
    expect(fillOf(sheet, 'C5')).toBeUndefined();
    expect(sheet['G5']).toMatchObject({ t: 'n', v: 1102.3 });
    expect(sheet['H5']).toMatchObject({ t: 'n', v: 8.1 });
    expect(sheet['F5']).toMatchObject({ t: 'n', v: 957.14 });
    expect(sheet['F6']).toMatchObject({ t: 's', v: '[7.66]' });
  });

  it('offers the four statuses as a drop-down list on every status cell', () => {
    const xml = part(buildTemplate(), '/xl/worksheets/sheet1.xml');
    expect(statusRanges({ indicatorCount: 4, statusColumns: [8, 11] })).toBe('I5:I8 L5:L8');
    expect(xml).toContain('<dataValidation type="list" errorStyle="warning"');
    expect(xml).toContain('sqref="I5:I8 L5:L8"><formula1>"预计数,快报数,年报数,核实数"</formula1>');
  });

  it('freezes the header rows and the name columns', () => {
    const xml = part(buildTemplate(), '/xl/worksheets/sheet1.xml');
    expect(xml).toContain('<pane xSplit="3" ySplit="4" topLeftCell="D5"');
    expect(xml).toContain('state="frozen"');
  });

  it('prints landscape, one page wide, one page per 30 indicators, header repeated', () => {
    expect([1, 30, 31, 60, 61].map(printPages)).toEqual([1, 1, 2, 2, 3]);
    const many = Array.from({ length: 61 }, (_, index) =>
      makeIndicator({
        id: asIndicatorId(`p/${index}`),
        planId: plan.id,
        order: index,
        name: `指标${index}`,
      }),
    );
    const bytes = buildDataTemplate(plan, many, [], {
      years: [2021, 2022, 2023],
      now: new Date(0),
    });
    const xml = part(bytes, '/xl/worksheets/sheet1.xml');
    expect(xml).toContain('orientation="landscape" fitToWidth="1" fitToHeight="3"');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    const names = XLSX.read(bytes, { type: 'array' }).Workbook?.Names ?? [];
    expect(names.map((name) => [name.Name, name.Ref])).toEqual([
      ['_xlnm.Print_Area', "'数据填报'!$B$1:$O$65"],
      ['_xlnm.Print_Titles', "'数据填报'!$3:$4"],
    ]);
  });
});
