import { describe, expect, it } from 'vitest';
import { splitNameAndUnit } from '../../../shared/parsing/splitNameAndUnit';

describe('splitNameAndUnit', () => {
  it.each([
    ['地区生产总值（GDP）（亿元）', '地区生产总值（GDP）', '亿元'],
    ['地区生产总值(GDP)(亿元)', '地区生产总值（GDP）', '亿元'],
    ['每千人口拥有执业(助理)医师数(人)', '每千人口拥有执业（助理）医师数', '人'],
    ['城镇登记失业率（%）', '城镇登记失业率', '%'],
    ['全员劳动生产率(万元/人)', '全员劳动生产率', '万元/人'],
    ['能源综合生产能力（亿吨标准煤）', '能源综合生产能力', '亿吨标准煤'],
    ['县级及以上城市细颗粒物(PM2.5)浓度下降(%)', '县级及以上城市细颗粒物（PM2.5）浓度下降', '%'],
    ['城镇生活污水集中处理率(%) (市中心城区)', '城镇生活污水集中处理率（市中心城区）', '%'],
    ['城市居民人均可支配收入()', '城市居民人均可支配收入', ''],
    ['基本养老保险参保率', '基本养老保险参保率', ''],
    ['单位 GDP 能源消耗降幅（%）', '单位GDP能源消耗降幅', '%'],
    ['COD (万吨)', 'COD', '万吨'],
  ])('splits %j', (raw, name, unit) => {
    expect(splitNameAndUnit(raw)).toEqual({ name, unit });
  });

  it('prints parentheses in the name full width, whatever width the source used (UX.md)', () => {
    for (const raw of [
      '研究与试验发展(R&D)经费占GDP比重(%)',
      '研究与试验发展（R&D）经费占GDP比重（%）',
    ]) {
      expect(splitNameAndUnit(raw)).toEqual({
        name: '研究与试验发展（R&D）经费占GDP比重',
        unit: '%',
      });
    }
  });
});
