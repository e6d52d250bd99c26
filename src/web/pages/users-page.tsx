import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLE_NAMES, ROLES } from '../../domain/access/role.ts';
import type { UserRow } from '../api/types.ts';
import { usersApi } from '../api/users-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { UserCreateModal } from '../components/user-create-modal.tsx';
import { useAsyncData } from '../hooks/use-async-data.ts';
import { roleName } from '../lib/labels.ts';

const columns: TableColumnsType<UserRow> = [
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
    width: 120,
    render: (active: boolean) => (active ? <Tag color="green">активен</Tag> : <Tag>заблокирован</Tag>),
  },
];

/** `/users` (admin only): user list and «Добавить пользователя». */
export function UsersPage() {
  const { data, error, loading, reload } = useAsyncData((signal) => usersApi.list(signal), []);
  const [creating, setCreating] = useState(false);

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
        columns={columns}
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
