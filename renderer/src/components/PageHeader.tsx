import type { ReactNode } from 'react';
import { Typography } from 'antd';

type PageHeaderProps = {
  title: string;
  description: string;
  extra?: ReactNode;
};

/** The heading of every section page: a title, one line saying what the page is for, actions. */
export function PageHeader({ title, description, extra }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {description}
        </Typography.Paragraph>
      </div>
      {extra ? <div className="page-header-extra">{extra}</div> : null}
    </div>
  );
}
