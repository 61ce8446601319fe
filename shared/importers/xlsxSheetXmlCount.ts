/** How many rows and cells a worksheet's XML holds. */
export type SheetXmlCount = { rows: number; cells: number };

const LESS_THAN = 0x3c;
const COLON = 0x3a;
const LETTER_R = 0x72;
const LETTER_O = 0x6f;
const LETTER_W = 0x77;
const LETTER_C = 0x63;

/**
 * Counts the `<row>` and `<c>` elements of a worksheet part (xl/worksheets/sheetN.xml) in one pass
 * over its bytes, namespace prefixes included (`<x:row>`), so the work SheetJS would do can be
 * bounded before it starts (issue 16). Adds to `count`, which may span several sheets.
 */
export function countSheetXml(xml: Uint8Array, count: SheetXmlCount): void {
  const end = xml.length;
  for (let at = xml.indexOf(LESS_THAN); at >= 0 && at < end; at = xml.indexOf(LESS_THAN, at + 1)) {
    let name = at + 1;
    // Skip a namespace prefix: up to 16 name characters then a colon.
    for (let probe = name; probe < end && probe - name < 16; probe += 1) {
      const byte = xml[probe] as number;
      if (byte === COLON) {
        name = probe + 1;
        break;
      }
      if (!isNameByte(byte)) break;
    }
    if (xml[name] === LETTER_C && !isNameByte(xml[name + 1] ?? 0)) count.cells += 1;
    else if (
      xml[name] === LETTER_R &&
      xml[name + 1] === LETTER_O &&
      xml[name + 2] === LETTER_W &&
      !isNameByte(xml[name + 3] ?? 0)
    ) {
      count.rows += 1;
    }
  }
}

/** An ASCII letter, digit, `-`, `_` or `.`: a byte that continues an XML name. */
function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2d ||
    byte === 0x5f ||
    byte === 0x2e
  );
}
