/**
 * The byte damage that froze SheetJS 0.20.3's `XLSX.read` forever before the strict zip check
 * (shared/importers/xlsxZipCheck.ts) existed, applied to any zip a test builds.
 */

/** Offset of the local file header of `name` in a zip. */
export function localHeaderOf(bytes: Uint8Array, name: string): number {
  const encoded = new TextEncoder().encode(name);
  for (let offset = 0; offset < bytes.length - 30; offset += 1) {
    const isHeader =
      bytes[offset] === 0x50 && bytes[offset + 1] === 0x4b && bytes[offset + 2] === 3;
    if (isHeader && encoded.every((byte, index) => bytes[offset + 30 + index] === byte))
      return offset;
  }
  throw new Error(`no local header for ${name}`);
}

/** A copy of `bytes` with the byte at `offset` changed. */
export function damageAt(bytes: Uint8Array, offset: number, byte: number): Uint8Array {
  const damaged = bytes.slice();
  damaged[offset] = byte;
  return damaged;
}

/**
 * A changed name length in a part's local header (froze SheetJS on xl/metadata.xml of the files it
 * writes). xl/workbook.xml by default: SheetJS and exceljs both write it.
 */
export function damageNameLength(bytes: Uint8Array, part = 'xl/workbook.xml'): Uint8Array {
  return damageAt(bytes, localHeaderOf(bytes, part) + 26, 186);
}

/** A changed extra-field length in the first local header (froze SheetJS). */
export function damageExtraLength(bytes: Uint8Array): Uint8Array {
  return damageAt(bytes, 28, 228);
}
