import { describe, expect, it } from 'vitest';
import { inferDirection } from '../../../shared/parsing/inferDirection';

describe('inferDirection', () => {
  it.each([
    ['城镇登记失业率', 'lowerIsBetter'],
    ['城乡居民人均可支配收入比', 'lowerIsBetter'],
    ['万元GDP能耗', 'lowerIsBetter'],
    ['亿元生产总值生产安全事故死亡率', 'lowerIsBetter'],
    ['万元GDP用水量', 'lowerIsBetter'],
    ['单位GDP能源消耗降幅', 'higherIsBetter'],
    ['单位GDP二氧化碳排放降低', 'higherIsBetter'],
    ['主要污染物排放量减少/COD', 'higherIsBetter'],
    ['城镇居民人均可支配收入', 'higherIsBetter'],
    ['地区生产总值（GDP）', 'higherIsBetter'],
  ])('%s → %s', (name, direction) => {
    expect(inferDirection(name)).toBe(direction);
  });
});
