/**
 * Outlines of distinct chart texts from resvg (textToPaths.ts). resvg spends ~2 ms per glyph (it
 * reads the CJK font file anew), so the texts are split by glyph count into one part per core:
 * the main thread converts one part while worker threads convert the others. A worker that fails
 * returns nothing and its texts stay text (resvg draws them when rasterising, only slower).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/** What the outlines are drawn with: the same font options as the raster, so the same glyphs. */
export type TextFontOptions = NonNullable<ResvgRenderOptions['font']>;

/** More parts than this gain little: each loads the system font list (~90 ms) first. */
const MAX_PARTS = 4;

// A CommonJS script: the worker needs no TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.postMessage(new Resvg(workerData.svg, { font: workerData.font }).toString());
`;

/**
 * Outlines already drawn in this process, by font and text element: a second report (or the
 * bench's warm runs) repeats most labels. Dropped whole when it grows past CACHE_LIMIT.
 */
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Outlines by key index; keys resvg drew nothing for are missing. */
export async function textOutlines(
  keys: readonly string[],
  font: TextFontOptions,
): Promise<Map<number, string>> {
  const fontKey = JSON.stringify(font);
  const outlines = new Map<number, string>();
  const missing: string[] = [];
  const missingAt: number[] = [];
  keys.forEach((key, index) => {
    const cached = CACHE.get(`${fontKey}\n${key}`);
    if (cached !== undefined) outlines.set(index, cached);
    else {
      missing.push(key);
      missingAt.push(index);
    }
  });
  if (missing.length === 0) return outlines;
  const drawn = await convert(missing, font);
  if (CACHE.size + drawn.size > CACHE_LIMIT) CACHE.clear();
  for (const [at, outline] of drawn) {
    CACHE.set(`${fontKey}\n${missing[at] ?? ''}`, outline);
    outlines.set(missingAt[at] ?? -1, outline);
  }
  return outlines;
}

async function convert(
  keys: readonly string[],
  font: TextFontOptions,
): Promise<Map<number, string>> {
  const parts = splitByGlyphs(keys, Math.min(MAX_PARTS, availableParallelism()));
  const [own, ...others] = parts.map((part) => partSvg(keys, part));
  const pending = others.map((svg) => convertInWorker(svg, font));
  const simplified = [own === undefined ? '' : new Resvg(own, { font }).toString()];
  simplified.push(...(await Promise.all(pending)));
  const outlines = new Map<number, string>();
  for (const text of simplified) readOutlines(text, outlines);
  return outlines;
}

/** Key indexes in parts of about equal glyph counts, the longest texts placed first. */
function splitByGlyphs(keys: readonly string[], count: number): number[][] {
  const parts = Array.from({ length: Math.max(1, count) }, () => ({
    glyphs: 0,
    keys: [] as number[],
  }));
  const glyphs = (key: string) => key.replace(/<[^>]*>/g, '').length;
  const order = keys
    .map((_, index) => index)
    .sort((a, b) => glyphs(keys[b] ?? '') - glyphs(keys[a] ?? ''));
  for (const index of order) {
    const lightest = parts.reduce((best, part) => (part.glyphs < best.glyphs ? part : best));
    lightest.keys.push(index);
    lightest.glyphs += glyphs(keys[index] ?? '');
  }
  return parts
    .filter((part) => part.keys.length > 0)
    .map((part) => part.keys.sort((a, b) => a - b));
}

/** One SVG with each text of the part in a group `t<index>`. */
function partSvg(keys: readonly string[], part: readonly number[]): string {
  const groups = part.map((index) => `<g id="t${index}">${keys[index] ?? ''}</g>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">${groups}</svg>`;
}

function convertInWorker(svg: string, font: TextFontOptions): Promise<string> {
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { svg, font, resvg } });
    worker.once('message', (text: unknown) => resolve(typeof text === 'string' ? text : ''));
    worker.once('error', () => resolve(''));
    worker.once('exit', () => resolve(''));
  });
}

/**
 * resvg's simplified output: each group runs to the next group or the end, its own closing tag
 * the chunk's last one; numbers are printed in full, so nothing is rounded.
 */
function readOutlines(simplified: string, into: Map<number, string>): void {
  for (const chunk of simplified.split(/(?=<g id="t\d+"[\s/>])/).slice(1)) {
    const head = /^<g id="t(\d+)">/.exec(chunk);
    const body = chunk.replace(/<\/svg>\s*$/, '').trimEnd();
    if (!head || !body.endsWith('</g>')) continue;
    const inner = body.slice(head[0].length, -'</g>'.length).trim();
    if (/<path\b/.test(inner)) into.set(Number(head[1]), inner);
  }
}
