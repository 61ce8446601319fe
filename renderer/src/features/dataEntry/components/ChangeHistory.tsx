import { Button, Empty, Tag, Typography } from 'antd';
import { formatAsWritten } from '../../../../../shared/lib/formatNumber';
import type {
  ValueChangeEntry,
  ValueContent,
} from '../../../db/repositories/actualValuesRepository';
import type { ChangeOrigin } from '../../../db/rows';
import { assertNever } from '../../../../../shared/lib/exhaustive';

type ChangeHistoryProps = {
  entries: readonly ValueChangeEntry[];
  /** Names of the indicators, shown when the list covers the whole plan. */
  describeCell?: (entry: ValueChangeEntry) => string;
  onRevert: (entry: ValueChangeEntry) => void;
};

/** A list of value changes, newest first, each with time, user, origin, old → new and 撤回. */
export function ChangeHistory({ entries, describeCell, onRevert }: ChangeHistoryProps) {
  if (entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无变更记录" />;
  }
  return (
    <ol className="entry-history">
      {entries.slice(0, MAX_SHOWN).map((entry) => (
        <li key={entry.id}>
          <div className="entry-history-head">
            <Typography.Text type="secondary">
              {formatLogTime(entry.at)} · {entry.user}
            </Typography.Text>
            <Button
              size="small"
              type="link"
              aria-label={`撤回 ${formatLogTime(entry.at)} 的修改`}
              onClick={() => onRevert(entry)}
            >
              撤回
            </Button>
          </div>
          {describeCell ? <div className="entry-history-cell">{describeCell(entry)}</div> : null}
          <div>
            <Tag>{entry.action}</Tag>
            <Tag bordered={false}>{describeOrigin(entry.origin)}</Tag>
            {describeContent(entry.before)} → {describeContent(entry.after)}
          </div>
        </li>
      ))}
      {entries.length > MAX_SHOWN ? (
        <li className="entry-history-more">仅显示最近 {MAX_SHOWN} 条</li>
      ) : null}
    </ol>
  );
}

/** 「2026年11月22日 10:30」 in local time. */
export function formatLogTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function describeContent(content: ValueContent | null): string {
  if (!content) return '（空）';
  const extras = [content.status, content.source && `来源：${content.source}`];
  if (content.note) extras.push(`备注：${content.note}`);
  return `${formatAsWritten(content.value)}（${extras.filter(Boolean).join('，')}）`;
}

function describeOrigin(origin: ChangeOrigin): string {
  switch (origin.type) {
    case 'manual':
      return '手工录入';
    case 'paste':
      return '粘贴';
    case 'import':
      return `导入：${origin.fileName}`;
    case 'restore':
      return '撤销或撤回';
    case 'system':
      return '系统';
    default:
      return assertNever(origin);
  }
}

const MAX_SHOWN = 200;
