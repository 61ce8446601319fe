import type { Direction } from '../domain/indicator';
import { isReductionName } from './indicatorNameTraits';

// DOMAIN.md: lower-is-better indicators exist (失业率, 城乡收入比, 能耗); levels of emissions,
// deaths, water and energy use per unit of GDP too. A 降幅 indicator is higher-is-better.
const LOWER_IS_BETTER =
  /失业率|收入比|能耗|能源消耗|死亡率|排放|用水量|浓度|发生率|贫困发生率|事故/;

/** Infers which way is good from the name; reductions (降幅, 下降, 减少) are higher-is-better. */
export function inferDirection(name: string): Direction {
  if (isReductionName(name)) return 'higherIsBetter';
  return LOWER_IS_BETTER.test(name) ? 'lowerIsBetter' : 'higherIsBetter';
}
