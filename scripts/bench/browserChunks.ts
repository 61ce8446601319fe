// Which build chunks hold the heavy libraries the first screen must not download
// (STYLE.md「Single doors」: xlsx, docx and echarts are reached by dynamic import()).

/** The libraries that must stay out of the first screen (zrender is echarts' renderer). */
export const HEAVY_LIBRARIES = ['echarts', 'zrender', 'xlsx', 'docx', 'exceljs'] as const;

/** Chunk file name (without folders) → the heavy libraries it contains. */
export type HeavyChunks = ReadonlyMap<string, readonly string[]>;

/** The npm package a bundled module comes from, or null for the project's own modules. */
export function packageOfModule(moduleId: string): string | null {
  const path = moduleId.replace(/\\/g, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [scopeOrName, name] = path.slice(at + '/node_modules/'.length).split('/');
  if (!scopeOrName) return null;
  return scopeOrName.startsWith('@') && name ? `${scopeOrName}/${name}` : scopeOrName;
}

/** The heavy libraries among a chunk's modules, each once, in HEAVY_LIBRARIES order. */
export function heavyLibrariesOf(moduleIds: readonly string[]): string[] {
  const packages = new Set(moduleIds.map(packageOfModule));
  return HEAVY_LIBRARIES.filter((library) => packages.has(library));
}

/** The heavy libraries of the requested script URLs, as 「库（文件）」 labels. */
export function heavyRequests(urls: readonly string[], chunks: HeavyChunks): string[] {
  const found = new Set<string>();
  for (const url of urls) {
    const file = new URL(url).pathname.split('/').pop() ?? '';
    for (const library of chunks.get(file) ?? []) found.add(`${library}（${file}）`);
  }
  return [...found];
}
