import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../../cli/commands/report';
import { fakeCliIo } from '../../helpers/fakeCliIo';
import { openDocx, paragraphsOf } from '../../shared/report/docxPackage';
import { JDZ_ACTUALS_CSV } from '../../shared/report/reportFixture';

const PLAN = readFileSync('seeds/generated/seed-jdz-14.json', 'utf8');
const TITLE = '景德镇市国民经济和社会发展第十四个五年规划纲要实施中期评估报告';

describe('reportCommand', () => {
  it('writes the Word report of the built-in 景德镇 plan with its charts', async () => {
    const { io, out, err, written } = fakeCliIo({ 'jdz.json': PLAN, 'a.csv': JDZ_ACTUALS_CSV });
    const argv = ['--plan', 'jdz.json', '--actuals', 'a.csv', '--year', '2022', '--out', 'r.docx'];
    expect(await reportCommand(argv, io)).toBe(0);
    expect(out.join('')).toBe(`已生成「r.docx」：${TITLE}（2022年，31项指标，8张图）。\n`);
    expect(err.join('')).toBe(
      '31项主要指标中，5项快于预期，12项符合预期，6项滞后，8项需人工研判；其中约束性指标11项，3项符合预期，1项滞后，7项需人工研判。\n',
    );
    const docx = openDocx(written.get('r.docx')!);
    const body = docx.text('word/document.xml');
    const texts = paragraphsOf(body).map((p) => p.text);
    expect(texts[0]).toBe(TITLE);
    const headings = [
      '一、评估工作开展情况',
      '二、主要目标指标实现情况',
      '三、重点任务、重大工程项目和重大改革推进情况',
      '四、存在的主要问题',
      '五、下一步工作建议',
    ].map((heading) => texts.indexOf(heading));
    expect(headings.every((index, at) => index > (headings[at - 1] ?? 0))).toBe(true);
    expect(texts.filter((text) => /^图\d+ /.test(text))).toHaveLength(8);
    // Eight different charts: eight PNGs, each 1280 × 720 (640 × 360 at 2×).
    const media = docx.names.filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(8);
    // 附表1: two header rows and 31 indicators; 附表2: one header row and 6 lagging indicators.
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect(body.match(/<w:tr>/g)).toHaveLength(33 + 7);
  }, 60_000);

  it('writes the Excel tables', async () => {
    const { io, written } = fakeCliIo({ 'jdz.json': PLAN, 'a.csv': JDZ_ACTUALS_CSV });
    const argv = ['report', '--plan', 'jdz.json', '--actuals', 'a.csv', '--year', '2022'];
    expect(await reportCommand([...argv, '--out', '报告.xlsx'], io)).toBe(0);
    const workbook = XLSX.read(written.get('报告.xlsx')!, { type: 'array' });
    expect(workbook.SheetNames[0]).toBe('主要指标进展情况表');
  });

  it('says in Chinese what is wrong with the arguments and exits 2', async () => {
    const { io, err } = fakeCliIo({ 'jdz.json': PLAN });
    const base = ['--plan', 'jdz.json', '--year', '2022'];
    expect(await reportCommand(base, io)).toBe(2);
    expect(await reportCommand([...base, '--out', '报告.pdf'], io)).toBe(2);
    expect(
      await reportCommand(['--plan', 'jdz.json', '--year', '2020', '--out', 'r.docx'], io),
    ).toBe(2);
    expect(await reportCommand([...base, '--out', 'r.docx', '--mode', 'late'], io)).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/^缺少 --out（报告文件，\.docx 或 \.xlsx）。用法：report --plan /),
      '报告文件「报告.pdf」须以 .docx（Word）或 .xlsx（Excel）结尾。\n',
      '评估年份2020年应在基期年2020年之后、目标年2025年或之前。\n',
      '评估方式「late」只能为 midterm（中期）或 final（总结）。\n',
    ]);
  });

  it('exits 1 on a missing plan, missing actuals or an unwritable file', async () => {
    const failing = fakeCliIo({ 'jdz.json': PLAN, 'a.csv': JDZ_ACTUALS_CSV });
    const io = { ...failing.io, writeFile: async () => Promise.reject(new Error('EACCES')) };
    const argv = ['--plan', 'jdz.json', '--actuals', 'a.csv', '--year', '2022', '--out', 'r.xlsx'];
    expect(await reportCommand(argv, io)).toBe(1);
    expect(await reportCommand(['--plan', 'x.json', '--year', '2022', '--out', 'r.docx'], io)).toBe(
      1,
    );
    expect(
      await reportCommand(['--plan', 'jdz.json', '--year', '2022', '--out', 'r.docx'], io),
    ).toBe(1);
    expect(failing.err.slice(0, 1)).toEqual(['无法写入文件「r.xlsx」：EACCES\n']);
    expect(failing.err.slice(1)).toEqual([
      '无法读取规划：无法读取文件「x.json」：ENOENT\n',
      expect.stringMatching(/^规划中没有实际值，请用 --actuals 提供实际值 CSV。/),
    ]);
  });
});

describe('report --tasks', () => {
  const TASKS = readFileSync('tests/fixtures/source-docs/004_fac2628270a00fab.txt', 'utf8');

  it('drafts 三 from a task list, its progress said to be 未填报', async () => {
    const { io, written } = fakeCliIo({
      'jdz.json': PLAN,
      'a.csv': JDZ_ACTUALS_CSV,
      '004.txt': TASKS,
    });
    const argv = [
      '--plan',
      'jdz.json',
      '--actuals',
      'a.csv',
      '--tasks',
      '004.txt',
      '--year',
      '2022',
    ];
    expect(await reportCommand([...argv, '--out', 'r.docx'], io)).toBe(0);
    const texts = paragraphsOf(openDocx(written.get('r.docx')!).text('word/document.xml')).map(
      (p) => p.text,
    );
    const at = texts.indexOf('三、重点任务、重大工程项目和重大改革推进情况');
    expect(texts[at + 1]).toBe(
      '截至2022年，《纲要》部署的25项重点任务均未填报进展，暂无法评价推进情况。',
    );
  }, 60_000);

  it('exits 1 with a Chinese message when the task list cannot be read', async () => {
    const { io, err } = fakeCliIo({ 'jdz.json': PLAN, 'a.csv': JDZ_ACTUALS_CSV });
    const argv = ['--plan', 'jdz.json', '--actuals', 'a.csv', '--tasks', 'x.txt', '--year', '2022'];
    expect(await reportCommand([...argv, '--out', 'r.xlsx'], io)).toBe(1);
    expect(err).toEqual(['读取任务清单失败：无法读取文件「x.txt」：ENOENT\n']);
  });
});

describe('report from the command line', () => {
  it('writes an end-of-term report and the process exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const path = join(dir, '总结评估.docx');
    const { stdout } = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'cli/index.ts',
        'report',
        '--plan',
        'seeds/generated/seed-jdz-13c.json',
        '--out',
        path,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(stdout).toBe(
      `已生成「${path}」：景德镇市国民经济和社会发展第十三个五年规划纲要实施总结评估报告（2020年，36项指标，1张图）。\n`,
    );
    const docx = openDocx(new Uint8Array(readFileSync(path)));
    expect(paragraphsOf(docx.text('word/document.xml')).map((p) => p.text)).toContain(
      '二、主要目标指标完成情况',
    );
    expect(docx.names.filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
  }, 90_000);
});
