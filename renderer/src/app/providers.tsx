import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';

/** Chinese system fonts only: nothing is loaded from the network (issue 2). */
export const FONT_FAMILY =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

type ProvidersProps = { children: ReactNode };

/** antd ConfigProvider with the zh_CN locale and the workbench theme (STYLE.md「UI state」). */
export function Providers({ children }: ProvidersProps) {
  return (
    <ConfigProvider
      locale={zhCN}
      componentSize="middle"
      theme={{
        token: {
          fontFamily: FONT_FAMILY,
          colorPrimary: '#1f5fa8',
          borderRadius: 4,
          fontSize: 14,
        },
        components: {
          Layout: { siderBg: '#0f2a4a', headerBg: '#ffffff', bodyBg: '#f3f5f8' },
          Menu: {
            darkItemBg: '#0f2a4a',
            darkSubMenuItemBg: '#0b2240',
            darkItemSelectedBg: '#1f5fa8',
          },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
