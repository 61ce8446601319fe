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
    // G4 holds GDP 2021 (1102.3), H4 its status; I5 is 规上工业 2022, empty but shaded.
    expect(fillOf(sheet, 'G4')).toBe(INPUT_FILL_RGB);
    expect(fillOf(sheet, 'H4')).toBe(INPUT_FILL_RGB);
    expect(fillOf(sheet, 'I5')).toBe(INPUT_FILL_RGB);
    expect(sheet['I5']?.v).toBeUndefined();
    expect(fillOf(sheet, 'G3')).toBe('FFE699');
    expect(fillOf(sheet, 'C4')).toBeUndefined();
    expect(sheet['G4']).toMatchObject({ t: 'n', v: 1102.3 });
    expect(sheet['F4']).toMatchObject({ t: 'n', v: 957.14 });
    expect(sheet['F5']).toMatchObject({ t: 's', v: '[7.66]' });
  });

  it('offers the four statuses as a drop-down list on every status cell', () => {
    const xml = part(buildTemplate(), '/xl/worksheets/sheet1.xml');
    expect(statusRanges({ indicatorCount: 4, yearCount: 2 })).toBe('H4:H7 J4:J7');
    expect(xml).toContain('<dataValidation type="list" errorStyle="warning"');
    expect(xml).toContain('sqref="H4:H7 J4:J7"><formula1>"预计数,快报数,年报数,核实数"</formula1>');
  });

  it('freezes the header rows and the name columns', () => {
    const xml = part(buildTemplate(), '/xl/worksheets/sheet1.xml');
    expect(xml).toContain('<pane xSplit="3" ySplit="3" topLeftCell="D4"');
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
      ['_xlnm.Print_Area', "'数据填报'!$B$1:$L$64"],
      ['_xlnm.Print_Titles', "'数据填报'!$3:$3"],
    ]);
  });
});
