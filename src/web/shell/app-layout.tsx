import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Dropdown, Flex, Layout, Typography } from 'antd';
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { authApi } from '../api/auth-api.ts';
import { useLocationPath } from '../hooks/use-location-path.ts';
import { useMediaQuery } from '../hooks/use-media-query.ts';
import { useSession } from '../hooks/use-session.ts';
import type { Route } from '../lib/match-route.ts';
import { DemoTag } from '../components/demo-tag.tsx';
import { PasswordChangeModal } from '../features/auth/password-change-modal.tsx';
import { SideMenu } from './side-menu.tsx';
import { useFocusRestart } from './use-focus-restart.ts';

/** From this width up the side menu stays open beside the content; below it, it is a drawer opened by «Меню». */
const WIDE_SCREEN = '(min-width: 992px)';
const MAIN_ID = 'main-content';

/** The skip link moves focus (not only the scroll position) to the page content, without touching the route. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

interface AppLayoutProps {
  route: Route;
  children: ReactNode;
}

/**
 * Skip link, header (title, demo tag, the user's menu, «Выйти»), side menu and the page content.
 * On narrow screens (and at 200 % zoom) the menu is a drawer opened by the «Меню» button.
 */
export function AppLayout({ route, children }: AppLayoutProps) {
  const { user, meta, logout } = useSession();
  const { message, modal } = App.useApp();
  const [changingPassword, setChangingPassword] = useState(false);
  const wide = useMediaQuery(WIDE_SCREEN);
  const [menuOpen, setMenuOpen] = useState(false);
  const top = useRef<HTMLSpanElement>(null);
  const userButton = useRef<HTMLButtonElement>(null);
  // Closed from inside (Escape): the focus goes back to the button instead of staying on a hidden item.
  const returnFocus = (open: boolean) => {
    if (!open && document.activeElement?.closest('.ant-dropdown')) userButton.current?.focus();
  };
  useFocusRestart(top, useLocationPath());
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

  const menu = (
    <>
      <SideMenu route={route} isAdmin={user.role === 'admin'} onNavigate={() => setMenuOpen(false)} />
      {meta?.version ? (
        <Typography.Text type="secondary" className="app-version">
          v{meta.version}
        </Typography.Text>
      ) : null}
    </>
  );

  return (
    <Layout className="app-layout">
      <span className="focus-start" ref={top} tabIndex={-1} />
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToContent} data-testid="skip-link">
        Перейти к содержимому
      </a>
      <Layout.Header className="app-header">
        <Flex align="center" gap={14} className="app-header-left">
          {wide ? null : (
            <Button
              icon={<MenuOutlined />}
              onClick={() => setMenuOpen(true)}
              aria-expanded={menuOpen}
              aria-haspopup="dialog"
              aria-label="Меню"
              className="app-menu-button"
              data-testid="menu-button"
            >
              Меню
            </Button>
          )}
          <span className="app-logo">СОКО</span>
          <span className="app-title" data-testid="app-title">
            СОКО — система оценки качества образования
          </span>
          {meta?.demo ? <DemoTag /> : null}
        </Flex>
        <Flex align="center" gap={14} className="app-header-right">
          <Dropdown
            trigger={['click']}
            autoFocus
            onOpenChange={returnFocus}
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
            <button type="button" className="app-user" ref={userButton} data-testid="current-user">
              <UserOutlined />
              <span className="app-user-text">
                <span className="app-user-name">{user.fullName}</span>
                <span className="app-user-role">{user.roleName}</span>
              </span>
              <DownOutlined style={{ fontSize: 10 }} />
            </button>
          </Dropdown>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout-button">
            Выйти
          </Button>
        </Flex>
      </Layout.Header>
      <Layout className="app-body">
        {wide ? (
          <Layout.Sider width={208} className="app-sider" theme="light">
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            placement="left"
            title="Меню"
            size={280}
            rootClassName="app-menu-drawer"
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content id={MAIN_ID} tabIndex={-1} className="app-content">
          {children}
        </Layout.Content>
      </Layout>
      {changingPassword ? <PasswordChangeModal onClose={() => setChangingPassword(false)} /> : null}
    </Layout>
  );
}
