import { unzipSync, strFromU8 } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../shared/domain/followUp';
import { asWorkItemId } from '../../../shared/domain/ids';
import { buildFollowUpDocx } from '../../../shared/report/followUpDocxBuilder';
import { buildFollowUpXlsx } from '../../../shared/report/followUpXlsxBuilder';

const ROWS: FollowUp[] = [
  {
    id: 'fu-1',
    scopeId: 'seed-jdz-14',
    year: 2023,
    order: 1,
    subject: { type: 'workItem', itemId: asWorkItemId('seed-jdz-cjjjd-2021/004') },
    title: '4. 深入推进城镇污水垃圾处理',
    problem: '2023年进展滞后',
    lead: '市住房城乡建设局',
    measure: '加快雨污分流工程',
    deadline: '2024年底前',
  },
];
const TITLE = '景德镇市“十四五”规划中期评估整改任务分工表';

describe('整改任务分工表 exports', () => {
  it('writes the Excel table: title, header, one row per item', () => {
    const workbook = XLSX.read(buildFollowUpXlsx(TITLE, ROWS), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['整改任务分工表']!, {
      header: 1,
    });
    expect(rows).toEqual([
      [TITLE],
      ['序号', '整改事项', '存在问题', '牵头单位', '整改措施', '完成时限'],
      [
        '1',
        '4. 深入推进城镇污水垃圾处理',
        '2023年进展滞后',
        '市住房城乡建设局',
        '加快雨污分流工程',
        '2024年底前',
      ],
    ]);
  });

  it('writes the Word table with a repeated header row', async () => {
    const files = unzipSync(await buildFollowUpDocx(TITLE, ROWS));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('<w:tblHeader/>');
    for (const text of [TITLE, '整改措施', '市住房城乡建设局', '加快雨污分流工程', '2024年底前']) {
      expect(xml).toContain(text);
    }
  });
});
