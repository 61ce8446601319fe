import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SETTINGS } from '../../../shared/evaluation/evaluationSettings';
import { changedSettings, settingsNoteText } from '../../../shared/evaluation/settingsNote';
import { withSetting } from '../../../shared/evaluation/settingsFields';

describe('settingsNoteText', () => {
  it('lists the mid-term thresholds and says they are the defaults', () => {
    expect(settingsNoteText(DEFAULT_EVALUATION_SETTINGS, 'midterm')).toBe(
      '评价阈值：快于预期：进度比R不低于120%；符合预期：进度比R不低于（预期性）95%；符合预期：进度比R不低于（约束性）100%；“左右”容差：增速及%指标0.5个百分点；“左右”容差：水平目标，目标值的2%；“左右”容差：累计变化，规划变化量的10%；保持稳定：容许回落（预期性）1%；保持稳定：容许回落（约束性）0%；与GDP增长基本同步：增速差不超过1个百分点。均为默认值。',
    );
  });

  it('names a changed threshold with its default, also at the end of the term', () => {
    const settings = withSetting(DEFAULT_EVALUATION_SETTINGS, 'final.basicallyCompleteRatio', 0.8);
    const text = settingsNoteText(settings, 'final');
    expect(text).toContain('基本完成：进度比R不低于（预期性）80%');
    expect(text).not.toContain('快于预期');
    expect(text.endsWith('其中“基本完成：进度比R不低于（预期性）”由默认的60%调整为80%。')).toBe(
      true,
    );
  });
});

describe('changedSettings', () => {
  it('finds exactly the fields that differ', () => {
    const settings = withSetting(
      withSetting(DEFAULT_EVALUATION_SETTINGS, 'midterm.aheadRatio', 1.3),
      'inStepPoints',
      2,
    );
    expect(changedSettings(settings).map((c) => [c.field.path, c.value, c.defaultValue])).toEqual([
      ['midterm.aheadRatio', 1.3, 1.2],
      ['inStepPoints', 2, 1],
    ]);
    expect(settings.midterm.onTrackRatio).toBe(0.95);
    expect(DEFAULT_EVALUATION_SETTINGS.midterm.aheadRatio).toBe(1.2);
  });
});
