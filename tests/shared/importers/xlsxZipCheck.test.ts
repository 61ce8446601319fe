import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { checkZip } from '../../../shared/importers/xlsxZipCheck';
import { buildTemplate, existing, indicators, plan } from './xlsxDataTemplateFixture';
import { damageAt, damageExtraLength, damageNameLength, localHeaderOf } from './xlsxZipDamage';

const isWellFormedZip = (bytes: Uint8Array): boolean =>
  checkZip(bytes, 200 * 1024 * 1024).kind === 'intact';

const DAMAGED =
  '文件已损坏，无法作为 Excel 工作簿（.xlsx）读取。请在 Excel 中打开确认后重新保存再导入';

describe('checkZip', () => {
  it('accepts the templates exceljs writes', () => {
    expect(isWellFormedZip(buildTemplate())).toBe(true);
    expect(isWellFormedZip(buildTemplate('市统计局'))).toBe(true);
  });

  // Each of these froze SheetJS 0.20.3's XLSX.read forever before the check existed.
  it('refuses a changed name length in a local header (froze SheetJS)', () => {
    const bytes = damageNameLength(buildTemplate());
    expect(isWellFormedZip(bytes)).toBe(false);
    const result = importDataTemplate(bytes, '填报.xlsx', plan, indicators, existing);
    expect(result.ok || result.error.message).toBe(DAMAGED);
  });

  it('refuses a changed extra-field length in the first local header (froze SheetJS)', () => {
    expect(isWellFormedZip(damageExtraLength(buildTemplate()))).toBe(false);
  });

  it('refuses damaged compressed data (CRC-32 or stream check)', () => {
    const template = buildTemplate();
    const start = localHeaderOf(template, 'xl/worksheets/sheet1.xml') + 30 + 24 + 40;
    expect(isWellFormedZip(damageAt(template, start, 0x00))).toBe(false);
  });

  it('refuses a file without a central directory', () => {
    expect(isWellFormedZip(buildTemplate().slice(0, 4000))).toBe(false);
    expect(isWellFormedZip(Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toBe(false);
  });
});
