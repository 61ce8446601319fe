import { describe, expect, it } from 'vitest';
import {
  isFlowName,
  isGrowthRateName,
  isReductionName,
  isShareName,
} from '../../../shared/parsing/indicatorNameTraits';

describe('indicator name traits', () => {
  it('recognises growth-rate names but not population growth rates', () => {
    expect(isGrowthRateName('规模以上工业增加值增速')).toBe(true);
    expect(isGrowthRateName('全区人口自然增长率')).toBe(false);
    expect(isGrowthRateName('研发经费支出')).toBe(false);
  });

  it('recognises reductions and shares', () => {
    expect(isReductionName('单位GDP建设用地使用面积降幅')).toBe(true);
    expect(isReductionName('森林覆盖率')).toBe(false);
    expect(isShareName('森林覆盖率', '%')).toBe(true);
    expect(isShareName('研发经费支出', '亿元')).toBe(false);
  });

  it('recognises yearly flows (issue 12, item 1) but not shares of new things', () => {
    expect(isFlowName('城镇新增就业人数')).toBe(true);
    expect(isFlowName('城镇棚户区住房改造')).toBe(true);
    expect(isFlowName('新增建设用地规模')).toBe(true);
    expect(isFlowName('新增劳动力平均受教育年限')).toBe(false);
    expect(isFlowName('新建住宅绿色建筑比例')).toBe(false);
    expect(isFlowName('常住人口城镇化率')).toBe(false);
  });
});
