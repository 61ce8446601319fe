import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { TableImport } from '../../../shared/importers/importPlanGrid';
import { importPlanTable } from '../../../shared/importers/importPlanTable';

/** A built-in plan as generated (seeds/generated/seed-<key>.json). */
export function readSeed(key: string): PlanBundle {
  const path = join(__dirname, '../../../seeds/generated', `seed-${key}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as PlanBundle;
}

/** What a variant must reproduce of each indicator. */
export function essentials(indicators: readonly Indicator[]) {
  return indicators.map((indicator) => ({
    category: indicator.category,
    name: indicator.name,
    unit: indicator.unit,
    baseRaw: indicator.baseRaw,
    targetRaw: indicator.targetRaw,
    growthRaw: indicator.growthRaw,
    attribute: indicator.attribute,
  }));
}

/** Column kinds a rendered table may have. */
export type RenderColumn =
  | 'seq'
  | 'category'
  | 'name'
  | 'nameWithUnit'
  | 'unit'
  | 'base'
  | 'target'
  | 'growth'
  | 'attribute'
  | 'vision';

/** Renders a seed's indicators as rows of cells, category written on a group's first row only. */
export function seedRows(bundle: PlanBundle, columns: readonly RenderColumn[]): string[][] {
  let lastCategory = '';
  return bundle.indicators.map((indicator, index) => {
    const category = indicator.category === lastCategory ? '' : indicator.category;
    lastCategory = indicator.category;
    return columns.map((column) => {
      switch (column) {
        case 'seq':
          return String(index + 1);
        case 'category':
          return category;
        case 'name':
          return indicator.name;
        case 'nameWithUnit':
          return indicator.unit ? `${indicator.name}（${indicator.unit}）` : indicator.name;
        case 'unit':
          return indicator.unit;
        case 'base':
          return indicator.baseRaw;
        case 'target':
          return indicator.targetRaw;
        case 'growth':
          return indicator.growthRaw;
        case 'attribute':
          return indicator.attribute ?? '';
        case 'vision':
          return '';
      }
    });
  });
}

/** Tab-separated text of a header row and rows. */
export function tabText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.join('\t')).join('\n');
}

/** The built-in main tables the generated variants are made from. */
export const MAIN_SEEDS = ['jdz-14', 'cj-14', 'fz-14'] as const;

/** importPlanTable on a text that must read; its message is the test's failure otherwise. */
export function read(text: string, table: 'main' | 'completion' = 'main'): TableImport {
  const result = importPlanTable(text, { table, planId: 'p' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
