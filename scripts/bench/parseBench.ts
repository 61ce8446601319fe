import { readFileSync } from 'node:fs';
import { importPlanFromText } from '../../shared/importers/importPlanFromText';
import { SEED_MANIFEST } from '../../seeds/manifest';
import { medianMs, type BenchResult } from './measure';

/**
 * Issue 3: the parse time of each seed table (from its excerpt), with splitting the same text into
 * lines as the baseline, and of the whole 抚州 document (the importer finds the table itself).
 */
export function runParseBenchmarks(): BenchResult[] {
  const results: BenchResult[] = SEED_MANIFEST.map((seed) => {
    const text = readFileSync(`seeds/excerpts/${seed.key}.txt`, 'utf8');
    const ms = medianMs(() => importPlanFromText(text, seed.options), 21, 3);
    const baseline = medianMs(() => text.split('\n').map((line) => line.trim()), 21, 3);
    return {
      name: `解析内置规划 ${seed.options.planId}（${text.length} 字符）`,
      value: ms,
      unit: 'ms',
      target: '',
      ok: true,
      ratio: ms / baseline,
      baseline: '按行切分同一文本',
    };
  });
  const document = readFileSync('tests/fixtures/source-docs/002_641d90f13b9fbec7.txt', 'utf8');
  const ms = medianMs(() => importPlanFromText(document, { table: 'main', planId: 'bench' }), 9, 2);
  results.push({
    name: '从抚州市规划全文中找到并解析主要指标表',
    value: ms,
    unit: 'ms',
    target: '',
    ok: true,
  });
  return results;
}
