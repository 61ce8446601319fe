/**
 * A Word or web file whose indicator table is an appendix titled only 「附表 主要指标」 takes its
 * region and level from the document's title lines, as pasted text and PDF text do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { openPlanTable } from '../../../shared/importers/openPlanDocument';
import { DOCUMENT_VARIANT, planTableModel } from '../../../scripts/fixtures/planTableModel';
import { renderLayout } from '../../helpers/planLayouts';

const seed = JSON.parse(
  readFileSync(join(__dirname, '../../../seeds/generated/seed-jdz-14.json'), 'utf8'),
) as PlanBundle;

const HEAD = ['青川县国民经济和社会发展', '第十五个五年规划纲要', '（2026年1月）', '一、发展基础'];

/** The documents' layout with the table titled 「附表 主要指标」 and the plan's title lines above. */
function documentWithHead(layout: 'html' | 'docx', tableTitle = '附表 主要指标') {
  const file = renderLayout(
    { ...planTableModel(seed, DOCUMENT_VARIANT), title: tableTitle },
    layout,
  );
  if (layout === 'html') {
    const head = HEAD.map((line) => `<p>${line}</p>`).join('');
    return { ...file, bytes: strToU8(strFromU8(file.bytes).replace('<body>', `<body>${head}`)) };
  }
  const parts = unzipSync(file.bytes);
  const paragraphs = HEAD.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join('');
  const xml = strFromU8(parts['word/document.xml']!).replace('<w:body>', `<w:body>${paragraphs}`);
  return { ...file, bytes: zipSync({ ...parts, 'word/document.xml': strToU8(xml) }) };
}

describe('the region of a Word or web document’s title lines', () => {
  for (const layout of ['html', 'docx'] as const) {
    it(`reads 青川县 (区县) from the title lines of a ${layout} file`, async () => {
      const file = documentWithHead(layout);
      const result = await openPlanTable(file.bytes, file.fileName, { planId: 'p', table: 'main' });
      if (!result.ok) throw new Error(result.error.message);
      const { bundle, reading } = result.value;
      expect([bundle.plan.region, bundle.plan.level]).toEqual(['青川县', '区县']);
      expect(reading?.bundle).toBe(bundle);
      expect(bundle.indicators).toHaveLength(seed.indicators.length);
    });
  }

  it('keeps the region the table’s own title names, and the one the user gives', async () => {
    const own = documentWithHead('html', '抚州市“十五五”规划主要指标');
    const read = await openPlanTable(own.bytes, own.fileName, { planId: 'p', table: 'main' });
    expect(read.ok && [read.value.bundle.plan.region, read.value.bundle.plan.level]).toEqual([
      '抚州市',
      '市',
    ]);
    const file = documentWithHead('docx');
    const given = await openPlanTable(file.bytes, file.fileName, {
      planId: 'p',
      table: 'main',
      region: '广元市',
      level: '市',
    });
    expect(given.ok && given.value.bundle.plan.region).toBe('广元市');
  });

  it('keeps the level the user gives with the region the title lines name', async () => {
    const file = documentWithHead('docx');
    const result = await openPlanTable(file.bytes, file.fileName, {
      planId: 'p',
      table: 'main',
      level: '其他',
    });
    expect(result.ok && [result.value.bundle.plan.region, result.value.bundle.plan.level]).toEqual([
      '青川县',
      '其他',
    ]);
  });
});
