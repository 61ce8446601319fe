import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluateCommand } from '../../../cli/commands/evaluate';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { makeIndicator, makePlan } from '../../helpers/makeIndicator';
import { fakeCliIo } from '../../helpers/fakeCliIo';

const bundle: PlanBundle = {
  plan: makePlan(),
  indicators: [makeIndicator()],
  actualValues: [],
  officialAssessments: [],
};

describe('runEvaluate', () => {
  it('prints one JSON object per indicator and the summary on stderr', async () => {
    const { io, out, err } = fakeCliIo({
      'plan.json': JSON.stringify(bundle),
      'actuals.csv':
        'indicator,year,value\n地区生产总值（GDP）（亿元）,2021,1030\n地区生产总值,2022,1102.3\n',
    });
    const code = await evaluateCommand(
      ['evaluate', '--plan', 'plan.json', '--actuals', 'actuals.csv', '--year', '2022'],
      io,
    );
    expect(code).toBe(0);
    const rows = JSON.parse(out.join('')) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: '地区生产总值（GDP）',
      category: '综合质效',
      status: '快于预期',
      // GDP's current-price levels against its target level (issue 12, item 7).
      explanation:
        '2022年地区生产总值（GDP）为1102.3亿元，2021—2022年两年平均增长7.3%（按现价水平值计算），为按基期值957.14亿元、目标值1200亿元推算的规划年均增长4.6%（未录入可比价增速，按现价水平值评价）的158.1%，快于预期；2023—2025年需年均增长2.9%方可实现1200亿元目标。',
    });
    expect(rows[0]?.progress).toBeCloseTo(1.581246, 6);
    expect(rows[0]?.requiredAnnualGrowth).toBeCloseTo(2.871202, 6);
    expect(err.join('')).toBe('1项主要指标中，1项快于预期。\n');
  });

  it('judges with the thresholds of --settings (R 158.1% is only on track at a 160% threshold)', async () => {
    const { io, out, err } = fakeCliIo({
      'plan.json': JSON.stringify(bundle),
      'actuals.csv': 'indicator,year,value\n地区生产总值,2021,1030\n地区生产总值,2022,1102.3\n',
      'strict.json': '{"midterm": {"aheadRatio": 1.6}}',
    });
    const argv = ['--plan', 'plan.json', '--actuals', 'actuals.csv', '--year', '2022'];
    expect(await evaluateCommand([...argv, '--settings', 'strict.json'], io)).toBe(0);
    const rows = JSON.parse(out.join('')) as Record<string, unknown>[];
    expect(rows[0]?.status).toBe('符合预期');
    expect(err.join('')).toBe('1项主要指标中，1项符合预期。\n');
  });

  it('names the field of a bad --settings file in Chinese and exits 1', async () => {
    const { io, err } = fakeCliIo({
      'plan.json': JSON.stringify(bundle),
      'actuals.csv': 'indicator,year,value\n地区生产总值,2022,1102.3\n',
      'bad.json': '{"midterm": {"aheadRatio": "1.3"}}',
    });
    const argv = ['--plan', 'plan.json', '--actuals', 'actuals.csv', '--year', '2022'];
    expect(await evaluateCommand([...argv, '--settings', 'bad.json'], io)).toBe(1);
    expect(await evaluateCommand([...argv, '--settings', 'none.json'], io)).toBe(1);
    expect(err).toEqual([
      '文件「bad.json」：设置项「midterm.aheadRatio」（快于预期：进度比R不低于）应为数字。\n',
      '无法读取文件「none.json」：ENOENT\n',
    ]);
  });

  it('reports CSV errors with their location and exits 1', async () => {
    const { io, err } = fakeCliIo({
      'plan.json': JSON.stringify(bundle),
      'a.csv': 'indicator,year,value\n财政总收入,2022,1\n',
    });
    expect(
      await evaluateCommand(['--plan', 'plan.json', '--actuals', 'a.csv', '--year', '2022'], io),
    ).toBe(1);
    expect(err.join('')).toBe(
      '文件「a.csv」，第 2 行，「indicator」列，内容「财政总收入」：找不到指标「财政总收入」，请核对指标名称或编号。\n',
    );
  });

  it('exits 2 on usage errors', async () => {
    const { io, err } = fakeCliIo({});
    expect(await evaluateCommand(['--plan'], io)).toBe(2);
    expect(
      await evaluateCommand(['--plan', 'p.json', '--year', '2022', '--mode', 'late'], io),
    ).toBe(2);
    expect(err[1]).toBe('评估方式「late」只能为 midterm（中期）或 final（总结）。\n');
    expect(await evaluateCommand(['--plan', 'missing.json', '--year', '2022'], io)).toBe(1);
  });

  it('uses a completion table’s own actual values when --actuals is omitted', async () => {
    const { io, out } = fakeCliIo({
      'fz.json': readFileSync('seeds/generated/seed-fz-13c.json', 'utf8'),
    });
    expect(await evaluateCommand(['--plan', 'fz.json'], io)).toBe(0);
    const rows = JSON.parse(out.join('')) as {
      name: string;
      status: string;
      officialStatus?: string;
    }[];
    expect(rows[0]).toMatchObject({
      name: '地区生产总值',
      status: '基本完成',
      officialStatus: '基本完成或接近完成',
    });
  });
});

describe('evaluate from the command line', () => {
  it('evaluates a completion table read from its document text with its own 2020 actuals', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'cli/index.ts',
        'evaluate',
        '--plan',
        'seeds/excerpts/jdz-13c.txt',
        '--table',
        'completion',
      ],
      { encoding: 'utf8' },
    );
    const rows = JSON.parse(stdout) as { name: string; status: string; officialStatus?: string }[];
    expect(rows).toHaveLength(36);
    expect(rows[0]).toMatchObject({ name: '地区生产总值', officialStatus: '基本完成或接近完成' });
    expect(rows.every((row) => typeof row.status === 'string' && row.status.length > 0)).toBe(true);
  }, 30_000);

  it('takes a CSV of actual values for a main table given as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaluate-'));
    const csv = join(dir, 'actuals.csv');
    writeFileSync(
      csv,
      'indicator,year,value\n地区生产总值（GDP）（亿元）,2021,1030\n地区生产总值,2022,1102.3\n',
    );
    const { stdout } = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'cli/index.ts',
        'evaluate',
        '--plan',
        'seeds/excerpts/jdz-14.txt',
        '--actuals',
        csv,
        '--year',
        '2022',
      ],
      { encoding: 'utf8' },
    );
    const rows = JSON.parse(stdout) as { name: string; status: string; progress: number | null }[];
    expect(rows).toHaveLength(31);
    expect(rows[0]).toMatchObject({ name: '地区生产总值（GDP）', status: '快于预期' });
    expect(rows[0]?.progress).toBeCloseTo(1.581246, 6);
  }, 30_000);
});
