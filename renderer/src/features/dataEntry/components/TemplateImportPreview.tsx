import { useMemo, useState } from 'react';
import { Alert, Checkbox, Modal, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatAsWritten } from '../../../../../shared/lib/formatNumber';
import { formatProblem } from '../../../../../shared/lib/result';
import type { PendingImport } from '../hooks/useTemplateImport';
import {
  canApplyImport,
  importTotals,
  KIND_LABELS,
  previewRows,
  type PreviewRow,
} from '../templateModel';
import { ItemProgressPreviewTable } from './ItemProgressPreviewTable';

type TemplateImportPreviewProps = {
  pending: PendingImport;
  /** Writes the values; resolves true when they were written. */
  onApply: () => Promise<boolean>;
  onClose: () => void;
};

/**
 * The preview of a filled template (issue 5): counts per kind and every new, changed and invalid
 * cell with where it is. Nothing is written before 导入; invalid cells block the import unless the
 * user explicitly chooses to import only the valid cells.
 */
export function TemplateImportPreview({ pending, onApply, onClose }: TemplateImportPreviewProps) {
  const { preview, warnings } = pending;
  const [allowInvalid, setAllowInvalid] = useState(false);
  const [isApplying, setApplying] = useState(false);
  const rows = useMemo(() => previewRows(preview), [preview]);
  const { counts } = preview;
  const totals = importTotals(pending);
  const canApply = canApplyImport(pending, allowInvalid);
  const apply = async () => {
    setApplying(true);
    const done = await onApply();
    setApplying(false);
    if (done) onClose();
  };

  return (
    <Modal
      open
      width={960}
      title={`导入填报模板：${preview.fileName}`}
      okText={`${totals.invalid > 0 ? '仅导入有效的' : '导入'} ${totals.label}`}
      cancelText="取消"
      okButtonProps={{ disabled: !canApply, loading: isApplying }}
      onOk={() => void apply()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space orientation="vertical" size="small" className="template-preview">
        <Typography.Text type="secondary">
          责任单位：{preview.department || '全部指标'} · 年份：
          {preview.years.map((y) => `${y}年`).join('、')}
        </Typography.Text>
        <div className="template-counts" aria-label="导入统计">
          {(['new', 'changed', 'unchanged', 'invalid'] as const).map((kind) => (
            <span key={kind} className={`template-count is-${kind}`}>
              {KIND_LABELS[kind]} <strong>{counts[kind]}</strong>
            </span>
          ))}
        </div>
        {warnings.map((warning) => (
          <Alert key={warning.message} type="warning" showIcon title={formatProblem(warning)} />
        ))}
        <ApplyNotice
          pending={pending}
          allowInvalid={allowInvalid}
          onAllowInvalid={setAllowInvalid}
        />
        <Table<PreviewRow>
          size="small"
          rowKey="key"
          columns={COLUMNS}
          dataSource={rows}
          pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, size: 'small' } : false}
          scroll={{ y: pending.items?.entries.length ? 200 : 320 }}
          locale={{ emptyText: '没有新增或修改的数值' }}
        />
        {pending.items && pending.items.entries.length > 0 ? (
          <ItemProgressPreviewTable items={pending.items} />
        ) : null}
      </Space>
    </Modal>
  );
}

type ApplyNoticeProps = {
  pending: PendingImport;
  allowInvalid: boolean;
  onAllowInvalid: (allow: boolean) => void;
};

function ApplyNotice({ pending, allowInvalid, onAllowInvalid }: ApplyNoticeProps) {
  const { counts } = pending.preview;
  const totals = importTotals(pending);
  if (totals.toWrite === 0) {
    return <Alert type="info" showIcon title="模板中没有新增或修改的数值或进展，无需导入。" />;
  }
  if (counts.invalid === 0) {
    return (
      <Alert
        type="success"
        showIcon
        title={`将写入 ${totals.label}（单元格新增 ${counts.new}，修改 ${counts.changed}），一次完成，可在变更记录中查看和撤回。`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={`有 ${totals.invalid} 个单元格或任务行无效，默认不导入。请按下表的原因和位置修改模板后重新导入。`}
      description={
        <Checkbox checked={allowInvalid} onChange={(e) => onAllowInvalid(e.target.checked)}>
          我已了解，仅导入其余有效的 {totals.label}（无效的不写入）
        </Checkbox>
      }
    />
  );
}

const PAGE_SIZE = 50;

const KIND_COLORS = {
  new: 'green',
  changed: 'blue',
  unchanged: 'default',
  invalid: 'red',
} as const;

const COLUMNS: TableColumnsType<PreviewRow> = [
  {
    title: '类型',
    dataIndex: 'kind',
    width: 64,
    render: (kind: PreviewRow['kind']) => <Tag color={KIND_COLORS[kind]}>{KIND_LABELS[kind]}</Tag>,
  },
  { title: '指标', dataIndex: 'indicatorName', ellipsis: true },
  { title: '年份', dataIndex: 'year', width: 72, render: (year: number) => `${year}年` },
  { title: '数据项', dataIndex: 'measure', width: 104 },
  {
    title: '原值 → 新值 / 无效原因',
    key: 'values',
    width: 240,
    render: (_: unknown, row: PreviewRow) =>
      row.kind === 'invalid' ? (
        <Typography.Text type="danger">{row.reason}</Typography.Text>
      ) : (
        `${row.before === null ? '（空）' : formatAsWritten(row.before)} → ${formatAsWritten(row.after ?? 0)}（${row.status}）`
      ),
  },
  { title: '位置', dataIndex: 'where', width: 260 },
];
