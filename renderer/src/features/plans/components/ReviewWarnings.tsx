import { Alert } from 'antd';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { formatProblem, type Problem } from '../../../../../shared/lib/result';

type ReviewWarningsProps = {
  warnings: readonly Problem[];
  indicators: readonly Indicator[];
};

/** Every uncertain cell of an import, by row, with its line in the source text. */
export function ReviewWarnings({ warnings, indicators }: ReviewWarningsProps) {
  const rowWarnings = indicators.flatMap((indicator) =>
    indicator.warnings.map((warning) => ({ indicator, warning })),
  );
  const count = warnings.length + rowWarnings.length;
  if (count === 0) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        title="全部行均已识别，没有需要核对的单元格。"
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`有 ${count} 处需要核对（已按最可能的理解读取，请对照原文确认）`}
      description={
        <ul className="review-warnings">
          {warnings.map((w) => (
            <li key={formatProblem(w)}>{formatProblem(w)}</li>
          ))}
          {rowWarnings.map(({ indicator, warning }) => (
            <li key={`${indicator.id}-${warning.message}`}>
              第 {indicator.order} 行「{indicator.name}」：{warning.message}
              {warning.line ? `（原文第 ${warning.line} 行）` : ''}
            </li>
          ))}
        </ul>
      }
    />
  );
}
