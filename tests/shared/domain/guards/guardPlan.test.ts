import { describe, expect, it } from 'vitest';
import { guardPlan, guardPlanRow } from '../../../../shared/domain/guards/guardPlan';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { plan } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

const jdz = makeJdzPlanBundle().plan;

describe('guardPlan', () => {
  itHasGuardProperties(guardPlan, plan);

  it.each([
    [{ targetYear: 1e9 }, 'targetYear', '应为 1900–2100 之间的整数年份（现为「1000000000」）'],
    [{ targetYear: 2019 }, 'targetYear', '应晚于基期年份 2020（现为「2019」）'],
    [{ targetYear: 2020 }, 'targetYear', '应晚于基期年份 2020（现为「2020」）'],
    [{ baseYear: 2020.5 }, 'baseYear', '应为 1900–2100 之间的整数年份（现为「2020.5」）'],
    [{ level: '乡镇' }, 'level', '应为国家、省、市、区县、其他 之一（现为「乡镇」）'],
    [{ origin: { type: 'file' } }, 'origin.fileName', '应为文本（缺失）'],
  ])('refuses %j', (change, field, message) => {
    expect(guardPlan({ ...jdz, ...change })).toEqual({ field, message });
  });
});

describe('guardPlanRow', () => {
  it('wants the bookkeeping times of a stored plan', () => {
    expect(guardPlanRow(jdz)).toEqual({ field: 'createdAt', message: '应为文本（缺失）' });
    expect(guardPlanRow({ ...jdz, createdAt: 'a', updatedAt: 'b' })).toBeNull();
  });
});
