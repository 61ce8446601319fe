import { crc32, inflateExactly } from './xlsxInflate';

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
/** Guard against zip bombs: a plan table or a filled template unpacks to a few MB. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** True when the zip's directory and local headers are consistent, unencrypted and bounded. */
export function isWellFormedZip(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return false;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (count === 0 || start + size > eocd) return false;
  let offset = start;
  let unpacked = 0;
  for (let index = 0; index < count; index += 1) {
    const entry = readCentralEntry(view, offset, start);
    if (!entry) return false;
    unpacked += entry.unpackedSize;
    if (unpacked > MAX_UNPACKED_BYTES) return false;
    offset = entry.next;
  }
  return offset === start + size;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

type CentralEntry = { readonly next: number; readonly unpackedSize: number };

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
  if (dataStart + packedSize > directoryStart || unpackedSize > MAX_UNPACKED_BYTES) return null;
  const data = new Uint8Array(view.buffer, view.byteOffset + dataStart, packedSize);
  const expectedCrc = view.getUint32(offset + 16, true);
  return isIntact(data, method, unpackedSize, expectedCrc, view, local)
    ? { next, unpackedSize }
    : null;
}

function isIntact(
  data: Uint8Array,
  method: number,
  unpackedSize: number,
  expectedCrc: number,
  view: DataView,
  local: number,
): boolean {
  if (method === 0) {
    // SheetJS reads stored entries by the local header's size, so it must be the real one.
    const localSize = view.getUint32(local + 18, true);
    return data.length === unpackedSize && localSize === data.length && crc32(data) === expectedCrc;
  }
  const inflated = inflateExactly(data, unpackedSize);
  return inflated !== null && crc32(inflated) === expectedCrc;
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
