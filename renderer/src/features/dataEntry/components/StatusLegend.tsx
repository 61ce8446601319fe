import { VALUE_STATUSES } from '../../../../../shared/domain/actualValue';
import { DEFAULT_VALUE_STATUS } from '../../../../../shared/domain/defaultValueStatus';
import { STATUS_CLASS } from './EntryRow';

/**
 * How 预计数 / 快报数 / 年报数 / 核实数 look in the grid (issue 15 item 5), and the status a newly
 * typed value gets, so nobody has to open the side panel to tell a provisional figure.
 */
export function StatusLegend() {
  return (
    <div className="entry-legend" aria-label="数据状态图例">
      <span>数据状态：</span>
      {VALUE_STATUSES.map((status) => (
        <span key={status}>
          <span className={`status-sample ${STATUS_CLASS[status]}`}>1,234.5</span>
          {status}
        </span>
      ))}
      <span>新填数值默认为「{DEFAULT_VALUE_STATUS}」，可在单元格详情中修改</span>
    </div>
  );
}
