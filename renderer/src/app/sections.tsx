import type { ReactNode } from 'react';
import {
  BarChartOutlined,
  CarryOutOutlined,
  FileTextOutlined,
  FormOutlined,
  ProfileOutlined,
  SettingOutlined,
} from '@ant-design/icons';

/** The product's sections, in navigation order (issue 2). */
export type Section = {
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
};

export const SECTIONS: readonly Section[] = [
  { path: '/plans', label: '规划管理', icon: <ProfileOutlined /> },
  { path: '/data-entry', label: '数据填报', icon: <FormOutlined /> },
  { path: '/evaluation', label: '评估分析', icon: <BarChartOutlined /> },
  { path: '/work-items', label: '重点任务', icon: <CarryOutOutlined /> },
  { path: '/report', label: '评估报告', icon: <FileTextOutlined /> },
  { path: '/settings', label: '系统设置', icon: <SettingOutlined /> },
];
