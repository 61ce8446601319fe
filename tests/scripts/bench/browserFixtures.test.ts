import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../shared/backup/buildBackup';
import { readBackup } from '../../../shared/backup/readBackup';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import {
  BENCH_USER,
  makeBenchActuals,
  makeBenchChangeLog,
  makeBenchPlan,
  makeBenchTables,
} from '../../../scripts/bench/browserFixtures';

const SEED = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const NOW = new Date('2026-11-22T08:00:00.000Z');

describe('benchmark fixtures', () => {
  it('makes a plan of exactly the asked number of indicators, the seed rows repeated', () => {
    const { plan, indicators } = makeBenchPlan(SEED, 3, 2_000, NOW);
    expect(plan.id).toBe('bench-03');
    expect(plan.createdAt).toBe('2026-11-22T08:00:00.000Z');
    expect(indicators).toHaveLength(2_000);
    expect(new Set(indicators.map((indicator) => indicator.id)).size).toBe(2_000);
    expect(indicators[0]).toMatchObject({ id: 'bench-03/00001', planId: 'bench-03', order: 1 });
    expect(indicators[0]?.name).toBe('地区生产总值（GDP）（1）');
    expect(indicators[31]?.target).toEqual(SEED.indicators[0]?.target);
    expect(indicators[1_999]?.order).toBe(2_000);
  });

  it('gives 2,000 indicators × 5 plan years exactly 10,000 values, none for the base year', () => {
    const values = makeBenchActuals(makeBenchPlan(SEED, 1, 2_000, NOW));
    expect(values).toHaveLength(10_000);
    expect(new Set(values.map((value) => value.year))).toEqual(
      new Set([2021, 2022, 2023, 2024, 2025]),
    );
    expect(values[0]).toEqual({
      indicatorId: 'bench-01/00001',
      planId: 'bench-01',
      year: 2021,
      measure: 'value',
      value: 1005,
      status: '年报数',
      source: '市统计局',
      note: '',
    });
  });

  it('gives 20 plans of 1,000 indicators exactly 100,000 values', () => {
    const plans = Array.from({ length: 20 }, (_, index) =>
      makeBenchPlan(SEED, index + 1, 1_000, NOW),
    );
    const actuals = plans.flatMap(makeBenchActuals);
    expect(actuals).toHaveLength(100_000);
    expect(new Set(actuals.map((value) => `${value.indicatorId}|${value.year}`)).size).toBe(
      100_000,
    );
    expect(new Set(actuals.map((value) => value.planId)).size).toBe(20);
  });

  it('makes tables the app backup reader accepts, with 填报人 set', () => {
    const plans = [makeBenchPlan(SEED, 1, 40, NOW), makeBenchPlan(SEED, 2, 40, NOW)];
    const tables = makeBenchTables({
      plans,
      actuals: plans.flatMap(makeBenchActuals),
      changeLog: makeBenchChangeLog(plans, NOW),
      now: NOW,
    });
    const bytes = buildBackup(tables, { appVersion: '0.1.0', schemaVersion: 2, now: NOW });
    const read = readBackup(bytes, { currentSchemaVersion: 2 });
    expect(read.ok && read.value.counts).toEqual({
      plans: 2,
      indicators: 80,
      actualValues: 400,
      officialAssessments: 0,
      changeLog: 2,
      settings: 1,
      meta: 1,
      verdictOverrides: 0,
      reportSections: 0,
      workItemLists: 0,
      workItems: 0,
      workItemProgress: 0,
      workItemChangeLog: 0,
      followUps: 0,
    });
    expect(tables.settings).toEqual([{ key: 'userName', value: BENCH_USER }]);
  });
});
