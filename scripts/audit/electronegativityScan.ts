/**
 * Runs @doyensec/electronegativity programmatically, offline (docs/decisions/0016). The package
 * fetches translations over HTTP at every start and its AvailableSecurityFixesGlobalCheck downloads
 * Electron's release list; both go through `got`, which is replaced by an offline stand-in before
 * the package loads, so the scan never touches the network.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One finding, reduced to what the allowlist compares and the report prints. */
export type ScanFinding = {
  readonly check: string;
  /** Path relative to the scanned folder, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly confidence: string;
  readonly description: string;
};

/** A file the scanner could not parse, and so did not audit. */
export type UnparsedFile = { readonly file: string; readonly message: string };

/** What one scan found. */
export type ScanResult = {
  readonly findings: readonly ScanFinding[];
  readonly unparsed: readonly UnparsedFile[];
};

/** Everything that runs inside the app: main, preload, renderer page and code, shared logic. */
export const SCANNED_PATHS = [
  'package.json',
  'electron',
  'renderer/index.html',
  'renderer/src',
  'shared',
];

/** Needs the network (Electron's release list from GitHub): left out offline, per issue 7. */
export const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

// The package's own shapes (it ships no types); only the fields read below.
type RawIssue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
};
type RawError = { file: string; message: string; tolerable: boolean };
type RunOptions = {
  input: string;
  isRelative: boolean;
  customScan: string[];
  excludeFromScan: string[];
};
type Run = (options: RunOptions) => Promise<{ issues: RawIssue[]; errors: RawError[] }>;

/**
 * Copies the scanned paths of `repoRoot` into a temp folder: the scanner takes one folder and
 * would otherwise also read tests, scripts and build output, whose code never runs in the app.
 */
export function stageScanInput(repoRoot: string, paths: readonly string[] = SCANNED_PATHS): string {
  const inputDir = mkdtempSync(path.join(tmpdir(), 'workbench-audit-'));
  for (const relative of paths) {
    cpSync(path.join(repoRoot, relative), path.join(inputDir, relative), { recursive: true });
  }
  return inputDir;
}

/** Scans `inputDir` with every check except `excludedChecks`. */
export async function scanWithElectronegativity(
  inputDir: string,
  excludedChecks: readonly string[] = OFFLINE_EXCLUDED_CHECKS,
): Promise<ScanResult> {
  const result = await loadOfflineRunner()({
    input: path.resolve(inputDir),
    isRelative: true,
    customScan: [],
    excludeFromScan: [...excludedChecks],
  });
  return {
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: toSlashes(issue.file),
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
    })),
    unparsed: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => ({
        file: toSlashes(path.relative(inputDir, error.file)),
        message: error.message,
      })),
  };
}

function loadOfflineRunner(): Run {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [packageDir] });
  // A 404 makes the translation loader fall back to its bundled English texts, silently.
  const offlineGot = Object.assign(() => Promise.resolve({ statusCode: 404, body: '' }), {
    head: () => Promise.reject(new Error('离线审计：不访问网络')),
  });
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: offlineGot,
  } as unknown as NodeJS.Module; // A cache entry needs only these fields to be returned.
  process.env['LANG'] = 'en-US';
  return require(path.join(packageDir, 'dist', 'runner.js')) as Run;
}

function toSlashes(file: string): string {
  return file.split(path.sep).join('/');
}
