import { describe, expect, it } from 'vitest';
import { readDocumentRegion, readPlanRegion } from '../../../shared/importers/readPlanRegion';

describe('readPlanRegion', () => {
  it('reads the region and its level from the ways plan tables are titled', () => {
    const cases: [string, string, string][] = [
      ['青川县国民经济和社会发展第十五个五年规划主要指标', '青川县', '区县'],
      ['表1 景德镇市“十四五”规划主要指标', '景德镇市', '市'],
      ['附表2：抚州市十三五规划主要指标完成情况', '抚州市', '市'],
      ['景德镇市昌江区国民经济和社会发展第十四个五年规划主要指标', '景德镇市昌江区', '区县'],
      ['江西省“十四五”经济社会发展主要指标', '江西省', '省'],
      ['广西壮族自治区国民经济和社会发展第十四个五年规划主要指标', '广西壮族自治区', '省'],
      ['阿拉善盟十四五规划主要指标', '阿拉善盟', '市'],
      ['中华人民共和国国民经济和社会发展第十四个五年规划主要指标', '全国', '国家'],
    ];
    expect(cases.map(([title]) => readPlanRegion(title))).toEqual(
      cases.map(([, region, level]) => ({ region, level })),
    );
  });

  it('finds none in a title without a place, or a place not followed by a plan', () => {
    expect(readPlanRegion('主要指标')).toBeNull();
    expect(readPlanRegion('“十四五”时期经济社会发展主要指标')).toBeNull();
    expect(readPlanRegion('未命名规划')).toBeNull();
    expect(readPlanRegion('城区面积统计表')).toBeNull();
  });
});

describe('readDocumentRegion', () => {
  it('finds the title among the first lines, past menus and markdown marks', () => {
    const page =
      '昌江区政府网 | 市政府门户网站\n当前位置: 首页 > 规划计划\n昌江区国民经济和社会发展第十四个五年规划\n';
    expect(readDocumentRegion(page)).toEqual({ region: '昌江区', level: '区县' });
    expect(readDocumentRegion('**抚州市国民经济和社会  \n发展**\n')).toEqual({
      region: '抚州市',
      level: '市',
    });
  });

  it('looks no further than the first 40 lines with text', () => {
    const late = `${'正文\n\n'.repeat(40)}青川县国民经济和社会发展第十五个五年规划\n`;
    expect(readDocumentRegion(late)).toBeNull();
    expect(readDocumentRegion(late.replace('正文\n\n', ''))).toEqual({
      region: '青川县',
      level: '区县',
    });
  });
});
