import { Button, Descriptions, Drawer, List, Tag, Typography } from 'antd';
import type { WorkItemId } from '../../../../../shared/domain/ids';
import {
  leadDepartments,
  supportDepartments,
  type WorkItem,
} from '../../../../../shared/domain/workItem';
import type { WorkItemList } from '../../../../../shared/domain/workItemList';
import type { ProgressSpan } from '../../../../../shared/domain/workItemProgress';
import { useLiveItemHistory } from '../../../db/workItemQueries';
import type { WorkItemProgressRow } from '../../../db/rows';
import { formatDateTime } from '../../../lib/formatDateTime';
import { placeLabel } from '../workItemsView';
import { useProgressWriter } from '../hooks/useProgressWriter';
import { ProgressForm } from './ProgressForm';

type WorkItemPanelProps = {
  item: WorkItem | null;
  list: WorkItemList;
  year: number;
  span: ProgressSpan;
  progress: WorkItemProgressRow | null;
  onClose: () => void;
};

/** An item's text, departments, deadlines and quantities, its progress form and its history. */
export function WorkItemPanel({ item, list, year, span, progress, onClose }: WorkItemPanelProps) {
  const writer = useProgressWriter(list.id);
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size={640}
      title={item ? `${item.number}. ${item.title}` : ''}
      className="work-item-panel"
    >
      {item ? (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="类型">{item.kind}</Descriptions.Item>
            <Descriptions.Item label="位置">{placeLabel(item) || '—'}</Descriptions.Item>
            <Descriptions.Item label="牵头单位">
              {leadDepartments(item).join('、') || '未明确'}
            </Descriptions.Item>
            <Descriptions.Item label="配合单位">
              {supportDepartments(item).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="完成时限">
              {item.deadlines.length
                ? item.deadlines.map((d) => (
                    <Tag key={d.context + d.text} title={d.context}>
                      {d.text}
                    </Tag>
                  ))
                : '未写明'}
            </Descriptions.Item>
            <Descriptions.Item label="量化目标">
              {item.quantities.length
                ? item.quantities.map((q) => (
                    <Tag key={q.context + q.text} title={q.context}>
                      {q.text}
                    </Tag>
                  ))
                : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
            {item.text}
          </Typography.Paragraph>
          <Typography.Title level={5}>
            {year}年{span}进展
          </Typography.Title>
          <ProgressForm
            item={item}
            list={list}
            year={year}
            span={span}
            progress={progress}
            onSave={(next) => writer.write([{ itemId: item.id, year, span, next }])}
          />
          <ItemHistory itemId={item.id} onRevert={(id) => void writer.revert(id)} />
        </>
      ) : null}
    </Drawer>
  );
}

/** The item's progress changes, newest first, each with 撤回. */
function ItemHistory({ itemId, onRevert }: { itemId: WorkItemId; onRevert: (id: string) => void }) {
  const history = useLiveItemHistory(itemId);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        变更记录
      </Typography.Title>
      <List
        size="small"
        className="work-item-history"
        dataSource={history ?? []}
        locale={{ emptyText: '暂无变更' }}
        renderItem={(entry) => (
          <List.Item
            actions={[
              <Button key="revert" size="small" type="link" onClick={() => onRevert(entry.id)}>
                撤回
              </Button>,
            ]}
          >
            {formatDateTime(entry.at)} {entry.user} {entry.action}：{entry.year}年{entry.span}
            {entry.before ? ` ${entry.before.status}` : ''} →{' '}
            {entry.after ? entry.after.status : '清除'}
          </List.Item>
        )}
      />
    </>
  );
}
