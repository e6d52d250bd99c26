import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Layout, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { authApi } from '../api/auth-api.ts';
import { useSession } from '../hooks/use-session.ts';
import type { Route } from '../lib/match-route.ts';
import { DemoTag } from '../components/demo-tag.tsx';
import { PasswordChangeModal } from '../features/auth/password-change-modal.tsx';
import { SideMenu } from './side-menu.tsx';

interface AppLayoutProps {
  route: Route;
  children: ReactNode;
}

/** Header (title, demo tag, the user's menu, «Выйти»), side menu and the page content. */
export function AppLayout({ route, children }: AppLayoutProps) {
  const { user, meta, logout } = useSession();
  const { message, modal } = App.useApp();
  const [changingPassword, setChangingPassword] = useState(false);
  const scopeHint = user.scopeOrgName ? `Зона доступа: ${user.scopeOrgName}` : 'Доступ ко всем организациям';

  const endOtherSessions = () =>
    modal.confirm({
      title: 'Выйти на других устройствах?',
      content: 'Все ваши сеансы, кроме этого, завершатся: там придётся войти заново.',
      okText: 'Выйти на других',
      cancelText: 'Отмена',
      onOk: async () => {
        try {
          const { sessionsEnded } = await authApi.endOtherSessions();
          void message.success(sessionsEnded > 0 ? `Завершено сеансов: ${sessionsEnded}.` : 'Других сеансов не было.');
        } catch (err) {
          void message.error(errorMessage(err));
        }
      },
    });

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
          <Dropdown
            trigger={['click']}
            placement="bottomRight"
            menu={{
              items: [
                { key: 'scope', label: scopeHint, disabled: true },
                { type: 'divider' },
                { key: 'password', icon: <KeyOutlined />, label: 'Сменить пароль', onClick: () => setChangingPassword(true) },
                { key: 'sessions', icon: <LogoutOutlined />, label: 'Выйти на других устройствах', onClick: endOtherSessions },
              ],
            }}
          >
            <Flex align="center" gap={8} className="app-user" data-testid="current-user" role="button" tabIndex={0}>
              <UserOutlined />
              <Flex vertical className="app-user-text">
                <span className="app-user-name">{user.fullName}</span>
                <span className="app-user-role">{user.roleName}</span>
              </Flex>
              <DownOutlined style={{ fontSize: 10 }} />
            </Flex>
          </Dropdown>
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
      {changingPassword ? <PasswordChangeModal onClose={() => setChangingPassword(false)} /> : null}
    </Layout>
  );
}
