import { readFileSync } from 'node:fs';
import { openPlanDocument } from '../../shared/importers/openPlanDocument';
import { medianMsAsync, type BenchResult } from './measure';

const DOCUMENTS = 'tests/fixtures/documents';

/**
 * Issue 11: the time to open a whole plan document and read its main table, from a PDF (text with
 * positions, rows and columns rebuilt) and from a Word file, each against reading the same table
 * from the web page of the same excerpt (a plain HTML parse) in the same run. Medians after a
 * warm-up, so pdf.js's one-time load is left out.
 */
export async function runDocumentBenchmarks(): Promise<BenchResult[]> {
  const open = (name: string) => {
    const bytes = new Uint8Array(readFileSync(`${DOCUMENTS}/${name}`));
    return () => openPlanDocument(bytes, name, { planId: 'bench', table: 'main' });
  };
  const baseline = await medianMsAsync(open('jdz-plan.html'), 9, 2);
  const rows: [string, string][] = [
    ['jdz-plan.pdf', 'PDF'],
    ['jdz-plan.docx', 'Word（.docx）'],
  ];
  const results: BenchResult[] = [];
  for (const [file, label] of rows) {
    const ms = await medianMsAsync(open(file), 7, 2);
    results.push({
      name: `从${label}规划文件（景德镇节选，两张表）中找到并解析主要指标表`,
      value: ms,
      unit: 'ms',
      target: '',
      ok: true,
      ratio: ms / baseline,
      baseline: '同一节选的网页（.html）',
    });
  }
  return results;
}
