import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../hooks/use-session.ts';
import type { Route } from '../lib/match-route.ts';
import { DemoTag } from './demo-tag.tsx';
import { SideMenu } from './side-menu.tsx';

interface AppLayoutProps {
  route: Route;
  children: ReactNode;
}

/** Header (title, demo tag, user, «Выйти»), side menu and the page content. */
export function AppLayout({ route, children }: AppLayoutProps) {
  const { user, meta, logout } = useSession();
  const scopeHint = user.scopeOrgName ? `Область доступа: ${user.scopeOrgName}` : 'Доступ ко всем организациям';

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Flex align="center" gap={14} className="app-header-left">
          <span className="app-logo">СОКО</span>
          <span className="app-title" data-testid="app-title">
            СОКО — система оценки качества образования
          </span>
          {meta?.demo ? <DemoTag /> : null}
        </Flex>
        <Flex align="center" gap={14} className="app-header-right">
          <Tooltip title={scopeHint} placement="bottomRight">
            <Flex align="center" gap={8} className="app-user" data-testid="current-user">
              <UserOutlined />
              <Flex vertical className="app-user-text">
                <span className="app-user-name">{user.fullName}</span>
                <span className="app-user-role">{user.roleName}</span>
              </Flex>
            </Flex>
          </Tooltip>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout-button">
            Выйти
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} breakpoint="lg" collapsedWidth={64} className="app-sider" theme="light">
          <SideMenu route={route} isAdmin={user.role === 'admin'} />
          {meta?.version ? (
            <Typography.Text type="secondary" className="app-version">
              v{meta.version}
            </Typography.Text>
          ) : null}
        </Layout.Sider>
        <Layout.Content className="app-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
