import { Tooltip, Typography } from 'antd';
import type { ProgressBarModel } from '../evaluationTableModel';

type ProgressBarProps = { model: ProgressBarModel | null };

/**
 * Task progress as a bar in the verdict's colour, with a dark tick where time progress stands
 * (DOMAIN.md「Mid-term judgments」: 时间过半、任务过半 at a glance). Kinds judged year by year show a dash.
 */
export function ProgressBar({ model }: ProgressBarProps) {
  if (!model) {
    return (
      <Tooltip title="该类指标按每年是否达标或年均增速评价，不计任务进度">
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={model.title}>
      <div className="progress-vs-time" aria-label={model.title} style={ROW}>
        <div style={TRACK}>
          <div style={{ ...FILL, width: `${model.fill * 100}%`, background: model.color }} />
          <div style={{ ...MARKER, left: `calc(${model.marker * 100}% - 1px)` }} />
        </div>
        <span style={TEXT}>{model.text}</span>
      </div>
    </Tooltip>
  );
}

const ROW = { display: 'flex', alignItems: 'center', gap: 6 } as const;
const TRACK = {
  position: 'relative',
  flex: 1,
  height: 10,
  borderRadius: 2,
  background: '#f0f0f0',
} as const;
const FILL = { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: 2 } as const;
const MARKER = {
  position: 'absolute',
  top: -3,
  bottom: -3,
  width: 2,
  background: '#262626',
} as const;
const TEXT = {
  width: 48,
  textAlign: 'right',
  fontVariantNumeric: 'tabular-nums',
  fontSize: 12,
} as const;
