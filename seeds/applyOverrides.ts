import type { Indicator } from '../shared/domain/indicator';
import type { PlanBundle } from '../shared/domain/planBundle';
import { fail, ok } from '../shared/lib/result';
import type { Result } from '../shared/lib/result';
import { classifyTarget } from '../shared/parsing/classifyTarget';
import { inferDirection } from '../shared/parsing/inferDirection';
import { parseBaseValue } from '../shared/parsing/parseBaseValue';
import type { SeedOverride } from './overrides';

/**
 * Applies the overrides of one seed to its imported bundle and re-derives what depends on the
 * corrected texts (base value, target kind, direction). The importer's guess warnings on a
 * corrected row are replaced by the override's reason in `remarks`. Fails when an override's
 * order or expected name does not match, so a changed importer cannot misapply it silently.
 */
export function applyOverrides(
  bundle: PlanBundle,
  seedKey: string,
  overrides: readonly SeedOverride[],
): Result<PlanBundle> {
  const mine = overrides.filter((override) => override.seedKey === seedKey);
  const indicators = [...bundle.indicators];
  for (const override of mine) {
    const index = indicators.findIndex((indicator) => indicator.order === override.order);
    const current = indicators[index];
    if (!current || current.name !== override.expectName) {
      return fail(
        `种子「${seedKey}」第 ${override.order} 个指标应为「${override.expectName}」，实际为「${current?.name ?? '无'}」：请检查导入器或 seeds/overrides.ts`,
      );
    }
    indicators[index] = correct(current, override, bundle);
  }
  return ok({ ...bundle, indicators });
}

function correct(indicator: Indicator, override: SeedOverride, bundle: PlanBundle): Indicator {
  const next = { ...indicator, ...override.set };
  const notes = bundle.plan.notes.join(' ');
  const isMain = bundle.plan.tableKind === 'main';
  const decision = classifyTarget({
    name: next.name,
    unit: next.unit,
    baseRaw: next.baseRaw,
    targetRaw: next.targetRaw,
    growthRaw: next.growthRaw,
    setByProvince: next.attribute === '约束性' && /约束性指标.{0,12}按[省市].{0,2}下达/.test(notes),
  });
  return {
    ...next,
    base: parseBaseValue(next.baseRaw, {
      baseYear: bundle.plan.baseYear,
      isEstimate: isMain && /基期值.{0,3}预期数/.test(notes),
    }),
    target: decision.target,
    direction: inferDirection(next.name),
    remarks: `种子校正：${override.reason}`,
    warnings: [],
  };
}
