import { strToU8, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { renderPlanTableHtml } from '../../scripts/fixtures/planTableHtml';
import { categoryRuns } from '../../scripts/fixtures/planTableModel';
import type { PlanTableModel } from '../../scripts/fixtures/planTableModel';

/** The layouts of issue 11「Tests and figures」 a plan table is rendered in. */
export const LAYOUTS = [
  'tabs',
  'pdfText',
  'cellPerLine',
  'cellPerLinePipe',
  'blankBetweenCells',
  'markdown',
  'html',
  'docx',
  'xlsx',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A rendered table: the file a user would open (text layouts as a UTF-8 .txt). */
export type RenderedTable = { readonly fileName: string; readonly bytes: Uint8Array };

/** Renders a plan table in a layout, as the file a user would have. */
export function renderLayout(model: PlanTableModel, layout: Layout): RenderedTable {
  switch (layout) {
    case 'html':
      return { fileName: 'table.html', bytes: strToU8(renderPlanTableHtml(model)) };
    case 'docx':
      return { fileName: 'table.docx', bytes: renderDocx(model) };
    case 'xlsx':
      return { fileName: 'table.xlsx', bytes: renderXlsx(model) };
    default:
      return { fileName: 'table.txt', bytes: strToU8(renderText(model, layout)) };
  }
}

/** Header rows as plain rows, a spanning cell's text in each column it covers. */
function headerGrid(model: PlanTableModel): string[][] {
  const width = model.body[0]?.length ?? 0;
  const grid: string[][] = model.header.map(() => new Array<string>(width).fill(''));
  const taken = model.header.map(() => new Array<boolean>(width).fill(false));
  model.header.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (taken[r]?.[column]) column += 1;
      for (let dr = 0; dr < cell.rowSpan; dr += 1) {
        for (let dc = 0; dc < cell.columnSpan; dc += 1) {
          (grid[r + dr] as string[])[column + dc] = cell.text;
          (taken[r + dr] as boolean[])[column + dc] = true;
        }
      }
      column += cell.columnSpan;
    }
  });
  return grid;
}

/** Body rows with the category only on each group's first row, as a copied merged cell gives. */
function bodyRows(model: PlanTableModel): string[][] {
  const starts = new Set(categoryRuns(model).map(([first]) => first));
  return model.body.map((row, index) =>
    row.map((text, column) => (column === model.categoryColumn && !starts.has(index) ? '' : text)),
  );
}

function renderText(model: PlanTableModel, layout: Layout): string {
  const header = headerGrid(model).map((row) =>
    row.map((text, column) => (text === row[column - 1] && column > 0 ? '' : text)),
  );
  // One cell per line cannot show an empty cell, so text repeats the category on every row (as a
  // merged cell copied cell by cell does); tab-separated text leaves it on the group's first row.
  const body =
    layout === 'tabs' || layout === 'markdown'
      ? bodyRows(model)
      : model.body.map((row) => [...row]);
  const rows = [...header, ...body];
  const lines: string[] = [model.title];
  if (layout === 'tabs') lines.push(...rows.map((row) => row.join('\t')));
  else if (layout === 'markdown') {
    lines.push(
      ...rows.map(
        (row, i) =>
          `| ${row.join(' | ')} |${i === header.length - 1 ? `\n|${row.map(() => ' --- ').join('|')}|` : ''}`,
      ),
    );
  } else if (layout === 'pdfText') lines.push(...rows.map((row) => pdfLine(row)));
  else {
    const mark = layout === 'cellPerLinePipe' ? '|' : '';
    const gap = layout === 'blankBetweenCells' ? '\n' : '';
    for (const row of rows) {
      lines.push(row.map((text) => `${text}${mark}`).join(`\n${gap}`));
      lines.push('');
    }
  }
  lines.push(...model.notes);
  return lines.join('\n');
}

/** A PDF's text: cells separated by spaces, a long name wrapped over two lines (source doc 000). */
function pdfLine(row: readonly string[]): string {
  const cells = row.filter((text) => text !== '');
  const long = cells.findIndex((text) => text.length > 14 && /[\u4e00-\u9fff]/.test(text));
  if (long < 0) return cells.join(' ');
  const name = cells[long] as string;
  return (
    [...cells.slice(0, long), name.slice(0, 12)].join(' ') +
    `\n${[name.slice(12), ...cells.slice(long + 1)].join(' ')}`
  );
}

function renderXlsx(model: PlanTableModel): Uint8Array {
  const header = headerGrid(model);
  const sheet = XLSX.utils.aoa_to_sheet([
    [model.title],
    ...header,
    ...bodyRows(model),
    [],
    ...model.notes.map((note) => [note]),
  ]);
  const merges: XLSX.Range[] = [];
  const top = 1 + header.length;
  for (const [first, count] of categoryRuns(model)) {
    if (count > 1)
      merges.push({
        s: { r: top + first, c: model.categoryColumn },
        e: { r: top + first + count - 1, c: model.categoryColumn },
      });
  }
  sheet['!merges'] = merges;
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '指标表');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A minimal Word document: the title, the table (gridSpan and vMerge for merged cells), notes. */
function renderDocx(model: PlanTableModel): Uint8Array {
  const runs = new Map(categoryRuns(model));
  const grid = headerGrid(model);
  const header = grid.map((_, r) => docxHeaderRow(grid, r)).join('');
  const body = model.body
    .map((row, index) => {
      const cells = row.map((text, column) => {
        if (column !== model.categoryColumn) return tc(text);
        return runs.has(index) ? tc(text, 1, 'restart') : tc('', 1, 'continue');
      });
      return `<w:tr>${cells.join('')}</w:tr>`;
    })
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(model.title)}<w:tbl>${header}${body}</w:tbl>${model.notes.map(paragraph).join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(xml),
  });
}

/** A header row in Word's terms: equal texts side by side span, equal texts above and below merge. */
function docxHeaderRow(grid: readonly (readonly string[])[], r: number): string {
  const row = grid[r] ?? [];
  const cells: string[] = [];
  for (let column = 0; column < row.length;) {
    const text = row[column] ?? '';
    let span = 1;
    while (text !== '' && row[column + span] === text) span += 1;
    const isBelow = r > 0 && text !== '' && grid[r - 1]?.[column] === text;
    const isAbove = text !== '' && grid[r + 1]?.[column] === text;
    const merge = isBelow ? 'continue' : isAbove ? 'restart' : undefined;
    cells.push(tc(isBelow ? '' : text, span, merge));
    column += span;
  }
  return `<w:tr>${cells.join('')}</w:tr>`;
}

function tc(text: string, span = 1, merge?: 'restart' | 'continue'): string {
  const properties = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}`;
  return `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${paragraph(text)}</w:tc>`;
}

function paragraph(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p><w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}
