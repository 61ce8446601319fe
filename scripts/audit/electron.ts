/**
 * `npm run audit:electron`: electronegativity over everything that runs inside the app, offline,
 * compared with the allowlist of justified findings (docs/decisions/0016). Exits 1 on any
 * unjustified finding, stale justification or unparsed file.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeVerdict, judgeScan } from './auditVerdict';
import { ELECTRONEGATIVITY_ALLOWLIST } from './electronegativityAllowlist';
import { SCANNED_PATHS, scanWithElectronegativity, stageScanInput } from './electronegativityScan';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const inputDir = stageScanInput(repoRoot);
try {
  const verdict = judgeScan(await scanWithElectronegativity(inputDir), ELECTRONEGATIVITY_ALLOWLIST);
  console.log(`electronegativity 安全审计（离线）：${SCANNED_PATHS.join('、')}`);
  for (const line of describeVerdict(verdict)) console.log(line);
  process.exitCode = verdict.ok ? 0 : 1;
} finally {
  rmSync(inputDir, { recursive: true, force: true });
}
