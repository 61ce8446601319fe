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
      '第 1 条指标的字段「target.kind」',
    ],
    [
      'an empty target',
      { ...jdz, indicators: [{ ...gdp, target: {} }] },
      '第 1 条指标的字段「target.kind」',
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
    ['a null indicator', { ...jdz, indicators: [null] }, '第 1 条指标应为对象'],
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
