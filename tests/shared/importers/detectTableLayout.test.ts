import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTableLayout } from '../../../shared/importers/detectTableLayout';

const excerpt = (key: string) =>
  readFileSync(join(__dirname, '../../../seeds/excerpts', `${key}.txt`), 'utf8').split('\n');

describe('detectTableLayout', () => {
  it.each([
    ['jdz-14', 'pdfText'],
    ['jdz-13c', 'pdfText'],
    ['cj-14', 'webText'],
    ['cj-13c', 'webText'],
    ['fz-14', 'tabSeparated'],
    ['fz-13c', 'tabSeparated'],
  ])('detects %s as %s', (key, layout) => {
    expect(detectTableLayout(excerpt(key))).toBe(layout);
  });

  it('returns null for text without table rows', () => {
    expect(detectTableLayout(['一段正文。', '', '另一段。'])).toBeNull();
    expect(detectTableLayout([])).toBeNull();
  });

  it('accepts numbered lines', () => {
    expect(
      detectTableLayout([
        { line: 3, text: '预期性' },
        { line: 4, text: '约束性' },
      ]),
    ).toBe('webText');
  });

  it('reads a header and one row copied from Excel as tab-separated', () => {
    const block = [
      '类别\t指标\t2020年\t2025年\t年均增长[累计]\t属性',
      '综合质效\t地区生产总值（GDP）（亿元）\t957.14\t1200\t7左右\t预期性',
    ];
    expect(detectTableLayout(block)).toBe('tabSeparated');
    expect(detectTableLayout(block.slice(1))).toBe('tabSeparated');
  });
});
