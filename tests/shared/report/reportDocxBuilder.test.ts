import { describe, expect, it } from 'vitest';
import type { FigureImage } from '../../../shared/report/reportDocument';
import { buildReportDocx } from '../../../shared/report/reportDocxBuilder';
import { titleLines } from '../../../shared/report/reportTitle';
import type { DocxPackage } from './docxPackage';
import { ONE_PIXEL_PNG, openDocx, paragraphsOf } from './docxPackage';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { buildReport } from '../../../shared/report/buildReport';
import { EMPTY_FRAMING } from '../../../shared/report/reportFraming';
import { jdzMidtermReport, seedBundle } from './reportFixture';

describe('titleLines', () => {
  it('breaks the title after the region’s 国民经济和社会发展', () => {
    expect(titleLines('景德镇市国民经济和社会发展第十四个五年规划纲要实施中期评估报告')).toEqual([
      '景德镇市国民经济和社会发展',
      '第十四个五年规划纲要实施中期评估报告',
    ]);
    expect(titleLines('某某评估报告')).toEqual(['某某评估报告']);
  });
});

describe('buildReportDocx', () => {
  const report = jdzMidtermReport();
  // Every figure but the last gets an image; the last is left out of the document.
  const image: FigureImage = { png: ONE_PIXEL_PNG, widthPx: 1280, heightPx: 720 };
  const images = new Map(report.figures.slice(0, -1).map((figure) => [figure.id, image]));
  let docx: DocxPackage;
  let body: string;

  it('writes a Word package', async () => {
    const bytes = await buildReportDocx(report, images);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    docx = openDocx(bytes);
    body = docx.text('word/document.xml');
  });

  it('sets A4 pages with the GB/T 9704 margins, portrait then landscape', () => {
    expect(body.match(/<w:pgSz [^>]*\/>/g)).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    ]);
    const margins = [...body.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((match) =>
      Object.fromEntries(
        [...(match[1] ?? '').matchAll(/w:(\w+)="(\d+)"/g)].map((m) => [m[1], Number(m[2])]),
      ),
    );
    // 37, 35, 28 and 26 mm in twips (1 mm = 56.69 twips).
    expect(margins[0]).toMatchObject({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    expect(margins[1]).toMatchObject({ top: 1587, bottom: 1474, left: 1587, right: 1474 });
  });

  it('sets the title in 方正小标宋简体 二号 over two centred lines', () => {
    const title = paragraphsOf(body)[0]!;
    expect(title.text).toBe('景德镇市国民经济和社会发展第十四个五年规划纲要实施中期评估报告');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    expect(title.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(title.xml).toContain('<w:sz w:val="44"/>');
    expect(title.xml).toContain('<w:br/>');
  });

  it('writes headings in 黑体 and 楷体_GB2312 and the body in 仿宋_GB2312 三号 at exact 28 pt', () => {
    const paragraphs = paragraphsOf(body);
    const find = (text: string) => paragraphs.find((p) => p.text === text)!;
    expect(report.sections.map((s) => find(s.heading).xml.includes('w:eastAsia="黑体"'))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(find('（一）综合质效').xml).toContain('w:eastAsia="楷体_GB2312"');
    const body1 = find(report.sections[0]!.blocks[0]!.text).xml;
    expect(body1).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body1).toContain('<w:sz w:val="32"/>');
    expect(body1).toContain('w:line="560" w:lineRule="exact"');
    expect(body1).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
    expect(body1).toContain('<w:jc w:val="both"/>');
  });

  it('places the figures with images and their numbered captions', () => {
    // docx stores identical images once: seven drawings share one media part here.
    expect(body.match(/<w:drawing>/g)).toHaveLength(report.figures.length - 1);
    expect(docx.names.filter((name) => name.startsWith('word/media/'))).toEqual([
      'word/media/image1.png',
    ]);
    const captions = paragraphsOf(body)
      .map((p) => p.text)
      .filter((text) => /^图\d+ /.test(text));
    expect(captions).toEqual(report.figures.slice(0, -1).map((figure) => figure.caption));
    // 1280 px rendered at 2× is 640 px wide, shrunk to 92% of the 156 mm text block: 542 px.
    expect(body).toContain('<wp:extent cx="5162550" cy="2905125"/>');
  });

  it('writes the 附表 as a table with a repeated two-row header and one row per indicator', () => {
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => row[0]);
    expect(rows).toHaveLength(2 + 31);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([
      true,
      true,
      ...Array<boolean>(31).fill(false),
    ]);
    expect(paragraphsOf(rows[0]!).map((p) => p.text)).toEqual([
      '类别',
      '指标',
      '单位',
      '2020年基期值',
      '2025年目标值',
      '年均/累计增长',
      '各年实际值',
      '时间进度',
      '任务进度',
      '评价结论',
      '2025年预计',
      '属性',
    ]);
    expect(paragraphsOf(rows[2]!).map((p) => p.text)).toEqual([
      '综合质效',
      '地区生产总值（GDP）',
      '亿元',
      '957.14',
      '1200',
      '7左右',
      '1102.3',
      '1192.6',
      '40.0%',
      '37.3%',
      '符合预期',
      '超额完成',
      '预期性',
    ]);
    expect(rows[2]).toContain('<w:vMerge w:val="restart"/>');
    expect(table).toContain('w:eastAsia="仿宋_GB2312"');
    expect(table).toContain('<w:top w:val="single" w:color="000000" w:sz="4"/>');
    expect(paragraphsOf(body).some((p) => p.text === '附表1')).toBe(true);
  });

  it('reads back the five sections in order, then 附表1 and the 整改任务分工表 as 附表2', () => {
    const texts = paragraphsOf(body).map((p) => p.text);
    const at = (text: string) => texts.indexOf(text);
    const order = [
      '一、评估工作开展情况',
      '二、主要目标指标实现情况',
      '三、重点任务、重大工程项目和重大改革推进情况',
      '四、存在的主要问题',
      '五、下一步工作建议',
      '附表1',
      '主要指标进展情况表',
      '附表2',
      '整改任务分工表',
    ].map(at);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
    expect(tables).toHaveLength(2);
    const followUp = [...tables[1]!.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
      paragraphsOf(row[0]).map((p) => p.text),
    );
    expect(followUp[0]).toEqual(['序号', '滞后指标或任务', '牵头单位', '整改措施', '完成时限']);
    expect(followUp.slice(1).map((row) => row[1])).toEqual(
      report.followUp.rows.map((row) => row[1]),
    );
  });

  it('numbers the pages 「— 1 —」 in 宋体 四号, odd pages right and even pages left', () => {
    expect(docx.text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = docx.names.filter((name) => /^word\/footer\d+\.xml$/.test(name));
    const texts = footers.map((name) => docx.text(name));
    expect(texts.every((xml) => xml.includes('PAGE') && xml.includes('w:eastAsia="宋体"'))).toBe(
      true,
    );
    expect(texts.map((xml) => paragraphsOf(xml)[0]?.text)).toEqual(footers.map(() => '—  —'));
    expect(texts.filter((xml) => xml.includes('<w:jc w:val="right"/>'))).toHaveLength(2);
    expect(texts.filter((xml) => xml.includes('<w:jc w:val="left"/>'))).toHaveLength(2);
    expect(texts[0]).toContain('<w:sz w:val="28"/>');
  });
});

describe('buildReportDocx with the framing filled', () => {
  it('prints the date, meeting and reporter lines under the title, centred in 楷体', async () => {
    const bundle = seedBundle('jdz-14');
    const options = { year: 2022, mode: 'midterm' as const };
    const framing = {
      ...EMPTY_FRAMING,
      reporter: '市发展改革委主任　张三',
      meeting: '在市十六届人大常委会第十五次会议上',
      reportDate: '2023年8月28日',
    };
    const report = buildReport(bundle, evaluatePlan(bundle, options), { ...options, framing });
    const body = openDocx(await buildReportDocx(report, new Map())).text('word/document.xml');
    const paragraphs = paragraphsOf(body);
    expect(paragraphs.slice(1, 4).map((p) => p.text)).toEqual([
      '（2023年8月28日在市十六届人大常委会第十五次会议上）',
      '市发展改革委主任　张三',
      '一、评估工作开展情况',
    ]);
    expect(paragraphs[1]?.xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(paragraphs[1]?.xml).toContain('<w:jc w:val="center"/>');
    // Nothing lags without data: no 整改任务分工表, the one table is 「附表」.
    expect(paragraphs.some((p) => p.text === '附表')).toBe(true);
    expect(paragraphs.some((p) => p.text === '整改任务分工表')).toBe(false);
  });
});
