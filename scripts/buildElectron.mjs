// Bundles the Electron main process and preload into out/electron/ (CommonJS, Node 20).
// The preload becomes ONE file: a sandboxed preload can require only `electron`, not local
// modules. `electron` stays external: the runtime provides it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.env.NODE_ENV === 'production';
// `--outdir <dir>` builds elsewhere: the packaging test packs a temporary project
// (tests/packaging/electronBuilder.test.ts).
const outDirFlag = process.argv.indexOf('--outdir');
const outDir = outDirFlag === -1 ? 'out/electron' : process.argv[outDirFlag + 1];

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: `${outDir}/main.cjs`,
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: `${outDir}/preload.cjs`,
  }),
]);
