import { useState } from 'react';
import { App } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { Verdict } from '../../../../../shared/domain/verdict';
import type { ReviewedEvaluation } from '../../../../../shared/evaluation/applyOverride';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLiveUserName } from '../../../db/liveQueries';
import {
  removeVerdictOverride,
  saveVerdictOverride,
} from '../../../db/repositories/verdictOverridesRepository';
import { appWriteContext } from '../../../db/writeContext';

/** Saving and withdrawing an override, and who decides. */
export type VerdictOverrideWriter = {
  readonly userName: string;
  readonly isSaving: boolean;
  readonly save: (verdict: Verdict, reason: string) => Promise<void>;
  readonly remove: () => Promise<void>;
};

/**
 * Writes the evaluator's judgment of one evaluation (its indicator, year and mode) to Dexie with
 * a change-log entry; one write at a time, success and failure said in Chinese.
 */
export function useVerdictOverrideWriter(
  planId: PlanId,
  evaluation: Pick<ReviewedEvaluation, 'indicatorId' | 'year' | 'mode'>,
): VerdictOverrideWriter {
  const { message } = App.useApp();
  const userName = useLiveUserName() || '未署名';
  const [isSaving, setSaving] = useState(false);
  const { indicatorId, year, mode } = evaluation;
  const context = () => appWriteContext(userName, { type: 'manual' });
  const run = async (write: () => Promise<void>, done: string) => {
    setSaving(true);
    try {
      await write();
      void message.success(done);
    } catch (error) {
      void message.error(describeStorageError(error));
    } finally {
      setSaving(false);
    }
  };
  return {
    userName,
    isSaving,
    save: (verdict, reason) =>
      run(async () => {
        const row = { planId, indicatorId, year, mode, verdict, reason: reason.trim() };
        const decided = { decidedAt: new Date().toISOString(), decidedBy: userName };
        await saveVerdictOverride(getDb(), { ...row, ...decided }, context());
      }, '已保存人工研判'),
    remove: () =>
      run(
        () => removeVerdictOverride(getDb(), { indicatorId, year, mode }, context()),
        '已撤销人工研判，恢复自动判断',
      ),
  };
}
