import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { cellText, joinCellLines, MAX_TABLE_COLUMNS } from './documentGrid';
import type { DocumentTableGrid } from './documentGrid';
import { isWellFormedZip } from './xlsxZipCheck';

const DOCUMENT_PART = 'word/document.xml';
/** A plan document's text is well under 1 MB of XML; 50 MB leaves room for heavy formatting. */
const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;

/**
 * Reads every table of a Word document (.docx) as a grid: `w:tr` rows of `w:tc` cells, a cell
 * with `w:gridSpan` repeated over the columns it spans, a `w:vMerge` continuation holding the
 * text of the cell above (the restart cell), `w:gridBefore` as empty leading cells, and a cell's
 * paragraphs joined. Body paragraphs between tables become their `before` and `after` text.
 * The zip passes the same strict check as workbooks (0011) before it is unpacked.
 */
export function readDocxTables(bytes: Uint8Array, fileName: string): Result<DocumentTableGrid[]> {
  const where = { file: fileName };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return fail(
      '不是 Word 文档（.docx）：文件内容不是 Word 格式，可能选错了文件或只是改了扩展名。请在 Word/WPS 中打开后另存为 .docx 再打开',
      where,
    );
  }
  if (!isWellFormedZip(bytes)) {
    return fail(
      'Word 文件已损坏或已加密，无法读取。请在 Word/WPS 中打开确认后另存为 .docx 再打开',
      where,
    );
  }
  let xml: Uint8Array | undefined;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => file.name === DOCUMENT_PART && file.originalSize <= MAX_DOCUMENT_XML_BYTES,
    });
    xml = files[DOCUMENT_PART];
  } catch {
    xml = undefined;
  }
  if (!xml) {
    return fail(
      '不是 Word 文档（.docx）：文件中没有正文（word/document.xml），可能选错了文件',
      where,
    );
  }
  return ok(parseDocumentXml(new TextDecoder('utf-8').decode(xml)));
}

type CellState = { span: number; vMerge: 'restart' | 'continue' | null };
type TableState = {
  rows: string[][];
  row: string[];
  lines: string[];
  paragraph: string;
  cell: CellState;
  gridBefore: number;
};

/** Marks a `w:vMerge` continuation until the cell above is known. */
const CONTINUE = '\u0000vMerge';

/** Parses word/document.xml into table grids with the body paragraphs around them. */
export function parseDocumentXml(xml: string): DocumentTableGrid[] {
  const grids: string[][][] = [];
  const paragraphsBefore: number[] = [];
  const paragraphs: string[] = [];
  const stack: TableState[] = [];
  let bodyParagraph = '';
  let inText = false;
  const append = (text: string) => {
    const top = stack.at(-1);
    if (top) top.paragraph += text;
    else bodyParagraph += text;
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const name = localName(tag);
        const top = stack.at(-1);
        if (name === 'tbl') stack.push(newTable());
        else if (top) openInTable(top, name, attributes['w:val'] ?? '');
        if (name === 't') inText = true;
        else if (name === 'tab' || name === 'br' || name === 'cr') append(' ');
      },
      ontext(text) {
        if (inText) append(text);
      },
      onclosetag(tag) {
        const name = localName(tag);
        const top = stack.at(-1);
        if (name === 't') inText = false;
        else if (name === 'p' && top) {
          top.lines.push(top.paragraph);
          top.paragraph = '';
        } else if (name === 'p') {
          if (cellText(bodyParagraph) !== '') paragraphs.push(cellText(bodyParagraph));
          bodyParagraph = '';
        } else if (name === 'tc' && top) closeCell(top);
        else if (name === 'tr' && top) top.rows.push(top.row);
        else if (name === 'tbl') {
          const state = stack.pop() as TableState;
          const outer = stack.at(-1);
          // A table nested in a cell is read as that cell's text, row by row.
          if (outer) outer.paragraph += state.rows.map((row) => row.join(' ')).join(' ');
          else {
            grids.push(fillVerticalMerges(state.rows));
            paragraphsBefore.push(paragraphs.length);
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return grids.map((rows, index) => ({
    index,
    rows,
    before: paragraphs.slice(paragraphsBefore[index - 1] ?? 0, paragraphsBefore[index]),
    after: paragraphs.slice(
      paragraphsBefore[index],
      paragraphsBefore[index + 1] ?? paragraphs.length,
    ),
  }));
}

function newTable(): TableState {
  return {
    rows: [],
    row: [],
    lines: [],
    paragraph: '',
    cell: { span: 1, vMerge: null },
    gridBefore: 0,
  };
}

function openInTable(table: TableState, name: string, value: string): void {
  if (name === 'tr') {
    table.row = [];
    table.gridBefore = 0;
  } else if (name === 'tc') {
    table.lines = [];
    table.paragraph = '';
    table.cell = { span: 1, vMerge: null };
  } else if (name === 'gridBefore') table.gridBefore = Number(value) || 0;
  else if (name === 'gridSpan') table.cell.span = Number(value) || 1;
  else if (name === 'vMerge') table.cell.vMerge = value === 'restart' ? 'restart' : 'continue';
}

function closeCell(table: TableState): void {
  if (table.row.length === 0) {
    for (let i = 0; i < Math.min(table.gridBefore, MAX_TABLE_COLUMNS); i += 1) table.row.push('');
  }
  if (table.paragraph !== '') table.lines.push(table.paragraph);
  const text = table.cell.vMerge === 'continue' ? CONTINUE : joinCellLines(table.lines);
  const span = Math.min(Math.max(1, table.cell.span), MAX_TABLE_COLUMNS);
  for (let i = 0; i < span && table.row.length < MAX_TABLE_COLUMNS; i += 1) table.row.push(text);
  table.lines = [];
  table.paragraph = '';
}

/** Rectangular rows with every vMerge continuation holding the text of the cell above. */
function fillVerticalMerges(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const grid: string[][] = [];
  for (const row of rows) {
    const above = grid.at(-1);
    grid.push(
      Array.from({ length: width }, (_, column) => {
        const text = row[column] ?? '';
        return text === CONTINUE ? (above?.[column] ?? '') : text;
      }),
    );
  }
  return grid;
}

function localName(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1);
}
