/**
 * A placeholder Electron distribution for linux x64: the few files electron-builder copies or
 * edits when given `electronDist`. The real binary cannot be downloaded here (TECH-NOTES), so the
 * `electron` file is a shell script that carries Electron's fuse wire, letting electron-builder
 * flip the fuses exactly as it would in the real binary (docs/decisions/0015).
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The marker @electron/fuses searches for; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/** The fuses of wire version 1, in wire order (@electron/fuses `FuseV1Options`). */
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

/** One fuse name. */
export type FuseName = (typeof FUSE_NAMES)[number];

/** Electron's defaults, as shipped: '1' on, '0' off (so every fuse we set has to be flipped). */
export const ELECTRON_DEFAULT_FUSE_WIRE = '10110001';

/** Chromium locales in the placeholder; electron-builder keeps only `electronLanguages`. */
export const PLACEHOLDER_LOCALES = ['de.pak', 'en-US.pak', 'fr.pak', 'zh-CN.pak'];

/** Writes the placeholder distribution into `dir` (created if missing) and returns `dir`. */
export function createPlaceholderElectronDist(dir: string): string {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const binary = path.join(dir, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "placeholder Electron: packaging test only" >&2\nexit 1\n'),
      Buffer.from(FUSE_SENTINEL, 'latin1'),
      Buffer.from([FUSE_WIRE_VERSION, ELECTRON_DEFAULT_FUSE_WIRE.length]),
      Buffer.from(ELECTRON_DEFAULT_FUSE_WIRE, 'latin1'),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(binary, 0o755);
  for (const locale of PLACEHOLDER_LOCALES) writeFileSync(path.join(dir, 'locales', locale), '');
  writeFileSync(path.join(dir, 'version'), '45.4.1');
  writeFileSync(path.join(dir, 'LICENSE'), 'placeholder');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<p>placeholder</p>');
  return dir;
}

/** Reads the fuse wire of an Electron binary: each fuse on (true) or off (false). */
export function readFuseWire(binaryPath: string): Record<FuseName, boolean> {
  const bytes = readFileSync(binaryPath);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at === -1) throw new Error(`未在 ${binaryPath} 中找到熔断器标记`);
  const wireStart = at + FUSE_SENTINEL.length + 2;
  const wire = bytes.subarray(wireStart, wireStart + FUSE_NAMES.length).toString('latin1');
  return Object.fromEntries(FUSE_NAMES.map((name, index) => [name, wire[index] === '1'])) as Record<
    FuseName,
    boolean
  >;
}
