import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { isWellFormedZip } from '../../../shared/importers/xlsxDataTemplateZipCheck';
import { buildTemplate, existing, indicators, plan } from './xlsxDataTemplateFixture';

const DAMAGED =
  '文件已损坏，无法作为 Excel 工作簿（.xlsx）读取。请在 Excel 中打开确认后重新保存再导入';

/** Offset of the local file header of `name` in a zip. */
function localHeaderOf(bytes: Uint8Array, name: string): number {
  const encoded = new TextEncoder().encode(name);
  for (let offset = 0; offset < bytes.length - 30; offset += 1) {
    const isHeader =
      bytes[offset] === 0x50 && bytes[offset + 1] === 0x4b && bytes[offset + 2] === 3;
    if (isHeader && encoded.every((byte, index) => bytes[offset + 30 + index] === byte))
      return offset;
  }
  throw new Error(`no local header for ${name}`);
}

function damage(offset: number, byte: number): Uint8Array {
  const bytes = buildTemplate().slice();
  bytes[offset] = byte;
  return bytes;
}

describe('isWellFormedZip', () => {
  it('accepts the templates SheetJS writes', () => {
    expect(isWellFormedZip(buildTemplate())).toBe(true);
    expect(isWellFormedZip(buildTemplate('市统计局'))).toBe(true);
  });

  // Each of these froze SheetJS 0.20.3's XLSX.read forever before the check existed.
  it('refuses a changed name length in a local header (froze SheetJS)', () => {
    const bytes = damage(localHeaderOf(buildTemplate(), 'xl/metadata.xml') + 26, 186);
    expect(isWellFormedZip(bytes)).toBe(false);
    const result = importDataTemplate(bytes, '填报.xlsx', plan, indicators, existing);
    expect(result.ok || result.error.message).toBe(DAMAGED);
  });

  it('refuses a changed extra-field length in the first local header (froze SheetJS)', () => {
    expect(isWellFormedZip(damage(28, 228))).toBe(false);
  });

  it('refuses damaged compressed data (CRC-32 or stream check)', () => {
    const start = localHeaderOf(buildTemplate(), 'xl/worksheets/sheet1.xml') + 30 + 24 + 40;
    expect(isWellFormedZip(damage(start, 0x00))).toBe(false);
  });

  it('refuses a file without a central directory', () => {
    expect(isWellFormedZip(buildTemplate().slice(0, 4000))).toBe(false);
    expect(isWellFormedZip(Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toBe(false);
  });
});
