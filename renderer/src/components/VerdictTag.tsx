import { Tag, Tooltip } from 'antd';
import type { Attribute } from '../../../shared/domain/indicator';
import { verdictColor, type Verdict } from '../../../shared/domain/verdict';

type VerdictTagProps = {
  verdict: Verdict;
  attribute: Attribute;
  /** The automatic verdict when an evaluator overrode it (UX.md: never silently replaced). */
  automaticVerdict?: Verdict;
};

/** One colour per verdict everywhere (UX.md); a lagging binding (约束性) indicator is red. */
export function VerdictTag({ verdict, attribute, automaticVerdict }: VerdictTagProps) {
  const color = verdictColor(verdict, attribute);
  const tag = (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {verdict}
      {automaticVerdict && automaticVerdict !== verdict ? '（人工研判）' : ''}
    </Tag>
  );
  return automaticVerdict && automaticVerdict !== verdict ? (
    <Tooltip title={`自动判断：${automaticVerdict}`}>{tag}</Tooltip>
  ) : (
    tag
  );
}
