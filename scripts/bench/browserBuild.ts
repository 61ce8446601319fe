// Builds what the in-browser benchmarks serve: a fresh production build of the renderer (never a
// stale out/renderer, and never the folder the e2e tests use) plus the benchmark's own pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, type Plugin } from 'vite';
import { heavyLibrariesOf, type HeavyChunks } from './browserChunks';

/** The served folder of the benchmark's own files, below the build's root. */
export const BENCH_FOLDER = '__bench';

/** What the build step leaves for the benchmarks. */
export type BenchBuild = {
  /** Chunks holding echarts, xlsx, docx or exceljs, read from the bundler's module lists. */
  readonly heavyChunks: HeavyChunks;
  /** The page-side timing script, for `context.addInitScript`. */
  readonly marksScript: string;
};

/**
 * Builds the renderer into `root` with the project's vite config, then adds `__bench/`: a blank
 * page (the cold-start baseline) and a page running the SheetJS + Dexie baseline bundle.
 */
export async function buildForBench(root: string): Promise<BenchBuild> {
  const heavyChunks = await buildRenderer(root);
  const folder = join(root, BENCH_FOLDER);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'blank.html'), htmlPage('空白页', ''));
  writeFileSync(
    join(folder, 'baseline.js'),
    await bundle('scripts/bench/browser/baselineEntry.ts'),
  );
  writeFileSync(
    join(folder, 'baseline.html'),
    htmlPage('基准', '<script src="baseline.js"></script>'),
  );
  return { heavyChunks, marksScript: await bundle('scripts/bench/browser/marksEntry.ts') };
}

async function buildRenderer(outDir: string): Promise<HeavyChunks> {
  const chunks = new Map<string, string[]>();
  // Records each chunk's modules as the bundler writes it: names alone (xlsx-…js) would miss a
  // library that lands in a chunk named after the app module importing it.
  const recorder: Plugin = {
    name: 'workbench-bench-chunks',
    generateBundle(_options, output) {
      for (const item of Object.values(output)) {
        if (item.type !== 'chunk') continue;
        const libraries = heavyLibrariesOf(item.moduleIds);
        if (libraries.length > 0) chunks.set(basename(item.fileName), libraries);
      }
    },
  };
  await viteBuild({
    configFile: 'renderer/vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [recorder],
  });
  return chunks;
}

async function bundle(entry: string): Promise<string> {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild 未输出 ${entry}`);
  return file.text;
}

function htmlPage(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>\n`;
}
