import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { cellText } from './documentGrid';
import { readDocxTables } from './docxTables';
import { fail, ok, type Result } from '../lib/result';

const DOCUMENT_PART = 'word/document.xml';
const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;

/**
 * Every paragraph of a Word document in order, those inside table cells included, one per line
 * of text. A plan's 专栏 box is often a one-cell table whose numbered items are paragraphs of the
 * cell, so the task importers need the cell's paragraphs apart (readDocxTables joins them, as a
 * table cell is one value). The file is first checked by readDocxTables (type, zip, body).
 */
export function readDocxParagraphs(bytes: Uint8Array, fileName: string): Result<string[]> {
  const checked = readDocxTables(bytes, fileName);
  if (!checked.ok) return checked;
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, {
      filter: (file) => file.name === DOCUMENT_PART && file.originalSize <= MAX_DOCUMENT_XML_BYTES,
    })[DOCUMENT_PART];
  } catch {
    xml = undefined;
  }
  if (!xml) return fail('Word 文件中没有正文，可能选错了文件', { file: fileName });
  return ok(paragraphsOf(new TextDecoder('utf-8').decode(xml)));
}

function paragraphsOf(xml: string): string[] {
  const paragraphs: string[] = [];
  let paragraph = '';
  let inText = false;
  const parser = new Parser(
    {
      onopentag(tag) {
        const name = tag.slice(tag.indexOf(':') + 1);
        if (name === 't') inText = true;
        else if (name === 'tab' || name === 'br' || name === 'cr') paragraph += ' ';
      },
      ontext(text) {
        if (inText) paragraph += text;
      },
      onclosetag(tag) {
        const name = tag.slice(tag.indexOf(':') + 1);
        if (name === 't') inText = false;
        else if (name === 'p') {
          if (cellText(paragraph) !== '') paragraphs.push(cellText(paragraph));
          paragraph = '';
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return paragraphs;
}
