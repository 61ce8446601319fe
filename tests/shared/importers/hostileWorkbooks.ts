/**
 * Hostile .xlsx files of issue 16, made inside the test run from a few lines rather than
 * committed: a minimal workbook (content types, relationships, workbook, one sheet) whose sheet
 * XML is one pattern repeated, written by Node's zlib. `Buffer.fill` repeats the pattern without
 * building a string, so a 140 MB sheet costs one 140 MB buffer while it is compressed.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const PARTS: Readonly<Record<string, string>> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="填报" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook whose one sheet holds `repeat` copies of `rowXml` (e.g. `<row><c><v>1</v></c></row>`). */
export function workbookWithRepeatedRows(rowXml: string, repeat: number): Uint8Array {
  const body = Buffer.alloc(rowXml.length * repeat);
  body.fill(rowXml, 'latin1');
  const sheet = Buffer.concat([Buffer.from(SHEET_HEAD), body, Buffer.from(SHEET_TAIL)]);
  return zip({ ...toBuffers(PARTS), 'xl/worksheets/sheet1.xml': sheet });
}

/** A zip of the given parts plus `extra` (e.g. `xl/workbook.bin` to pose as an .xlsb). */
export function workbookWithParts(
  extra: Readonly<Record<string, string>>,
  withoutWorkbookXml = false,
): Uint8Array {
  const parts = { ...PARTS, 'xl/worksheets/sheet1.xml': `${SHEET_HEAD}${SHEET_TAIL}`, ...extra };
  if (withoutWorkbookXml) delete (parts as Record<string, string>)['xl/workbook.xml'];
  return zip(toBuffers(parts));
}

function toBuffers(parts: Readonly<Record<string, string>>): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, Buffer.from(text)]));
}

/** A plain zip (deflate, no data descriptors) of the given entries. */
function zip(entries: Readonly<Record<string, Buffer>>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const packed = deflateRawSync(data, { level: 1 });
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
