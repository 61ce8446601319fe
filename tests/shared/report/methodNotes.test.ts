import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SETTINGS } from '../../../shared/evaluation/evaluationSettings';
import { withSetting } from '../../../shared/evaluation/settingsFields';
import { methodNotes } from '../../../shared/report/methodNotes';

const NAMES = new Map([
  ['p/013', '常住人口城镇化率'],
  ['p/023', '森林覆盖率'],
]);

describe('methodNotes', () => {
  it('lists open and revised base breaks, then the thresholds with what was changed', () => {
    const notes = methodNotes({
      mode: 'midterm',
      settings: withSetting(DEFAULT_EVALUATION_SETTINGS, 'midterm.aheadRatio', 1.3),
      baseBreaks: [
        { indicatorId: 'p/023' as never, reasons: [], revisedBase: null, text: '' },
        { indicatorId: 'p/013' as never, reasons: [], revisedBase: 65.02, text: '' },
      ],
      names: NAMES,
    });
    expect(notes).toHaveLength(3);
    expect(notes[0]).toBe(
      '森林覆盖率基期可能不可比（规划基期值为其他年份数据，或首个实际值与基期值之差超过规划期全部变化量），尚未录入修订基期值，其进度按规划基期值计算，仅供参考。',
    );
    expect(notes[1]).toBe(
      '常住人口城镇化率的规划基期值与实际数据可能不可比，已按修订基期值评价（“修订基期值”一栏）。',
    );
    expect(notes[2]?.startsWith('评价阈值：快于预期：进度比R不低于130%；')).toBe(true);
    expect(notes[2]?.endsWith('其中“快于预期：进度比R不低于”由默认的120%调整为130%。')).toBe(true);
  });

  it('has only the threshold note when no base breaks', () => {
    const notes = methodNotes({
      mode: 'final',
      settings: DEFAULT_EVALUATION_SETTINGS,
      baseBreaks: [],
      names: NAMES,
    });
    expect(notes).toEqual([
      '评价阈值：提前完成：进度比R不低于（无中间年份数据时）125%；基本完成：进度比R不低于（预期性）60%；基本完成：进度比R不低于（约束性）95%；“左右”容差：增速及%指标0.5个百分点；“左右”容差：水平目标，目标值的2%；“左右”容差：累计变化，规划变化量的10%；保持稳定：容许回落（预期性）1%；保持稳定：容许回落（约束性）0%；与GDP增长基本同步：增速差不超过1个百分点。均为默认值。',
    ]);
  });
});
