/**
 * Runs the real packaging pipeline on a temporary copy of the project, without an Electron
 * download: `npm run build`'s two steps build into the copy, then electron-builder's unpacked
 * (`--dir`) Linux x64 build runs with the project's electron-builder.yml against the placeholder
 * Electron distribution (docs/decisions/0015). Nothing is written into the repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPlaceholderElectronDist } from './placeholderElectron';

/** Where the unpacked build ended up. */
export type UnpackedBuild = {
  /** The temporary project (sources copied, node_modules linked, out/ freshly built). */
  readonly projectDir: string;
  /** The unpacked application (`linux-unpacked`). */
  readonly appOutDir: string;
  /** `resources/app.asar` inside it. */
  readonly asarPath: string;
};

// Build output, caches and VCS data are not part of a clean clone's sources.
const NOT_COPIED = new Set(['.git', 'node_modules', 'out', 'release', 'dist', 'test-results']);

/** Copies the project (sources, seeds, configs) into a temp dir; node_modules is linked. */
export function stageProject(repoRoot: string): string {
  const projectDir = mkdtempSync(path.join(tmpdir(), 'workbench-pack-'));
  cpSync(repoRoot, projectDir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(repoRoot, source);
      return !NOT_COPIED.has(relative.split(path.sep)[0] ?? '');
    },
  });
  // Linked, not copied: electron-builder still sees every production dependency to exclude.
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(projectDir, 'node_modules'), 'dir');
  return projectDir;
}

/** Builds renderer and Electron bundles of `repoRoot` into `projectDir/out`. */
export function buildInto(repoRoot: string, projectDir: string): void {
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: repoRoot, stdio: 'pipe' });
  run([
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--outDir',
    path.join(projectDir, 'out', 'renderer'),
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  run(['scripts/buildElectron.mjs', '--outdir', path.join(projectDir, 'out', 'electron')]);
}

/** Runs `electron-builder --linux dir --x64` in `projectDir` against a placeholder Electron. */
export function packUnpackedLinux(repoRoot: string, projectDir: string): UnpackedBuild {
  const electronDist = createPlaceholderElectronDist(path.join(projectDir, 'placeholder-electron'));
  const outputDir = path.join(projectDir, 'release');
  mkdirSync(outputDir, { recursive: true });
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
      '--config',
      'electron-builder.yml',
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${outputDir}`,
    ],
    { cwd: projectDir, stdio: 'pipe', env: { ...process.env, CI: 'true' } },
  );
  const appOutDir = path.join(outputDir, 'linux-unpacked');
  return { projectDir, appOutDir, asarPath: path.join(appOutDir, 'resources', 'app.asar') };
}
