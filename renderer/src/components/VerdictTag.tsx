import { Tag, Tooltip } from 'antd';
import type { Attribute } from '../../../shared/domain/indicator';
import { verdictColor, type Verdict } from '../../../shared/domain/verdict';

type VerdictTagProps = {
  verdict: Verdict;
  attribute: Attribute | null;
  /** The automatic verdict when an evaluator overrode it (UX.md: never silently replaced). */
  automaticVerdict?: Verdict;
};

/** One colour per verdict everywhere (UX.md); a lagging binding (约束性) indicator is red. */
export function VerdictTag({ verdict, attribute, automaticVerdict }: VerdictTagProps) {
  const color = verdictColor(verdict, attribute);
  const isOverridden = !!automaticVerdict && automaticVerdict !== verdict;
  // The tag wraps inside narrow columns (issue 15 item 8: 「（人工研判）」 never overflows).
  const tag = (
    <Tag color={color} className="verdict-tag">
      {verdict}
      {isOverridden ? (
        <>
          <wbr />
          （人工研判）
        </>
      ) : null}
    </Tag>
  );
  return isOverridden ? <Tooltip title={`自动判断：${automaticVerdict}`}>{tag}</Tooltip> : tag;
}
