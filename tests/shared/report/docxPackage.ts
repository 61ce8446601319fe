import * as XLSX from 'xlsx';

/** The parts of a .docx (a zip), read with SheetJS's zip reader: names and XML texts. */
export type DocxPackage = {
  readonly names: readonly string[];
  readonly text: (name: string) => string;
};

/** Opens a .docx; `text` throws when a part is missing. */
export function openDocx(bytes: Uint8Array): DocxPackage {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const names = zip.FullPaths.map((full: string) => full.replace(/^Root Entry\//, ''));
  return {
    names,
    text: (name) => {
      const entry = zip.FileIndex[names.indexOf(name)];
      if (!entry?.content) throw new Error(`${name} missing`);
      return new TextDecoder('utf-8').decode(entry.content as Uint8Array);
    },
  };
}

/** The paragraphs of a part's XML, each with its XML and its text. */
export function paragraphsOf(xml: string): { readonly xml: string; readonly text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => ({
    xml: match[0],
    text: [...match[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** A 1×1 white PNG: real image bytes for figures whose pixels a test does not look at. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);
