import { App } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { ReportFraming } from '../../../../../shared/report/reportFraming';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import {
  putReferencePlanIds,
  putReportFraming,
} from '../../../db/repositories/reportSettingsRepository';

/** Writes a plan's comparison references and report framing, saying in Chinese how it went. */
export function useReportSettingsWriter(planId: PlanId | null) {
  const { message } = App.useApp();
  const run = async (write: (id: PlanId) => Promise<void>, done: string | null) => {
    if (!planId) return;
    try {
      await write(planId);
      if (done) void message.success(done);
    } catch (error) {
      void message.error(`保存失败：${describeStorageError(error)}`);
    }
  };
  return {
    saveReferences: (ids: readonly PlanId[]) =>
      run((id) => putReferencePlanIds(getDb(), id, ids), null),
    saveFraming: (framing: ReportFraming) =>
      run((id) => putReportFraming(getDb(), id, framing), '已保存评估工作情况'),
  };
}
