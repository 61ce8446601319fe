import { Parser } from 'htmlparser2';
import { cellText, expandSpans, joinCellLines } from './documentGrid';
import type { DocumentTableGrid, SpanCell } from './documentGrid';

type TableState = { rows: SpanCell[][]; lines: string[]; line: string; span: [number, number] };

// Tags whose end starts a new line of text, in a cell or in the page.
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'caption',
  'title',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'noscript', 'template']);

/**
 * Reads every `<table>` of a web page or of the clipboard's HTML flavour (Word, WPS, Excel and
 * browsers put the copied table there) as a grid, laying out `rowspan`/`colspan` the way a browser
 * does. A cell's lines (`<p>`, `<br>`) are joined; the page's text between tables becomes their
 * `before`/`after` paragraphs. Tolerant of unclosed tags; never throws on any string.
 */
export function readHtmlTables(html: string): DocumentTableGrid[] {
  return readHtmlDocument(html).tables;
}

/** The tables of a web page and all its text outside tables, one paragraph per block. */
export function readHtmlDocument(html: string): {
  tables: DocumentTableGrid[];
  paragraphs: string[];
} {
  const grids: string[][][] = [];
  const paragraphsBefore: number[] = [];
  const paragraphs: string[] = [];
  const stack: TableState[] = [];
  let pageLine = '';
  let skipping = 0;
  const endLine = () => {
    const top = stack.at(-1);
    if (top) {
      top.lines.push(top.line);
      top.line = '';
    } else {
      if (cellText(pageLine) !== '') paragraphs.push(cellText(pageLine));
      pageLine = '';
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED_TAGS.has(name)) skipping += 1;
        const top = stack.at(-1);
        if (name === 'table') {
          endLine();
          stack.push({ rows: [], lines: [], line: '', span: [1, 1] });
        } else if (name === 'tr' && top) top.rows.push([]);
        else if ((name === 'td' || name === 'th') && top) {
          if (top.rows.length === 0) top.rows.push([]);
          top.lines = [];
          top.line = '';
          top.span = [spanOf(attributes['rowspan']), spanOf(attributes['colspan'])];
        } else if (name === 'br') endLine();
      },
      ontext(text) {
        if (skipping > 0) return;
        const top = stack.at(-1);
        if (top) top.line += text;
        else pageLine += text;
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        const top = stack.at(-1);
        if ((name === 'td' || name === 'th') && top) closeCell(top);
        else if (name === 'table' && top) {
          stack.pop();
          const rows = expandSpans(top.rows);
          const outer = stack.at(-1);
          // A table nested in a cell is read as that cell's text, row by row.
          if (outer) outer.line += rows.map((row) => row.join(' ')).join(' ');
          else {
            grids.push(rows);
            paragraphsBefore.push(paragraphs.length);
          }
        } else if (BLOCK_TAGS.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const tables = grids.map((rows, index) => ({
    index,
    rows,
    before: paragraphs.slice(paragraphsBefore[index - 1] ?? 0, paragraphsBefore[index]),
    after: paragraphs.slice(
      paragraphsBefore[index],
      paragraphsBefore[index + 1] ?? paragraphs.length,
    ),
  }));
  return { tables, paragraphs };
}

function closeCell(table: TableState): void {
  table.lines.push(table.line);
  const text = joinCellLines(table.lines);
  const [rowSpan, columnSpan] = table.span;
  table.rows.at(-1)?.push({ text, rowSpan, columnSpan });
  table.lines = [];
  table.line = '';
  table.span = [1, 1];
}

function spanOf(value: string | undefined): number {
  const span = Number(value);
  return Number.isInteger(span) && span >= 1 ? span : 1;
}
