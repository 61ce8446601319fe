/**
 * Task lists from files (issue 13「the same file types as plans」): 004 as text, Word, web page and
 * CSV gives the same 25 tasks as its pasted text; 000's 专栏 1 as a one-cell Word table gives its
 * items; the template round-trips; bad files are refused with a located Chinese message.
 */
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../../shared/domain/workItem';
import { importWorkItemsFromText } from '../../../../shared/importers/tasks/importWorkItemsFromText';
import { openWorkItemDocument } from '../../../../shared/importers/tasks/openWorkItemDocument';
import { exportWorkItemTemplate } from '../../../../shared/importers/xlsxWorkItemTemplate';

const TEXT_004 = readFileSync('tests/fixtures/source-docs/004_fac2628270a00fab.txt', 'utf8');
const TEXT_000 = readFileSync('tests/fixtures/source-docs/000_fcb2957cab32a824.txt', 'utf8');
const LINES_004 = TEXT_004.split(/\r?\n/).filter((line) => line.trim() !== '');
const OPTIONS = { listId: 't004' };
const encode = (text: string) => new TextEncoder().encode(text);

/** What must not depend on the file type: number, title, text, departments, place. */
const essence = (items: readonly WorkItem[]) =>
  items.map((i) => [i.number, i.title, i.responsibilities, i.place.part, i.deadlines]);

function expected004() {
  const read = importWorkItemsFromText(TEXT_004, OPTIONS);
  if (!read.ok) throw new Error(read.error.message);
  return essence(read.value.items);
}

async function open(bytes: Uint8Array, name: string) {
  return openWorkItemDocument(bytes, name, OPTIONS);
}

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('openWorkItemDocument', () => {
  it('reads 004 from a text file as from pasted text: 25 tasks', async () => {
    const read = await open(encode(TEXT_004), '工作要点.txt');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.items).toHaveLength(25);
    expect(essence(read.value.items)).toEqual(expected004());
    expect(read.value.list.origin).toEqual({ type: 'pasted' });
  });

  it('reads 004 from a Word document, one paragraph per line', async () => {
    const bytes = await docxOf(LINES_004.map((line) => new Paragraph(line.trim())));
    const read = await open(bytes, '工作要点.docx');
    if (!read.ok) throw new Error(read.error.message);
    expect(essence(read.value.items)).toEqual(expected004());
  });

  it('reads 004 from a saved web page and from a one-column CSV', async () => {
    const html = `<html><body>${LINES_004.map((l) => `<p>${l.trim()}</p>`).join('')}</body></html>`;
    const page = await open(encode(html), '工作要点.html');
    if (!page.ok) throw new Error(page.error.message);
    expect(essence(page.value.items)).toEqual(expected004());
    const csv = LINES_004.map((l) => `"${l.trim().replace(/"/g, '""')}"`).join('\r\n');
    const sheet = await open(encode(csv), '工作要点.csv');
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(essence(sheet.value.items)).toEqual(expected004());
  });

  it('reads a 专栏 box laid out as a one-cell Word table, each paragraph of the cell a line', async () => {
    const lines = TEXT_000.split(/\r?\n/);
    const start = lines.findIndex((l) => l.trim() === '专栏 1 陶瓷文化保护传承工程');
    const box = lines.slice(start, start + 26).filter((l) => l.trim() !== '');
    const table = new Table({
      rows: [
        new TableRow({
          children: [new TableCell({ children: box.map((l) => new Paragraph(l.trim())) })],
        }),
      ],
    });
    const bytes = await docxOf([new Paragraph('第一章 传承创新陶瓷文化'), table]);
    const read = await open(bytes, '规划.docx');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.items.map((i) => [i.number, i.kind, i.place.group])).toEqual([
      ['1-1-1', '工程项目', '（一）陶瓷文化遗产保护工程'],
      ['1-1-2', '工程项目', '（一）陶瓷文化遗产保护工程'],
      ['1-1-3', '工程项目', '（一）陶瓷文化遗产保护工程'],
      ['1-1-4', '工程项目', '（一）陶瓷文化遗产保护工程'],
      ['1-1-5', '工程项目', '（一）陶瓷文化遗产保护工程'],
      ['1-2-1', '工程项目', '（二）陶瓷文化挖掘阐释工程'],
      ['1-2-2', '工程项目', '（二）陶瓷文化挖掘阐释工程'],
      ['1-2-3', '工程项目', '（二）陶瓷文化挖掘阐释工程'],
    ]);
    expect(read.value.items[4]!.quantities.map((q) => q.text)).toEqual(['100 家', '1200 人以上']);
  });

  it('reads our Excel template back with its list fields', async () => {
    const read = await open(encode(TEXT_004), 'a.txt');
    if (!read.ok) throw new Error(read.error.message);
    const bytes = exportWorkItemTemplate({
      ...read.value,
      list: { ...read.value.list, name: '工作要点' },
    });
    const again = await open(bytes, '工作要点.xlsx');
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.list.name).toBe('工作要点');
    expect(essence(again.value.items)).toEqual(expected004());
  });

  it('refuses a template with a changed column, naming the cell', async () => {
    const read = await open(encode(TEXT_004), 'a.txt');
    if (!read.ok) throw new Error(read.error.message);
    const workbook = XLSX.read(exportWorkItemTemplate(read.value), { type: 'array' });
    workbook.Sheets['任务清单']!['J1'] = { t: 's', v: '责任单位' };
    const bytes = new Uint8Array(
      XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const changed = await open(bytes, '清单.xlsx');
    expect(changed.ok ? null : changed.error.location).toEqual({
      file: '清单.xlsx',
      sheet: '任务清单',
      line: 1,
      column: 'J',
      cellText: '责任单位',
    });
  });

  it('refuses bad files naming the file and line', async () => {
    const none = await open(encode('一、总体要求\n加强领导。'), '要点.txt');
    expect(none).toEqual({
      ok: false,
      error: {
        message: '未找到编号任务：任务清单应有「1.」「2.」……开头的任务',
        location: { file: '要点.txt', line: 1 },
      },
    });
    const paren = await open(encode('一、任务\n1.推进。\n2.监管。(市生态环境局负责'), '要点.txt');
    expect(paren.ok ? null : paren.error).toEqual({
      message: '第 2 项任务：括号「(」不成对，无法读出责任单位',
      location: { file: '要点.txt', line: 3, cellText: '监管。(市生态环境局负责' },
    });
    const empty = await open(new Uint8Array(), '空.docx');
    expect(empty.ok ? null : empty.error.message).toBe(
      '文件是空的（0 字节）：请确认选择了正确的任务清单文件',
    );
    const long = await open(encode(`1.推进整治。（${'很'.repeat(499)}局负责）`), '要点.txt');
    expect(long.ok ? null : long.error.message).toBe(
      '第 1 项任务：责任单位名称长 500 字，超过 60 字上限，可能是分隔符缺失或括号错位',
    );
    const doc = await open(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
      '旧.doc',
    );
    expect(doc.ok).toBe(false);
  });
});
