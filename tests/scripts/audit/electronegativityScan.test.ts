import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeScan } from '../../../scripts/audit/auditVerdict';
import { ELECTRONEGATIVITY_ALLOWLIST } from '../../../scripts/audit/electronegativityAllowlist';
import {
  scanWithElectronegativity,
  type ScanResult,
} from '../../../scripts/audit/electronegativityScan';

// A deliberately insecure app: the scanner must see what our own app avoids.
const INSECURE_MAIN = `import { BrowserWindow } from 'electron';
export function open(): void {
  const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
  void window.loadURL('http://example.com/');
}
`;

let appDir: string;
let scan: ScanResult;

beforeAll(async () => {
  appDir = mkdtempSync(path.join(tmpdir(), 'insecure-app-'));
  writeFileSync(path.join(appDir, 'main.ts'), INSECURE_MAIN);
  writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(appDir, 'package.json'), readFileSync('package.json'));
  scan = await scanWithElectronegativity(appDir);
}, 60_000);

afterAll(() => rmSync(appDir, { recursive: true, force: true }));

describe('scanWithElectronegativity', () => {
  it('finds every weakness of an insecure window', () => {
    expect(scan.unparsed).toEqual([]);
    expect(scan.findings.map((f) => `${f.check} ${f.file}:${f.line}`).sort()).toEqual([
      'AUXCLICK_JS_CHECK main.ts:3',
      'CONTEXT_ISOLATION_JS_CHECK main.ts:3',
      'CSP_GLOBAL_CHECK N/A:0',
      'ELECTRON_VERSION_JSON_CHECK package.json:1',
      'HTTP_RESOURCES_JS_CHECK main.ts:4',
      'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK N/A:0',
      'LIMIT_NAVIGATION_GLOBAL_CHECK N/A:0',
      'NODE_INTEGRATION_JS_CHECK main.ts:3',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N/A:0',
      'SANDBOX_JS_CHECK main.ts:3',
    ]);
  });

  it('makes the audit fail: the allowlist excuses none of them', () => {
    const verdict = judgeScan(scan, ELECTRONEGATIVITY_ALLOWLIST);
    expect(verdict.ok).toBe(false);
    expect(verdict.unjustified.map((f) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(verdict.justified.map((f) => f.check)).toEqual(['ELECTRON_VERSION_JSON_CHECK']);
  });
});
