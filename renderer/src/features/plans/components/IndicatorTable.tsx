import type { ReactNode } from 'react';
import { Table, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { attributeLabel } from '../../../../../shared/domain/attributeLabel';
import { describeTarget } from '../../../../../shared/domain/describeTarget';
import { mergeDownCells } from '../../../components/mergeDownCells';

type IndicatorTableProps = {
  indicators: readonly Indicator[];
  /** Extra column at the end (row actions), if any. */
  renderActions?: (indicator: Indicator, index: number) => ReactNode;
};

/**
 * The indicator table as the plan wrote it — raw cells exactly as printed — beside the parsed
 * reading, so the evaluator can check it (UX.md「Numbers」).
 */
export function IndicatorTable({ indicators, renderActions }: IndicatorTableProps) {
  return (
    <Table<Indicator>
      size="small"
      rowKey="id"
      bordered
      dataSource={[...indicators]}
      pagination={false}
      sticky
      scroll={{ x: 1000 }}
      columns={[
        { title: '序号', dataIndex: 'order', width: 48, align: 'center', fixed: 'left' },
        {
          title: '类别',
          dataIndex: 'category',
          width: 76,
          onCell: mergeDownCells(indicators, (i) => i.category),
        },
        {
          title: '指标',
          width: 224,
          fixed: 'left',
          render: (_, indicator) => <IndicatorName indicator={indicator} />,
        },
        { title: '基期值', dataIndex: 'baseRaw', width: 90, render: rawCell },
        { title: '目标值', dataIndex: 'targetRaw', width: 104, render: rawCell },
        { title: '年均/累计增长(%)', dataIndex: 'growthRaw', width: 104, render: rawCell },
        { title: '属性', dataIndex: 'attribute', width: 68, render: attributeTag },
        {
          title: '解析结果',
          render: (_, indicator) => (
            <Typography.Text type="secondary">{describeTarget(indicator)}</Typography.Text>
          ),
        },
        ...(renderActions
          ? [
              {
                title: '操作',
                width: 156,
                fixed: 'right' as const,
                render: (_: unknown, indicator: Indicator, index: number) =>
                  renderActions(indicator, index),
              },
            ]
          : []),
      ]}
    />
  );
}

function IndicatorName({ indicator }: { indicator: Indicator }) {
  return (
    <span>
      {indicator.name}
      {indicator.unit ? (
        <Typography.Text type="secondary">（{indicator.unit}）</Typography.Text>
      ) : null}
      {indicator.warnings.length > 0 ? (
        <Tooltip title={indicator.warnings.map((w) => w.message).join('\n')}>
          <WarningOutlined style={{ color: '#d48806', marginLeft: 6 }} aria-label="导入警告" />
        </Tooltip>
      ) : null}
    </span>
  );
}

function rawCell(text: string) {
  return text ? (
    <span className="raw-cell">{text}</span>
  ) : (
    <Typography.Text type="secondary">（空）</Typography.Text>
  );
}

/** 约束性 in red; an attribute the table did not give is 待填 in orange (decision 0044). */
function attributeTag(attribute: Indicator['attribute']) {
  const color = attribute === '约束性' ? 'red' : attribute === null ? 'orange' : 'default';
  return <Tag color={color}>{attributeLabel(attribute)}</Tag>;
}
