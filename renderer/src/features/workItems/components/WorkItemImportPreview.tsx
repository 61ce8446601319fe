import { useMemo, useState } from 'react';
import { Alert, Descriptions, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { WORK_ITEM_KINDS } from '../../../../../shared/domain/workItem';
import { summarizeWorkItemImport } from '../../../../../shared/domain/workItemImportSummary';
import { formatProblem } from '../../../../../shared/lib/result';
import { useLivePlans } from '../../../db/liveQueries';
import { useLiveKnownDepartments } from '../../../db/workItemQueries';
import { useSaveImportedList } from '../hooks/useSaveImportedList';
import type { PendingWorkItemImport } from '../hooks/useWorkItemFileImport';

type WorkItemImportPreviewProps = {
  pending: PendingWorkItemImport;
  onSaved: (listId: string) => void;
  onClose: () => void;
};

/** Most department tags shown before 「等 N 个」. */
const SHOWN_DEPARTMENTS = 30;

/**
 * The preview of an imported task list (issue 13): how many items, of which kind, in which parts
 * or 专栏, which departments are already in the shared list and which are new, the importer's
 * warnings. The list is stored in one transaction on 保存; cancelling stores nothing.
 */
export function WorkItemImportPreview({ pending, onSaved, onClose }: WorkItemImportPreviewProps) {
  const plans = useLivePlans();
  const known = useLiveKnownDepartments();
  const { bundle, warnings, fileName } = pending;
  const [name, setName] = useState(bundle.list.name);
  const [planId, setPlanId] = useState<string | null>(bundle.list.planId);
  const { save, isSaving } = useSaveImportedList(bundle, fileName);
  const summary = useMemo(() => summarizeWorkItemImport(bundle, known ?? []), [bundle, known]);
  const confirm = async () => {
    const listId = await save({ name, planId });
    if (listId) onSaved(listId);
  };
  const kinds = WORK_ITEM_KINDS.filter((kind) => summary.byKind[kind] > 0)
    .map((kind) => `${kind} ${summary.byKind[kind]} 项`)
    .join('，');
  return (
    <Modal
      open
      width={820}
      title={`导入任务清单：${fileName}`}
      okText={`保存 ${summary.itemCount} 项`}
      cancelText="取消"
      okButtonProps={{ loading: isSaving, disabled: known === undefined }}
      onOk={() => void confirm()}
      onCancel={onClose}
      className="work-import-preview"
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
        >
          <Descriptions.Item label="清单名称">
            <Input aria-label="清单名称" value={name} onChange={(e) => setName(e.target.value)} />
          </Descriptions.Item>
          <Descriptions.Item label="所属规划">
            <Select
              aria-label="所属规划"
              allowClear
              placeholder="不属于任何规划（单独的任务清单）"
              style={{ width: '100%' }}
              value={planId ?? undefined}
              onChange={(value?: string) => setPlanId(value ?? null)}
              options={(plans ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
            />
          </Descriptions.Item>
          <Descriptions.Item label="条目">
            <span className="work-import-count">
              共 {summary.itemCount} 项（{kinds}）
            </span>
          </Descriptions.Item>
          <Descriptions.Item
            label={summary.groups.some((g) => g.startsWith('专栏')) ? '专栏' : '篇章'}
          >
            {summary.groups.length === 0
              ? '无（条目不分篇章）'
              : `${summary.groups.length} 个：${summary.groups.slice(0, 6).join('；')}${summary.groups.length > 6 ? ' 等' : ''}`}
          </Descriptions.Item>
          <Descriptions.Item label="责任单位">
            <DepartmentTags summary={summary} />
          </Descriptions.Item>
        </Descriptions>
        {warnings.length === 0 ? (
          <Typography.Text type="secondary">
            没有需要注意的问题。保存前不会写入任何内容。
          </Typography.Text>
        ) : (
          warnings.map((warning, index) => (
            <Alert key={index} type="warning" showIcon title={formatProblem(warning)} />
          ))
        )}
      </Space>
    </Modal>
  );
}

type DepartmentTagsProps = { summary: ReturnType<typeof summarizeWorkItemImport> };

/** Departments already in the shared list (plain) and new ones (blue), new ones first. */
function DepartmentTags({ summary }: DepartmentTagsProps) {
  const shown = [
    ...summary.newDepartments.map((name) => ({ name, isNew: true })),
    ...summary.knownDepartments.map((name) => ({ name, isNew: false })),
  ];
  return (
    <>
      <Typography.Paragraph className="work-import-departments" style={{ marginBottom: 6 }}>
        {summary.departments.length} 个，其中已有 {summary.knownDepartments.length} 个、新增{' '}
        {summary.newDepartments.length} 个（与指标的责任单位合为一个名单）
      </Typography.Paragraph>
      <div className="work-import-tags">
        {shown.slice(0, SHOWN_DEPARTMENTS).map(({ name, isNew }) => (
          <Tag key={name} color={isNew ? 'blue' : undefined}>
            {name}
          </Tag>
        ))}
        {shown.length > SHOWN_DEPARTMENTS ? `等 ${shown.length} 个` : null}
      </div>
    </>
  );
}
