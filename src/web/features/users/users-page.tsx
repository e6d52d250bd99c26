import { KeyOutlined, LockOutlined, PlusOutlined, SolutionOutlined, UnlockOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLE_NAMES, ROLES, type Role } from '../../../domain/access/role.ts';
import type { UserRow } from '../../api/types.ts';
import { errorMessage } from '../../api/api-error.ts';
import { usersApi, type UserFilter } from '../../api/users-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { OrgAccountsModal } from './org-accounts-modal.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { UserAccessModal } from './user-access-modal.tsx';
import { UserCreateModal } from './user-create-modal.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { roleName } from '../../lib/labels.ts';

type Status = NonNullable<UserFilter['status']>;

const STATUS_NAMES: Record<Status, string> = {
  active: 'Активные',
  blocked: 'Заблокированные',
  locked: 'Вход закрыт после неудачных попыток',
  must_change_password: 'Должны сменить пароль',
};

interface Actions {
  unlock: (u: UserRow) => void;
  unlocking: number | null;
  block: (u: UserRow) => void;
  unblock: (u: UserRow) => void;
  reset: (u: UserRow) => void;
  access: (u: UserRow) => void;
  myId: number;
}

/** The users table; the status column offers «Снять блокировку» while failed password checks lock a login. */
const columnsWith = (a: Actions): TableColumnsType<UserRow> => [
  { title: 'Логин', dataIndex: 'login', key: 'login', width: 180, sorter: (x, y) => x.login.localeCompare(y.login) },
  { title: 'ФИО', dataIndex: 'fullName', key: 'fullName', sorter: (x, y) => x.fullName.localeCompare(y.fullName, 'ru') },
  {
    title: 'Роль',
    dataIndex: 'roleName',
    key: 'role',
    width: 200,
    render: (_: string, u) => u.roleName || roleName(u.role),
  },
  {
    title: 'Зона доступа',
    dataIndex: 'scopeOrgName',
    key: 'scope',
    render: (v: string | null) => v ?? <span className="muted">все организации</span>,
  },
  {
    title: 'Последний вход',
    dataIndex: 'lastLoginAt',
    key: 'lastLoginAt',
    width: 150,
    render: (v: string | null) => (v ? formatDateTime(v) : <span className="muted">не входил</span>),
  },
  {
    title: 'Статус',
    dataIndex: 'isActive',
    key: 'isActive',
    width: 260,
    render: (active: boolean, u) => (
      <Flex gap={6} wrap align="center">
        {active ? <Tag color="green">активен</Tag> : <Tag data-testid={`user-blocked-${u.login}`}>заблокирован</Tag>}
        {u.mustChangePassword ? <Tag color="blue">должен сменить пароль</Tag> : null}
        {u.lockedUntil ? (
          <>
            <Tag color="orange" data-testid={`user-locked-${u.login}`}>
              вход закрыт до {formatDateTime(u.lockedUntil)}
            </Tag>
            <Button size="small" loading={a.unlocking === u.id} onClick={() => a.unlock(u)} data-testid={`user-unlock-${u.login}`}>
              Снять блокировку
            </Button>
          </>
        ) : null}
      </Flex>
    ),
  },
  {
    title: 'Действия',
    key: 'actions',
    width: 170,
    render: (_: unknown, u) =>
      u.id === a.myId ? (
        <span className="muted">это вы</span>
      ) : (
        <Flex gap={4} wrap>
          {u.isActive ? (
            <Button size="small" icon={<LockOutlined />} onClick={() => a.block(u)} data-testid={`user-block-${u.login}`}>
              Заблокировать
            </Button>
          ) : (
            <Button size="small" icon={<UnlockOutlined />} onClick={() => a.unblock(u)} data-testid={`user-unblock-${u.login}`}>
              Разблокировать
            </Button>
          )}
          <Button size="small" icon={<KeyOutlined />} onClick={() => a.reset(u)} data-testid={`user-reset-${u.login}`}>
            Новый пароль
          </Button>
          <Button size="small" icon={<SolutionOutlined />} onClick={() => a.access(u)} data-testid={`user-access-${u.login}`}>
            Роль и зона
          </Button>
        </Flex>
      ),
  },
];

