/**
 * The poisoned backups of issue 16 (tests/fixtures/poisoned, made by makePoisonedBackups.ts): each
 * has a recomputed checksum, so only the deep checks stand between it and the database. Each is
 * refused with its table, row and field named, in Chinese, quickly, and never with a RangeError.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../shared/backup/readBackup';
import { POISONED_BACKUPS } from '../../fixtures/poisoned/makePoisonedBackups';

const MESSAGES: readonly (readonly [string, string])[] = [
  [
    'target-kind-x.json',
    '「指标」表第 1 条记录（「地区生产总值（GDP）」）的字段「target.kind」应为 levelWithGrowth、level、growthRate、cumulativeChange、cumulativeReduction、ceiling、floor、keepStable、structure、relational、judgment 之一（现为「x」），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'target-empty.json',
    '「指标」表第 1 条记录（「地区生产总值（GDP）」）的字段「target.kind」应为 levelWithGrowth、level、growthRate、cumulativeChange、cumulativeReduction、ceiling、floor、keepStable、structure、relational、judgment 之一（缺失），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'base-value-text.json',
    '「指标」表第 1 条记录（「地区生产总值（GDP）」）的字段「base.value」应为数字（现为「12」），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'target-year-1e9.json',
    '「规划」表第 1 条记录（「景德镇市国民经济和社会发展第十四个五年规划（测试）」）的字段「targetYear」应为 1900–2100 之间的整数年份（现为「1000000000」），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'target-year-before-base.json',
    '「规划」表第 1 条记录（「景德镇市国民经济和社会发展第十四个五年规划（测试）」）的字段「targetYear」应晚于基期年份 2020（现为「2019」），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'base-year-fraction.json',
    '「规划」表第 1 条记录（「景德镇市国民经济和社会发展第十四个五年规划（测试）」）的字段「baseYear」应为 1900–2100 之间的整数年份（现为「2020.5」），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'actual-year-1e15.json',
    '「实际值」表第 1 条记录（「test-jdz/001」）的字段「year」应为 1900–2100 之间的整数年份（现为「1000000000000000」），文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'orphan-values.json',
    '「实际值」表第 3 条记录（「gone/001」）的字段「indicatorId」对应的指标不存在，文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'values-of-another-plan.json',
    '「实际值」表第 2 条记录（「test-jdz/001」）的字段「planId」与所属指标的规划「test-jdz」不一致，文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'duplicate-plan-ids.json',
    '「规划」表第 2 条记录（「另一份规划」）的字段「id」与第 1 条记录重复，文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'settings-nested-5000.json',
    '「设置」表第 1 条记录的字段「value」嵌套超过 40 层，不是本程序写出的备份，文件内容有误，无法恢复；当前数据不会被改动',
  ],
  [
    'backup-nested-2000.json',
    '「指标」表第 1 条记录的字段「remarks」嵌套超过 40 层，不是本程序写出的备份，文件内容有误，无法恢复；当前数据不会被改动',
  ],
];

describe('readBackup on poisoned backups', () => {
  it('covers every poisoned fixture', () => {
    expect(MESSAGES.map(([name]) => name)).toEqual(Object.keys(POISONED_BACKUPS));
  });

  it.each(MESSAGES)('refuses %s with the row and field named', (name, message) => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/poisoned/${name}`));
    const started = performance.now();
    const result = readBackup(bytes, { currentSchemaVersion: 2, fileName: name });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({ ok: false, error: { message, location: { file: name } } });
  });
});
