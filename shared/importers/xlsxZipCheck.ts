import { crc32, inflateExactly } from './xlsxInflate';
import { countSheetXml } from './xlsxSheetXmlCount';
import type { SheetXmlCount } from './xlsxSheetXmlCount';

/**
 * A full integrity check of a zip container (an .xlsx is one) before SheetJS reads it. SheetJS
 * 0.20.3's inflate has no bounds checks and loops forever on damaged data (one changed byte in a
 * local header's name length is enough to freeze `XLSX.read`). Every entry's local header must
 * agree with the central directory, and its data must inflate to the recorded size and CRC-32;
 * SheetJS then only ever sees intact streams.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** What the check found: a damaged zip, one that unpacks too large, or an intact one. */
export type ZipCheck =
  | { readonly kind: 'damaged' }
  | { readonly kind: 'tooLarge'; readonly unpackedBytes: number }
  | {
      readonly kind: 'intact';
      /** Every entry's name (e.g. `xl/workbook.xml`), in directory order. */
      readonly names: readonly string[];
      readonly unpackedBytes: number;
      /** Rows and cells of every worksheet part together (`xl/worksheets/*.xml`). */
      readonly sheetXml: SheetXmlCount;
    };

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Checks that the zip's directory and local headers are consistent, unencrypted, and unpack to at
 * most `maxUnpackedBytes` in all (checked on the recorded sizes before anything is inflated, and
 * each entry must inflate to exactly its recorded size); counts the worksheets' rows and cells.
 */
export function checkZip(bytes: Uint8Array, maxUnpackedBytes: number): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { kind: 'damaged' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (count === 0 || start + size > eocd) return { kind: 'damaged' };
  const declared = declaredUnpackedBytes(view, start, count);
  if (declared === null) return { kind: 'damaged' };
  if (declared > maxUnpackedBytes) return { kind: 'tooLarge', unpackedBytes: declared };
  const names: string[] = [];
  const sheetXml = { rows: 0, cells: 0 };
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    const entry = readCentralEntry(view, offset, start);
    if (!entry) return { kind: 'damaged' };
    names.push(entry.name);
    if (WORKSHEET_PART.test(entry.name)) countSheetXml(entry.data, sheetXml);
    offset = entry.next;
  }
  return offset === start + size
    ? { kind: 'intact', names, unpackedBytes: declared, sheetXml }
    : { kind: 'damaged' };
}

/** True when the zip is intact and unpacks to at most 200 MB (for zips other than workbooks). */
export function isWellFormedZip(bytes: Uint8Array): boolean {
  return checkZip(bytes, 200 * 1024 * 1024).kind === 'intact';
}

/** The sum of the central directory's recorded unpacked sizes, or null when it is unreadable. */
function declaredUnpackedBytes(view: DataView, start: number, count: number): number | null {
  let offset = start;
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
      return null;
    total += view.getUint32(offset + 24, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return total;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

type CentralEntry = { readonly next: number; readonly name: string; readonly data: Uint8Array };

/** Reads one central-directory entry and checks its local header; null when inconsistent. */
function readCentralEntry(
  view: DataView,
  offset: number,
  directoryStart: number,
): CentralEntry | null {
  if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
    return null;
  const flags = view.getUint16(offset + 8, true);
  const method = view.getUint16(offset + 10, true);
  const packedSize = view.getUint32(offset + 20, true);
  const unpackedSize = view.getUint32(offset + 24, true);
  const nameLength = view.getUint16(offset + 28, true);
  const next =
    offset +
    46 +
    nameLength +
    view.getUint16(offset + 30, true) +
    view.getUint16(offset + 32, true);
  const local = view.getUint32(offset + 42, true);
  const isUsable = (flags & 1) === 0 && (method === 0 || method === 8) && next <= view.byteLength;
  if (!isUsable || !hasMatchingLocalHeader(view, local, offset + 46, nameLength, method))
    return null;
  const dataStart = local + 30 + nameLength + view.getUint16(local + 28, true);
  if (dataStart + packedSize > directoryStart) return null;
  const data = new Uint8Array(view.buffer, view.byteOffset + dataStart, packedSize);
  const expectedCrc = view.getUint32(offset + 16, true);
  const unpacked = unpackIntact(data, method, unpackedSize, expectedCrc, view, local);
  return unpacked ? { next, name: entryName(view, offset + 46, nameLength), data: unpacked } : null;
}

/** The entry's unpacked bytes when they have the recorded size and CRC-32, else null. */
function unpackIntact(
  data: Uint8Array,
  method: number,
  unpackedSize: number,
  expectedCrc: number,
  view: DataView,
  local: number,
): Uint8Array | null {
  if (method === 0) {
    // SheetJS reads stored entries by the local header's size, so it must be the real one.
    const localSize = view.getUint32(local + 18, true);
    const isIntact =
      data.length === unpackedSize && localSize === data.length && crc32(data) === expectedCrc;
    return isIntact ? data : null;
  }
  const inflated = inflateExactly(data, unpackedSize);
  return inflated !== null && crc32(inflated) === expectedCrc ? inflated : null;
}

/** An entry name as Latin-1 (the parts of an .xlsx have ASCII names; others only need to differ). */
function entryName(view: DataView, at: number, length: number): string {
  let name = '';
  for (let index = 0; index < length; index += 1)
    name += String.fromCharCode(view.getUint8(at + index));
  return name;
}

function hasMatchingLocalHeader(
  view: DataView,
  local: number,
  centralName: number,
  nameLength: number,
  method: number,
): boolean {
  if (local + 30 + nameLength > view.byteLength) return false;
  if (view.getUint32(local, true) !== LOCAL_SIGNATURE) return false;
  if (
    view.getUint16(local + 8, true) !== method ||
    view.getUint16(local + 26, true) !== nameLength
  ) {
    return false;
  }
  for (let index = 0; index < nameLength; index += 1) {
    if (view.getUint8(local + 30 + index) !== view.getUint8(centralName + index)) return false;
  }
  return true;
}
