import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Breadcrumb, Button, Layout, Menu } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { SECTIONS } from './sections';
import { AboutDialog } from './AboutDialog';
import { useAppStore } from '../state/appStore';
import { useAutomaticBackups } from './useAutomaticBackups';
import { useCurrentPlanMemory } from './useCurrentPlanMemory';
import { getWorkbench } from '../platform/workbench';

const { Sider, Header, Content } = Layout;

/** The app frame: left navigation, a slim header, the section's page. */
export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const current = SECTIONS.find((s) => location.pathname.startsWith(s.path));
  useMenuCommands(navigate, () => setAboutOpen(true));
  useAutomaticBackups();
  useCurrentPlanMemory();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200} theme="dark" style={{ position: 'sticky', top: 0, height: '100vh' }}>
        <div className="brand">
          <div className="brand-title">规划评估工作台</div>
          <div className="brand-subtitle">五年规划主要指标评估</div>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={current ? [current.path] : []}
          items={SECTIONS.map((s) => ({ key: s.path, icon: s.icon, label: s.label }))}
          onClick={({ key }) => navigate(key)}
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Breadcrumb items={[{ title: '规划评估工作台' }, { title: current?.label ?? '' }]} />
          <Button type="text" icon={<InfoCircleOutlined />} onClick={() => setAboutOpen(true)}>
            关于
          </Button>
        </Header>
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
      <AboutDialog />
    </Layout>
  );
}

function useMenuCommands(navigate: (path: string) => void, openAbout: () => void): void {
  useEffect(
    () =>
      getWorkbench().onMenuCommand((command) => {
        if (command === 'about') openAbout();
        else if (command === 'navigate:plans') navigate('/plans');
        else if (command === 'navigate:settings') navigate('/settings');
        else if (command === 'print')
          void getWorkbench().printToPdf({ suggestedName: '规划评估工作台.pdf' });
      }),
    [navigate, openAbout],
  );
}
