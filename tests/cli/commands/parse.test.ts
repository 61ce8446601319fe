import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../cli/commands/parse';
import { fakeCliIo } from '../../helpers/fakeCliIo';

const ROOT = join(__dirname, '../../..');

const excerpt = (key: string) => readFileSync(join(ROOT, 'seeds/excerpts', `${key}.txt`), 'utf8');

describe('parseCommand', () => {
  it('prints the main table as JSON with raw cells, kinds and warnings', async () => {
    const { io, out, err } = fakeCliIo({ 'a/jdz.txt': excerpt('jdz-14') });
    expect(await parseCommand(['a/jdz.txt'], io)).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out.join(''));
    expect(json.indicatorCount).toBe(31);
    expect(json.plan.origin).toEqual({ type: 'file', fileName: 'jdz.txt' });
    expect(json.indicators[24]).toMatchObject({
      category: '民生福祉',
      name: '城镇登记失业率',
      unit: '%',
      baseRaw: '3.12',
      targetRaw: '--',
      growthRaw: '4.5 以内',
      attribute: '约束性',
      direction: 'lowerIsBetter',
      targetKind: 'ceiling',
      targetKindLabel: '上限（以内）',
      target: { kind: 'ceiling', limit: 4.5, inclusive: true, isApproximate: false },
      warnings: [],
    });
    expect(json.indicators[0].actual2020).toBeUndefined();
  });

  it('prints 2020 actuals and official verdicts for completion tables', async () => {
    const { io, out } = fakeCliIo({ 'fz.txt': excerpt('fz-13c') });
    expect(await parseCommand(['fz.txt', '--table', 'completion', '--plan-id', 'fz'], io)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.indicators[0]).toMatchObject({
      id: 'fz/001',
      name: '地区生产总值',
      actual2020: { raw: '1572.5', value: 1572.5, year: 2020, status: '预计数' },
      actualGrowthRaw: '7.4',
      officialVerdict: '基本完成或接近完成',
    });
  });

  it('reports errors in Chinese with a non-zero exit code', async () => {
    const { io, err } = fakeCliIo({ 'x.txt': '随便写点什么' });
    expect(await parseCommand(['x.txt'], io)).toBe(1);
    expect(err.join('')).toBe(
      '解析失败：文件「x.txt」，第 1 行，内容「随便写点什么」：未找到“十四五”主要指标表：没有一行带有“预期性”或“约束性”属性。请粘贴完整的指标表（含表头与属性列）\n',
    );
    const missing = fakeCliIo({});
    expect(await parseCommand(['nope.txt'], missing.io)).toBe(1);
    expect(missing.err.join('')).toBe('解析失败：无法读取文件「nope.txt」：ENOENT\n');
    const usage = fakeCliIo({});
    expect(await parseCommand(['--table', 'x'], usage.io)).toBe(2);
    expect(usage.err.join('')).toContain('--table 只能是 main 或 completion');
    const xlsx = fakeCliIo({});
    expect(await parseCommand(['plan.xlsx'], xlsx.io)).not.toBe(0);
    expect(xlsx.err.join('')).toContain('无法读取文件「plan.xlsx」');
  });
});

describe('cli/index.ts', () => {
  it('runs `parse <excerpt>` in a real process', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'cli/index.ts', 'parse', 'seeds/excerpts/cj-14.txt'],
      { cwd: ROOT, maxBuffer: 10_000_000 },
    );
    const json = JSON.parse(stdout);
    expect(json.indicatorCount).toBe(30);
    expect(json.indicators[3]).toMatchObject({
      name: '固定资产投资增速',
      baseRaw: '[ ]',
      growthRaw: '12左右',
    });
  }, 30_000);
});
