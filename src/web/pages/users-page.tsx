import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLE_NAMES, ROLES } from '../../domain/access/role.ts';
import type { UserRow } from '../api/types.ts';
import { errorMessage } from '../api/api-error.ts';
import { usersApi } from '../api/users-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { UserCreateModal } from '../components/user-create-modal.tsx';
import { useAsyncData } from '../hooks/use-async-data.ts';
import { formatDateTime } from '../lib/format-date.ts';
import { roleName } from '../lib/labels.ts';

/** The users table; the status column offers «Снять блокировку» while failed password checks lock a login. */
const columnsWith = (unlock: (u: UserRow) => void, unlocking: number | null): TableColumnsType<UserRow> => [
  { title: 'Логин', dataIndex: 'login', key: 'login', width: 180, sorter: (a, b) => a.login.localeCompare(b.login) },
  { title: 'ФИО', dataIndex: 'fullName', key: 'fullName', sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'ru') },
  {
    title: 'Роль',
    dataIndex: 'roleName',
    key: 'role',
    width: 230,
    render: (_: string, u) => u.roleName || roleName(u.role),
    filters: ROLES.map((r) => ({ value: r, text: ROLE_NAMES[r] })),
    onFilter: (value, u) => u.role === value,
  },
  {
    title: 'Зона доступа',
    dataIndex: 'scopeOrgName',
    key: 'scope',
    render: (v: string | null) => v ?? <span className="muted">все организации</span>,
  },
  {
    title: 'Статус',
    dataIndex: 'isActive',
    key: 'isActive',
    width: 260,
    render: (active: boolean, u) => (
      <Flex gap={6} wrap align="center">
        {active ? <Tag color="green">активен</Tag> : <Tag>заблокирован</Tag>}
        {u.lockedUntil ? (
          <>
            <Tag color="orange" data-testid={`user-locked-${u.login}`}>
              вход закрыт до {formatDateTime(u.lockedUntil)}
            </Tag>
            <Button size="small" loading={unlocking === u.id} onClick={() => unlock(u)} data-testid={`user-unlock-${u.login}`}>
              Снять блокировку
            </Button>
          </>
        ) : null}
      </Flex>
    ),
  },
];

/** `/users` (admin only): user list and «Добавить пользователя». */
export function UsersPage() {
  const { data, error, loading, reload } = useAsyncData((signal) => usersApi.list(signal), []);
  const [creating, setCreating] = useState(false);
  const [unlocking, setUnlocking] = useState<number | null>(null);
  const { message, modal } = App.useApp();

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

  return (
    <div className="panel page-panel">
      <PageTitle
        title="Пользователи"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-add-button">
            Добавить пользователя
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<UserRow>
        rowKey="id"
        size="middle"
        columns={columnsWith(unlock, unlocking)}
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
    </div>
  );
}
