import { describe, expect, it } from 'vitest';
import { evaluateCommand } from '../../cli/commands/evaluate';
import { reportCommand } from '../../cli/commands/report';
import { makeJdzPlanBundle } from '../helpers/jdzPlanBundle';
import { fakeCliIo } from '../helpers/fakeCliIo';

const jdz = makeJdzPlanBundle();
const gdp = jdz.indicators[0]!;

describe('loadPlanFile (JSON plans, issue 16)', () => {
  it.each([
    [
      'a bad target kind',
      { ...jdz, indicators: [{ ...gdp, target: { kind: 'x' } }] },
      '字段「indicators[0].target.kind」应为目标类型',
    ],
    [
      'an empty target',
      { ...jdz, indicators: [{ ...gdp, target: {} }] },
      '字段「indicators[0].target.kind」应为目标类型',
    ],
    [
      'a rate given as text',
      {
        ...jdz,
        indicators: [
          {
            ...gdp,
            target: { kind: 'growthRate', annualGrowth: { value: '7', qualifier: 'about' } },
          },
        ],
      },
      '「target.annualGrowth.value」应为数字',
    ],
    [
      'a null indicator',
      { ...jdz, indicators: [null] },
      '字段「indicators[0]」应为对象，实际为「null」',
    ],
  ])('evaluate refuses %s in Chinese without a stack trace', async (_name, plan, part) => {
    const { io, out, err } = fakeCliIo({ 'plan.json': JSON.stringify(plan) });
    expect(await evaluateCommand(['--plan', 'plan.json', '--year', '2022'], io)).toBe(1);
    expect(out.join('')).toBe('');
    expect(err.join('')).toContain(part);
    expect(err.join('')).not.toMatch(/at |TypeError|Error:/);
  });

  it('report refuses a plan whose target year is 1e9 at once instead of running out of memory', async () => {
    const plan = { ...jdz, plan: { ...jdz.plan, targetYear: 1e9 } };
    const { io, err, written } = fakeCliIo({ 'plan.json': JSON.stringify(plan) });
    const started = performance.now();
    expect(
      await reportCommand(['--plan', 'plan.json', '--year', '2022', '--out', 'r.docx'], io),
    ).toBe(1);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(err.join('')).toBe(
      '无法读取规划：文件「plan.json」：规划的字段「targetYear」应为 1900–2100 之间的整数年份（现为「1000000000」）\n',
    );
    expect(written.size).toBe(0);
  });
});

describe('file formats and encodings (issue 16)', () => {
  it('reads a GBK-encoded actuals CSV', async () => {
    const csv = new TextEncoder().encode(JSON.stringify(jdz));
    // 「指标,年份,数值 / 地区生产总值（GDP）,2021,1030」 in GBK (Python's str.encode('gbk')).
    const gbk = Buffer.from(
      'd6b8b1ea2cc4eab7dd2ccafdd6b50ab5d8c7f8c9fab2fad7dcd6b5a3a8474450a3a92c323032312c313033300a',
      'hex',
    );
    const { io, out, err } = fakeCliIo({ 'plan.json': csv, 'a.csv': new Uint8Array(gbk) });
    expect(
      await evaluateCommand(['--plan', 'plan.json', '--actuals', 'a.csv', '--year', '2021'], io),
    ).toBe(0);
    expect(err.join('')).not.toContain('表头缺少');
    expect(out.join('')).toContain('1030');
  });
});
