import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCommand } from '../../cli/commands/evaluate';
import { parseCommand } from '../../cli/commands/parse';
import { reportCommand } from '../../cli/commands/report';
import { readBundleJson } from '../../cli/readBundleJson';
import { fakeCliIo } from '../helpers/fakeCliIo';
import { JDZ_ACTUALS_CSV } from '../shared/report/reportFixture';

const JDZ_TEXT = readFileSync('tests/fixtures/source-docs/000_fcb2957cab32a824.txt', 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

async function parsed(args: string[]): Promise<string> {
  const { io, out, err } = fakeCliIo({ 'jdz.txt': JDZ_TEXT });
  expect(await parseCommand(['jdz.txt', ...args], io)).toBe(0);
  expect(err).toEqual([]);
  return out.join('');
}

describe('cli round trip parse → evaluate → report', () => {
  it('reads the JSON parse printed back into report, naming the place from the text', async () => {
    const json = await parsed([]);
    expect(JSON.parse(json).plan.region).toBe('景德镇市');
    const { io, out, written } = fakeCliIo({ 'p.json': json, 'a.csv': JDZ_ACTUALS_CSV });
    const argv = ['--plan', 'p.json', '--actuals', 'a.csv', '--year', '2022', '--out', 'r.docx'];
    expect(await reportCommand(argv, io)).toBe(0);
    expect(out.join('')).toBe(
      '已生成「r.docx」：景德镇市国民经济和社会发展第十四个五年规划纲要实施中期评估报告（2022年，31项指标，8张图）。\n',
    );
    expect(written.get('r.docx')?.length).toBeGreaterThan(10_000);
  }, 60_000);

  it('takes --region over the name in the text', async () => {
    const json = await parsed(['--region', '浮梁县']);
    expect(JSON.parse(json).plan.region).toBe('浮梁县');
    const { io, out } = fakeCliIo({ 'p.json': json, 'a.csv': JDZ_ACTUALS_CSV });
    const argv = ['--plan', 'p.json', '--actuals', 'a.csv', '--year', '2022', '--region', '乐平市'];
    expect(await reportCommand([...argv, '--out', 'r.xlsx'], io)).toBe(0);
    expect(out.join('')).toContain('「r.xlsx」：乐平市国民经济和社会发展第十四个五年规划纲要');
  });

  it('evaluates a completion table from its parse output with the official values', async () => {
    const json = await parsed(['--table', 'completion']);
    const { io, out } = fakeCliIo({ 'c.json': json });
    expect(await evaluateCommand(['--plan', 'c.json'], io)).toBe(0);
    const rows = JSON.parse(out.join('')) as { name: string; status: string }[];
    const fromText = fakeCliIo({ 'jdz.txt': JDZ_TEXT });
    expect(await evaluateCommand(['--plan', 'jdz.txt', '--table', 'completion'], fromText.io)).toBe(
      0,
    );
    expect(rows).toEqual(JSON.parse(fromText.out.join('')));
    expect(rows.filter((row) => row.status === '数据不足').length).toBeLessThan(3);
  });
});

describe('readBundleJson', () => {
  const plan = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as {
    plan: Record<string, unknown>;
    indicators: Record<string, unknown>[];
  };
  const problem = (data: unknown) => {
    const result = readBundleJson(bytes(JSON.stringify(data)), 'p.json');
    return result.ok ? null : result.error.message;
  };

  it('names the field that is wrong, in Chinese', () => {
    expect(problem({ ...plan, plan: { ...plan.plan, baseYear: '2020' } })).toBe(
      '规划数据有误：字段「plan.baseYear」应为整数年份，实际为「"2020"」',
    );
    const indicators = [...plan.indicators];
    indicators[2] = { ...indicators[2], attribute: '约束' };
    expect(problem({ ...plan, indicators })).toBe(
      '规划数据有误：字段「indicators[2].attribute」应为预期性、约束性之一，实际为「"约束"」',
    );
    indicators[2] = { ...indicators[2], attribute: '约束性', target: { kind: 'guess' } };
    expect(problem({ ...plan, indicators })).toBe(
      '规划数据有误：字段「indicators[2].target.kind」应为目标类型，实际为「"guess"」',
    );
    expect(problem({ plan: plan.plan })).toBe('不是规划数据（应包含 plan 和 indicators）');
    expect(readBundleJson(bytes('{'), 'p.json').ok).toBe(false);
  });

  // Decision 0044: a plan imported from a table without 属性 carries null until the user fills it.
  it('reads an attribute not filled yet (null)', () => {
    const indicators = plan.indicators.map((item, index) =>
      index === 2 ? { ...item, attribute: null } : item,
    );
    const result = readBundleJson(bytes(JSON.stringify({ ...plan, indicators })), 'p.json');
    expect(result.ok && result.value.indicators.map((item) => item.attribute).slice(0, 4)).toEqual([
      plan.indicators[0]?.attribute,
      plan.indicators[1]?.attribute,
      null,
      plan.indicators[3]?.attribute,
    ]);
  });

  it('reads a seed bundle unchanged', () => {
    const result = readBundleJson(bytes(JSON.stringify(plan)), 'p.json');
    expect(result.ok && result.value).toEqual({
      officialAssessments: [],
      actualValues: [],
      ...plan,
    });
  });
});
