import * as XLSX from 'xlsx';

/** One cell as written in a worksheet's XML: its type attribute, value text and any formula. */
export type PackageCell = {
  readonly sheet: string;
  readonly address: string;
  /** The `t` attribute: 's' (shared string), 'str', 'inlineStr', 'n' or '' (number). */
  readonly type: string;
  /** The text or number as stored (shared strings resolved, XML entities decoded). */
  readonly text: string;
  readonly formula: string | null;
};

const ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};

function decodeXml(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&#(x?)([0-9A-Fa-f]+);/g, (_, isHex: string, digits: string) =>
      String.fromCodePoint(parseInt(digits, isHex ? 16 : 10)),
    );
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => decodeXml(m[1] ?? ''))
    .join('');
}

type Package = ReturnType<typeof XLSX.CFB.read>;

function entry(cfb: Package, path: string): string | null {
  const found = XLSX.CFB.find(cfb, path);
  return found ? new TextDecoder().decode(found.content as Uint8Array) : null;
}

/** The text of one part of an xlsx package (e.g. `/xl/worksheets/sheet1.xml`), or null. */
export function readPackageXml(bytes: Uint8Array, path: string): string | null {
  return entry(XLSX.CFB.read(bytes, { type: 'array' }), path);
}

/**
 * Every cell of every worksheet of an xlsx package, read from the XML itself (not through a
 * spreadsheet library), so a test sees exactly what Excel will: whether a cell is a string,
 * a number or a formula.
 */
export function readPackageCells(bytes: Uint8Array): PackageCell[] {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const shared = [
    ...(entry(cfb, '/xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => textOf(m[1] ?? ''));
  const sheets = cfb.FullPaths.filter((name: string) => /\/xl\/worksheets\/[^/]+\.xml$/.test(name));
  return sheets.flatMap((path: string) =>
    [...(entry(cfb, path) ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) =>
      readCell(path.replace(/^.*\//, ''), m[1] ?? '', m[2] ?? '', shared),
    ),
  );
}

function readCell(
  sheet: string,
  attributes: string,
  body: string,
  shared: readonly string[],
): PackageCell {
  const type = /\bt="([^"]*)"/.exec(attributes)?.[1] ?? '';
  const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  const formula = /<f[^>]*>([\s\S]*?)<\/f>|<f[^>]*\/>/.exec(body);
  let text = decodeXml(value ?? '');
  if (type === 's') text = shared[Number(value)] ?? '';
  if (type === 'inlineStr') text = textOf(body);
  return {
    sheet,
    address: /\br="([A-Z]+\d+)"/.exec(attributes)?.[1] ?? '',
    type,
    text,
    formula: formula ? (formula[1] ?? '') : null,
  };
}
