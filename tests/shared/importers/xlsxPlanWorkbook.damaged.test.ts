import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { Result } from '../../../shared/lib/result';
import { exportPlanTemplate } from '../../../shared/importers/xlsxPlanTemplateExport';
import { checkZip } from '../../../shared/importers/xlsxZipCheck';
import { damageExtraLength, damageNameLength } from './xlsxZipDamage';

const isWellFormedZip = (bytes: Uint8Array): boolean =>
  checkZip(bytes, 200 * 1024 * 1024).kind === 'intact';

const ROOT = join(__dirname, '../../..');
const SEED = 'seeds/generated/seed-cj-13c.json';

/**
 * Runs in a child process, so that a regression (SheetJS looping forever on the damaged zip) kills
 * the child at the time limit and fails this test, instead of freezing the whole test run.
 */
const SCRIPT = `
const { readFileSync } = await import('node:fs');
const { exportPlanTemplate } = await import('./shared/importers/xlsxPlanTemplateExport.ts');
const { importPlanFromWorkbook } = await import('./shared/importers/xlsxPlanWorkbook.ts');
const damage = await import('./tests/shared/importers/xlsxZipDamage.ts');
const template = await exportPlanTemplate(JSON.parse(readFileSync('${SEED}', 'utf8')));
const started = Date.now();
const results = [damage.damageNameLength(template), damage.damageExtraLength(template)].map(
  (bytes) => importPlanFromWorkbook(bytes, '规划.xlsx', { planId: 'p' }),
);
process.stdout.write(JSON.stringify({ results, milliseconds: Date.now() - started }));
`;

type ChildAnswer = { results: Result<PlanBundle>[]; milliseconds: number };

async function importDamagedInChild(): Promise<ChildAnswer> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      { cwd: ROOT, timeout: 20_000, maxBuffer: 1_000_000 },
    );
    return JSON.parse(stdout) as ChildAnswer;
  } catch (error) {
    const killed = (error as { killed?: boolean }).killed === true;
    throw new Error(
      killed ? 'importPlanFromWorkbook hung on a damaged zip (SheetJS loop?)' : String(error),
      { cause: error },
    );
  }
}

describe('importPlanFromWorkbook with a damaged plan template', () => {
  it('sees the damage that froze SheetJS in an exported template', async () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8')) as PlanBundle;
    const template = await exportPlanTemplate(bundle);
    expect(isWellFormedZip(template)).toBe(true);
    expect(isWellFormedZip(damageNameLength(template))).toBe(false);
    expect(isWellFormedZip(damageExtraLength(template))).toBe(false);
  });

  it('refuses it quickly with a Chinese error instead of hanging', async () => {
    const { results, milliseconds } = await importDamagedInChild();
    for (const result of results) {
      expect(result).toStrictEqual({
        ok: false,
        error: {
          message:
            '无法读取该 Excel 文件：文件已损坏、已加密或不是 .xlsx 工作簿。请在 Excel 中打开后另存为「Excel 工作簿（*.xlsx）」再导入',
          location: { file: '规划.xlsx' },
        },
      });
    }
    expect(milliseconds).toBeLessThan(2000);
  }, 30_000);
});