/** `/users` (administrators and operators, each within its scope): the accounts, their life, and accounts for organisations. */
export function UsersPage() {
  const { user: me } = useSession();
  const [filter, setFilter] = useState<UserFilter>({});
  const { data, error, loading, reload } = useAsyncData((signal) => usersApi.list(signal, filter), [filter]);
  const [creating, setCreating] = useState(false);
  const [forOrgs, setForOrgs] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [unlocking, setUnlocking] = useState<number | null>(null);
  const { message, modal } = App.useApp();

  const act = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await action();
      void message.success(done);
      reload();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const unlock = (u: UserRow) =>
    modal.confirm({
      title: `Снять блокировку входа для ${u.login}?`,
      content:
        'После неудачных попыток ввода пароля вход под этим логином закрыт. Снимите блокировку, если убедились, что пароль вводил сам пользователь. Действие записывается в журнал.',
      okText: 'Снять блокировку',
      cancelText: 'Отмена',
      onOk: async () => {
        setUnlocking(u.id);
        try {
          const { cleared } = await usersApi.unlock(u.id);
          void message.success(`Блокировка входа для ${u.login} снята (неудачных попыток: ${cleared}).`);
          reload();
        } catch (err) {
          void message.error(errorMessage(err));
        } finally {
          setUnlocking(null);
        }
      },
    });

  const block = (u: UserRow) =>
    modal.confirm({
      title: `Заблокировать ${u.login}?`,
      content:
        'Все сеансы пользователя завершатся сразу, войти он не сможет, пока учётную запись не разблокируют. Действие записывается в журнал.',
      okText: 'Заблокировать',
      okButtonProps: { danger: true },
      cancelText: 'Отмена',
      onOk: () => act(() => usersApi.block(u.id), `Учётная запись ${u.login} заблокирована`),
    });

  const unblock = (u: UserRow) => void act(() => usersApi.unblock(u.id), `Учётная запись ${u.login} разблокирована`);

  const reset = (u: UserRow) =>
    modal.confirm({
      title: `Выдать ${u.login} новый пароль?`,
      content:
        'Старый пароль перестанет действовать, сеансы пользователя завершатся. Новый пароль покажем один раз; при входе его нужно будет сменить.',
      okText: 'Выдать пароль',
      cancelText: 'Отмена',
      onOk: async () => {
        try {
          const { login, password } = await usersApi.resetPassword(u.id);
          modal.info({
            title: `Новый пароль для ${login}`,
            width: 520,
            content: (
              <div data-testid="reset-password-result">
                <Typography.Paragraph>
                  <Typography.Text code copyable>
                    {password}
                  </Typography.Text>
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary">
                  Передайте пароль пользователю: после закрытия окна его не показать снова. При первом входе пользователь сменит его.
                </Typography.Paragraph>
              </div>
            ),
            okText: 'Пароль передан',
          });
          reload();
        } catch (err) {
          void message.error(errorMessage(err));
        }
      },
    });

  return (
    <div className="panel page-panel">
      <PageTitle
        title="Пользователи"
        extra={
          <Flex gap={8}>
            <Button icon={<UsergroupAddOutlined />} onClick={() => setForOrgs(true)} data-testid="org-accounts-button">
              Учётные записи для организаций
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-add-button">
              Добавить пользователя
            </Button>
          </Flex>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} data-testid="users-filter">
        <Form.Item label="Роль" htmlFor="users-filter-role">
          <Select<Role>
            id="users-filter-role"
            allowClear
            placeholder="Все роли"
            style={{ width: 230 }}
            value={filter.role}
            onChange={(role) => setFilter((f) => ({ ...f, role }))}
            options={ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
          />
        </Form.Item>
        <Form.Item label="Территория" htmlFor="users-filter-territory">
          <div style={{ width: 280 }}>
            <OrgSelect
              id="users-filter-territory"
              value={filter.territoryId ?? null}
              onChange={(id) => setFilter((f) => ({ ...f, territoryId: id ?? undefined }))}
              placeholder="Вся зона доступа"
            />
          </div>
        </Form.Item>
        <Form.Item label="Статус" htmlFor="users-filter-status">
          <Select<Status>
            id="users-filter-status"
            allowClear
            placeholder="Любой"
            style={{ width: 280 }}
            value={filter.status}
            onChange={(status) => setFilter((f) => ({ ...f, status }))}
            options={(Object.keys(STATUS_NAMES) as Status[]).map((s) => ({ value: s, label: STATUS_NAMES[s] }))}
          />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<UserRow>
        rowKey="id"
        size="middle"
        columns={columnsWith({ unlock, unlocking, block, unblock, reset, access: setEditing, myId: me.id })}
        dataSource={data ?? []}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="users-table"
      />
      {creating ? (
        <UserCreateModal
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      {forOrgs ? <OrgAccountsModal onClose={() => setForOrgs(false)} onCreated={reload} /> : null}
      {editing ? (
        <UserAccessModal
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </div>
  );
}
