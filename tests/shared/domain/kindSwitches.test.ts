/**
 * A new target kind (or verdict, work-item kind, status…) is a compiler-guided change
 * (decision 0041): every `switch` in the app's sources ends in `assertNever` or names the members
 * its `default:` covers with `coversKinds`. This scan fails on a new switch that does neither, so
 * a silent catch-all cannot creep back. Switches on open-ended values are listed with the reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['shared', 'renderer/src', 'electron', 'cli'];

/** Switches on values that are not a closed union, keyed by `file: subject`. */
const OPEN_ENDED: Readonly<Record<string, string>> = {
  'renderer/src/features/dataEntry/components/CellEditor.tsx: event.key':
    '任意按键，default 即不处理',
  'renderer/src/features/dataEntry/gridCursor.ts: event.key': '任意按键，default 即不处理',
  'shared/importers/xlsxPlanSheetGrid.ts: cell.t': 'SheetJS 的单元格类型，不归本项目定义',
};

type SwitchSite = { readonly where: string; readonly exhaustive: boolean };

/** Every `switch (…) {` in a source text with whether its body ends in a checked default. */
function switchSites(file: string, source: string): SwitchSite[] {
  const sites: SwitchSite[] = [];
  for (const match of source.matchAll(/switch \(([^)]*)\) \{/g)) {
    const body = bracedBody(source, match.index + match[0].length);
    sites.push({
      where: `${file}: ${match[1]}`,
      exhaustive: /\bassertNever\(|\bcoversKinds\(/.test(body),
    });
  }
  return sites;
}

/** The text up to the brace closing the one opened just before `from`. */
function bracedBody(source: string, from: number): string {
  let depth = 1;
  let at = from;
  while (depth > 0 && at < source.length) {
    const char = source[at];
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    at += 1;
  }
  return source.slice(from, at);
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function allSites(): SwitchSite[] {
  return SCANNED.flatMap((folder) => sourceFiles(join(ROOT, folder))).flatMap((path) =>
    switchSites(relative(ROOT, path).replaceAll('\\', '/'), readFileSync(path, 'utf8')),
  );
}

describe('switches on a kind are exhaustive (decision 0041)', () => {
  it('finds a catch-all default and accepts assertNever or coversKinds', () => {
    const source = [
      "switch (target.kind) { case 'level': return 1; default: return 0; }",
      "switch (target.kind) { case 'level': return 1; default: return assertNever(target); }",
      "switch (t.kind) { case 'a': { if (x) { y(); } return 1; } default: coversKinds(t.kind, ['b']); return 0; }",
    ].join('\n');
    expect(switchSites('x.ts', source)).toEqual([
      { where: 'x.ts: target.kind', exhaustive: false },
      { where: 'x.ts: target.kind', exhaustive: true },
      { where: 'x.ts: t.kind', exhaustive: true },
    ]);
  });

  it('has no switch in shared/, renderer/, electron/ or cli/ that a new member would slip past', () => {
    const sites = allSites();
    expect(sites.length).toBeGreaterThan(20);
    const unchecked = sites
      .filter((site) => !site.exhaustive && !(site.where in OPEN_ENDED))
      .map((site) => site.where);
    expect(unchecked).toEqual([]);
  });

  it('lists only open-ended switches that still exist', () => {
    const wheres = new Set(allSites().map((site) => site.where));
    expect(Object.keys(OPEN_ENDED).filter((where) => !wheres.has(where))).toEqual([]);
  });
});
