import { describe, expect, it } from 'vitest';
import { verdictDonutOption } from '../../../shared/charts/verdictDonutOption';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues, loadJdzSeed } from './jdzEntered';

describe('verdictDonutOption', () => {
  it('draws 景德镇 2022 as one slice per verdict that occurs, in its colour, 31 in the centre', () => {
    const { summary } = evaluatePlan(jdzWithEnteredValues(), { year: 2022, mode: 'midterm' });
    const option = verdictDonutOption(summary);
    expect(option.animation).toBe(false);
    expect(option.title).toMatchObject({ text: '31', subtext: '项指标' });
    const [series] = option.series as { data: unknown[] }[];
    expect(series?.data).toEqual([
      { name: '快于预期', value: 3, itemStyle: { color: '#52a447' } },
      { name: '符合预期', value: 7, itemStyle: { color: '#2f6fd0' } },
      { name: '滞后', value: 2, itemStyle: { color: '#e8871e' } },
      { name: '需人工研判', value: 7, itemStyle: { color: '#7b4fc9' } },
      { name: '数据不足', value: 12, itemStyle: { color: '#8c8c8c' } },
    ]);
  });

  it('shows a plan without data as one grey slice of 数据不足 and 需人工研判', () => {
    const { summary } = evaluatePlan(loadJdzSeed(), { year: 2021, mode: 'midterm' });
    const [series] = verdictDonutOption(summary).series as { data: { name: string }[] }[];
    expect(series?.data.map((slice) => slice.name)).toEqual(['需人工研判', '数据不足']);
  });

  it('is plain JSON with the Chinese fonts, so it renders the same server-side', () => {
    const { summary } = evaluatePlan(jdzWithEnteredValues(), { year: 2022, mode: 'midterm' });
    const option = verdictDonutOption(summary);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
    expect(option.textStyle).toMatchObject({
      fontFamily: "'Microsoft YaHei','Noto Sans CJK SC',sans-serif",
    });
  });
});
