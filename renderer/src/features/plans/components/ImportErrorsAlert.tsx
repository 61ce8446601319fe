import { Alert, Checkbox } from 'antd';
import type { TableImport } from '../../../../../shared/importers/importPlanGrid';

type ImportErrorsAlertProps = {
  reading: TableImport;
  errorsAccepted: boolean;
  onAcceptErrors: (accepted: boolean) => void;
};

/** The reading's errors (rows with numbers left out), to fix or accept before saving. */
export function ImportErrorsAlert({
  reading,
  errorsAccepted,
  onAcceptErrors,
}: ImportErrorsAlertProps) {
  const errors = reading.issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <Alert
      style={{ marginTop: 8 }}
      type="error"
      showIcon
      title={`有 ${errors.length} 处错误：含数字的行没有导入。请调整列的识别，或确认后再保存`}
      description={
        <>
          <ul className="review-warnings">
            {errors.map((issue) => (
              <li key={issue.message}>{issue.message}</li>
            ))}
          </ul>
          <Checkbox
            checked={errorsAccepted}
            onChange={(event) => onAcceptErrors(event.target.checked)}
          >
            已核对原表，这些行不是指标，可以不导入
          </Checkbox>
        </>
      }
    />
  );
}
