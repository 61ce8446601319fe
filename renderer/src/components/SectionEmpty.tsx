import type { ReactNode } from 'react';
import { Card, Empty, Typography } from 'antd';

type SectionEmptyProps = {
  /** What the user should do next, in one sentence. */
  title: string;
  /** What will be shown here once there is data. */
  details: readonly string[];
  actions?: ReactNode;
};

/** An honest empty state: says what will be here and what to do next; never fake data (UX.md). */
export function SectionEmpty({ title, details, actions }: SectionEmptyProps) {
  return (
    <Card className="section-empty">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={<Typography.Text strong>{title}</Typography.Text>}
      >
        <ul className="section-empty-details">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {actions}
      </Empty>
    </Card>
  );
}
