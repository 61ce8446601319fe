import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SETTINGS } from '../../../shared/evaluation/evaluationSettings';
import {
  parseEvaluationSettings,
  parseEvaluationSettingsText,
} from '../../../shared/evaluation/parseEvaluationSettings';

describe('parseEvaluationSettings', () => {
  it('keeps the defaults for every field left out', () => {
    const parsed = parseEvaluationSettings({ midterm: { aheadRatio: 1.3 } });
    expect(parsed).toEqual({
      ok: true,
      warnings: [],
      value: {
        ...DEFAULT_EVALUATION_SETTINGS,
        midterm: { aheadRatio: 1.3, onTrackRatio: 0.95, bindingOnTrackRatio: 1 },
      },
    });
  });

  it('returns the defaults for an empty object', () => {
    const parsed = parseEvaluationSettings({});
    expect(parsed.ok && parsed.value).toEqual(DEFAULT_EVALUATION_SETTINGS);
  });

  it('names an unknown field by its path', () => {
    const parsed = parseEvaluationSettings({ midterm: { aheadRatoi: 1.3 } });
    expect(parsed.ok ? '' : parsed.error.message).toBe(
      '未知的设置项「midterm.aheadRatoi」，请核对名称。',
    );
  });

  it('names a field that is not a number, with its Chinese label', () => {
    const parsed = parseEvaluationSettings({ inStepPoints: '1' });
    expect(parsed.ok ? '' : parsed.error.message).toBe(
      '设置项「inStepPoints」（与GDP增长基本同步：增速差不超过）应为数字。',
    );
  });

  it('refuses a value out of range and says how to write a percentage', () => {
    const parsed = parseEvaluationSettings({ midterm: { aheadRatio: 120 } });
    expect(parsed.ok ? '' : parsed.error.message).toBe(
      '设置项「midterm.aheadRatio」（快于预期：进度比R不低于）为120，超出允许范围0.5—5（按小数填写，1.2 即 120%）。',
    );
  });

  it('refuses an on-track threshold above the ahead threshold', () => {
    const parsed = parseEvaluationSettings({ midterm: { onTrackRatio: 1.3 } });
    expect(parsed.ok ? '' : parsed.error.message).toBe(
      '设置项「midterm.onTrackRatio」（符合预期：进度比R不低于（预期性））为130%，不应高于「midterm.aheadRatio」（快于预期：进度比R不低于）的120%。',
    );
  });

  it('refuses a group given as a number and a top level that is not an object', () => {
    const group = parseEvaluationSettings({ about: 0.5 });
    expect(group.ok ? '' : group.error.message).toBe('设置项「about」应为对象。');
    const list = parseEvaluationSettings([1]);
    expect(list.ok).toBe(false);
  });

  it('does not find fields on Object.prototype', () => {
    const parsed = parseEvaluationSettings(JSON.parse('{"constructor": 1}'));
    expect(parsed.ok ? '' : parsed.error.message).toBe('未知的设置项「constructor」，请核对名称。');
  });
});

describe('parseEvaluationSettingsText', () => {
  it('reads a file with a byte-order mark', () => {
    const parsed = parseEvaluationSettingsText('\uFEFF{"final": {"earlyRatio": 1.5}}', 'a.json');
    expect(parsed.ok && parsed.value.final.earlyRatio).toBe(1.5);
  });

  it('names the file when the JSON is broken', () => {
    const parsed = parseEvaluationSettingsText('{midterm', 'a.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.location).toEqual({ file: 'a.json' });
    expect(parsed.error.message).toMatch(/^评估设置文件不是有效的 JSON（/);
  });

  it('names the file when a field is wrong', () => {
    const parsed = parseEvaluationSettingsText('{"keepStable": {"tolerance": -1}}', 'b.json');
    expect(parsed.ok ? null : parsed.error).toEqual({
      message:
        '设置项「keepStable.tolerance」（保持稳定：容许回落（预期性））为-1，超出允许范围0—0.5（按小数填写，1.2 即 120%）。',
      location: { file: 'b.json' },
    });
  });
});
