import { describe, expect, it } from 'vitest';
import { JDZ_ACTUALS_CSV, sectionLines, seedReport } from './reportFixture';

/** The 18 indicators of 景德镇's fixture that are on or ahead of schedule in 2022. */
const ON_TRACK = [
  '地区生产总值（GDP）',
  '全员劳动生产率',
  '规模以上工业增加值增速',
  '社会消费品零售总额',
  '粮食综合生产能力',
  '每万人口高价值发明专利拥有量',
  '数字经济核心产业增加值占GDP比重',
  '城乡居民人均可支配收入比',
  '单位GDP建设用地使用面积降幅',
  '森林覆盖率',
  '居民人均可支配收入',
  '城镇登记失业率',
  '每千人口拥有执业（助理）医师数',
  '基本养老保险参保率',
  '每千人口拥有0-3岁婴幼儿托位数',
  '人均预期寿命',
  '公众安全感',
];

/** 景德镇's report with only the fixture rows of `names`: the rest lack data. */
function reportWith(names: readonly string[]) {
  return seedReport({
    key: 'jdz-14',
    year: 2022,
    mode: 'midterm',
    csv: JDZ_ACTUALS_CSV,
    keepRow: (name) => names.includes(name),
  });
}

describe('headlineParagraphs', () => {
  it('does not call 5 judged of 31 总体符合预期, and says how many were judged', () => {
    const report = reportWith(ON_TRACK.slice(0, 5));
    const [counts, judgment] = sectionLines(report, 'progress');
    expect(counts).toBe(
      '《纲要》确定的31项主要指标中，除19项因暂无权威统计数据没有测算外（见附表），5项符合预期，分别是地区生产总值（GDP）、全员劳动生产率、规模以上工业增加值增速、社会消费品零售总额、粮食综合生产能力；7项需结合上级下达任务或定性目标人工研判，分别是能源综合生产能力、耕地保有量、单位GDP能源消耗降幅、非化石能源占一次能源消费比重、单位GDP二氧化碳排放降幅、县级及以上城市空气质量优良天数比例、省考断面地表水达到或好于Ⅲ类水体比例。',
    );
    expect(judgment).toBe(
      '从已测算的5项指标看，均达到或快于时间进度要求。由于已测算指标不足主要指标总数的一半，暂不宜对《纲要》实施情况作出总体判断，待数据补齐后再作评价。',
    );
    const text = report.sections
      .map((section) => section.blocks.map((b) => b.text).join(''))
      .join('');
    expect(text).not.toContain('总体符合预期');
    // The no-data rows: one clause in 二, one list under the table, never a problem or per row.
    expect(text.match(/暂无权威统计数据/g)).toHaveLength(2);
    expect(sectionLines(report, 'problems').join('')).not.toContain('数据');
  });

  it('draws the overall judgment from half of the plan judged on, not below', () => {
    expect(sectionLines(reportWith(ON_TRACK.slice(0, 16)), 'progress')[1]).toBe(
      '从已测算的16项指标看，均达到或快于时间进度要求，主要指标进展总体符合预期。',
    );
    expect(sectionLines(reportWith(ON_TRACK.slice(0, 15)), 'progress')[1]).toMatch(
      /^从已测算的15项指标看，均达到或快于时间进度要求。由于已测算指标不足主要指标总数的一半，暂不宜/,
    );
  });

  it('weighs the laggards among the judged ones only', () => {
    const three = ['固定资产投资增速', '研发经费支出', '进出口总额'];
    expect(sectionLines(reportWith([...ON_TRACK.slice(0, 13), ...three]), 'progress')[1]).toBe(
      '从已测算的16项指标看，13项达到或快于时间进度要求，3项进展滞后，主要指标进展总体符合预期。',
    );
    const six = [...three, '实际利用外资', '常住人口城镇化率', '劳动年龄人口平均受教育年限'];
    expect(sectionLines(reportWith([...ON_TRACK.slice(0, 10), ...six]), 'progress')[1]).toBe(
      '从已测算的16项指标看，10项达到或快于时间进度要求，6项进展滞后，多数主要指标进展符合预期，但仍需加大推进力度。',
    );
  });
});
