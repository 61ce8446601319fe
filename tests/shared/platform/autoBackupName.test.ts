import { describe, expect, it } from 'vitest';
import {
  autoBackupsToPrune,
  formatAutoBackupName,
  isDailyBackupDue,
  parseAutoBackupName,
} from '../../../shared/platform/autoBackupName';

describe('automatic backup names', () => {
  it('carries the UTC time to the millisecond and the reason, and reads back', () => {
    const name = formatAutoBackupName(new Date('2026-11-22T09:30:05.123Z'), 'migration');
    expect(name).toBe('auto-20261122T093005123Z-migration.json');
    expect(parseAutoBackupName(name)).toEqual({
      createdAt: '2026-11-22T09:30:05.123Z',
      reason: 'migration',
    });
  });

  it('refuses every other name, paths and impossible dates included', () => {
    for (const name of [
      '../auto-20261122T093005123Z-quit.json',
      'auto-20261122T093005123Z-quit.json.tmp',
      'auto-20261122T093005123Z-hack.json',
      'auto-20261332T093005123Z-quit.json',
      '规划评估工作台备份-20261122-093005.json',
      42,
    ]) {
      expect(parseAutoBackupName(name), String(name)).toBeNull();
    }
  });

  it('prunes the oldest beyond the newest 10, ignoring other files', () => {
    const names = Array.from({ length: 12 }, (_, day) =>
      formatAutoBackupName(new Date(Date.UTC(2026, 10, day + 1)), 'daily'),
    );
    expect(autoBackupsToPrune([...names].reverse().concat('readme.txt'))).toEqual([
      'auto-20261101T000000000Z-daily.json',
      'auto-20261102T000000000Z-daily.json',
    ]);
    expect(autoBackupsToPrune(names.slice(0, 10))).toEqual([]);
  });

  it('is due daily: none yet, or another day and an hour old', () => {
    const now = new Date(2026, 10, 22, 9, 0);
    expect(isDailyBackupDue(null, now)).toBe(true);
    expect(isDailyBackupDue(new Date(2026, 10, 22, 0, 5).toISOString(), now)).toBe(false);
    expect(isDailyBackupDue(new Date(2026, 10, 21, 17, 0).toISOString(), now)).toBe(true);
    expect(
      isDailyBackupDue(new Date(2026, 10, 21, 23, 30).toISOString(), new Date(2026, 10, 22, 0, 10)),
    ).toBe(false);
  });
});
