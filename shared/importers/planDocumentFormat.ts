/**
 * What a plan file is, decided from its first bytes and then its name: the contents win over the
 * extension (a .doc that is really a .docx opens as one; random bytes named .pdf are refused).
 */
export type PlanDocumentFormat =
  | 'pdf'
  | 'docx'
  | 'workbook'
  | 'legacyWorkbook'
  | 'oldWord'
  | 'encryptedOffice'
  | 'ole'
  | 'html'
  | 'csv'
  | 'text'
  | 'json'
  | 'binary';

const PDF_SIGNATURE = '%PDF-';
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1 annex H). */
const PDF_HEADER_WINDOW = 1024;

/** Extensions whose type is trusted even when the contents contradict it. */
const CLAIMED_FORMATS: ReadonlyMap<string, PlanDocumentFormat> = new Map([
  ['docx', 'docx'],
  ['xlsx', 'workbook'],
  ['xlsm', 'workbook'],
  ['xls', 'workbook'],
  ['et', 'workbook'],
  ['pdf', 'binary'],
]);

/** Extensions of text files read by their own reader. */
const TEXT_FORMATS: ReadonlyMap<string, PlanDocumentFormat> = new Map([
  ['json', 'json'],
  ['csv', 'csv'],
  ['html', 'html'],
  ['htm', 'html'],
]);

/** The format of a plan file from its bytes and name. */
export function detectPlanDocumentFormat(bytes: Uint8Array, fileName: string): PlanDocumentFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (hasPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP_SIGNATURE)) return zipFormat(bytes, extension);
  if (startsWith(bytes, OLE_SIGNATURE)) return detectOleContent(bytes);
  // A named type that the contents contradict: its own reader says so in its words.
  const claimed = CLAIMED_FORMATS.get(extension);
  if (claimed) return claimed;
  if (looksBinary(bytes)) return 'binary';
  return TEXT_FORMATS.get(extension) ?? (looksLikeHtml(bytes) ? 'html' : 'text');
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, PDF_HEADER_WINDOW));
  return head.includes(PDF_SIGNATURE);
}

/** A zip is a Word document when it holds word/document.xml, otherwise a workbook (xlsx, .et). */
function zipFormat(bytes: Uint8Array, extension: string): PlanDocumentFormat {
  const names = latin1(bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024)));
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook')) return 'workbook';
  return extension === 'docx' ? 'docx' : 'workbook';
}

/**
 * An OLE compound file (MS-CFB) by the streams it names: EncryptionInfo (a password-protected
 * .docx or .xlsx, MS-OFFCRYPTO), WordDocument (an old .doc), Workbook/Book (an .xls or WPS .et).
 */
export function detectOleContent(
  bytes: Uint8Array,
): 'encryptedOffice' | 'oldWord' | 'legacyWorkbook' | 'ole' {
  if (hasStreamName(bytes, 'EncryptionInfo')) return 'encryptedOffice';
  if (hasStreamName(bytes, 'WordDocument')) return 'oldWord';
  if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')) return 'legacyWorkbook';
  return 'ole';
}

/** Directory entries hold their names in UTF-16LE, zero-padded to 64 bytes. */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2 + 2);
  for (let i = 0; i < name.length; i += 1) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let at = 0; at + pattern.length <= bytes.length; at += 1) {
    if (bytes[at] !== pattern[0]) continue;
    for (let i = 1; i < pattern.length; i += 1) if (bytes[at + i] !== pattern[i]) continue outer;
    return true;
  }
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control > sample.length / 20;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 2048)).toLowerCase();
  return /<(!doctype html|html|table)[\s>]/.test(head);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}
