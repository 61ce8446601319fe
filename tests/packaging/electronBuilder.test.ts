import { builtinModules, createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ELECTRON_DEFAULT_FUSE_WIRE,
  readFuseWire,
} from '../../scripts/packaging/placeholderElectron';
import {
  buildInto,
  packUnpackedLinux,
  stageProject,
  type UnpackedBuild,
} from '../../scripts/packaging/packUnpacked';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// js-yaml comes with electron-builder and has no bundled types: its one function is typed here.
const { load: parseYaml } = createRequire(import.meta.url)('js-yaml') as {
  load: (text: string) => unknown;
};
const config = parseYaml(
  readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'),
) as Configuration;

let build: UnpackedBuild;

beforeAll(() => {
  const projectDir = stageProject(repoRoot);
  buildInto(repoRoot, projectDir);
  build = packUnpackedLinux(repoRoot, projectDir);
}, 120_000);

afterAll(() => {
  if (build) rmSync(build.projectDir, { recursive: true, force: true });
});

/** Files (not folders) in app.asar, as `out/electron/main.cjs`. */
function asarFiles(): string[] {
  return listPackage(build.asarPath, { isPack: false })
    .map((entry) =>
      entry
        .replace(/^[\\/]/, '')
        .split(path.sep)
        .join('/'),
    )
    .filter((entry) => !('files' in statFile(build.asarPath, entry)))
    .sort();
}

/** Every file below `dir`, relative to `base`, with forward slashes. */
function filesBelow(base: string, dir: string): string[] {
  return readdirSync(path.join(base, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'));
}

describe('electron-builder --dir (linux x64, placeholder Electron)', () => {
  it('packs exactly package.json, both bundles, the renderer build and the built-in plans', () => {
    const renderer = filesBelow(build.projectDir, 'out/renderer');
    const seeds = filesBelow(build.projectDir, 'seeds/generated').filter((f) =>
      f.endsWith('.json'),
    );
    expect(renderer).toContain('out/renderer/index.html');
    expect(seeds).toContain('seeds/generated/seed-jdz-14.json');
    const expected = [
      'package.json',
      'out/electron/main.cjs',
      'out/electron/preload.cjs',
      ...renderer,
      ...seeds,
    ].sort();
    expect(asarFiles()).toEqual(expected);
  });

  it('leaves out source maps although the build wrote them', () => {
    expect(existsSync(path.join(build.projectDir, 'out/electron/main.cjs.map'))).toBe(true);
    expect(asarFiles().filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('leaves out node_modules although production dependencies were there to collect', () => {
    expect(existsSync(path.join(build.projectDir, 'node_modules/antd/package.json'))).toBe(true);
    expect(asarFiles().filter((file) => file.includes('node_modules'))).toEqual([]);
  });

  it('needs no node_modules at run time: the bundles require only electron and Node built-ins', () => {
    const required = ['out/electron/main.cjs', 'out/electron/preload.cjs'].flatMap((file) => {
      const code = extractFile(build.asarPath, file).toString('utf8');
      return [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? '');
    });
    const external = new Set(required.filter((name) => !builtinModules.includes(name)));
    expect([...external].filter((name) => !name.startsWith('node:'))).toEqual(['electron']);
  });

  it('ships a package.json that starts the bundled main, without scripts or devDependencies', () => {
    const packageJson = JSON.parse(extractFile(build.asarPath, 'package.json').toString('utf8'));
    expect(packageJson.main).toBe('out/electron/main.cjs');
    expect(packageJson.productName).toBe('规划评估工作台');
    expect(packageJson.scripts).toBeUndefined();
    expect(packageJson.devDependencies).toBeUndefined();
  });

  it('flips every fuse of the configuration in the Electron binary', () => {
    expect(ELECTRON_DEFAULT_FUSE_WIRE).toBe('10110001');
    expect(readFuseWire(path.join(build.appOutDir, 'plan-evaluation-workbench'))).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps only the Chinese and English Chromium locales and writes no update file', () => {
    expect(readdirSync(path.join(build.appOutDir, 'locales')).sort()).toEqual([
      'en-US.pak',
      'zh-CN.pak',
    ]);
    expect(readdirSync(path.join(build.appOutDir, 'resources'))).toEqual(['app.asar']);
  });
});

// Installers need NSIS, fpm and appimagetool, which electron-builder downloads: they cannot be
// built here, so their settings are checked field by field (docs/decisions/0015).
describe('electron-builder.yml installer settings', () => {
  it('names the product in Chinese and publishes nothing (no auto-update)', () => {
    expect(config.productName).toBe('规划评估工作台');
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
  });

  it('builds an NSIS installer for the current user without admin rights, plus a portable exe', () => {
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      shortcutName: '规划评估工作台',
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
    expect(config.portable?.requestExecutionLevel).toBe('user');
    expect(config.nsis?.artifactName).not.toBe(config.portable?.artifactName);
  });

  it('builds deb and AppImage for x64 and arm64 with Chinese package metadata for UOS and Kylin', () => {
    expect(config.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux).toMatchObject({
      category: 'Office',
      maintainer: '规划评估工作台项目组',
      synopsis: '五年规划主要指标年度填报与中期评估报告编制',
    });
  });
});
