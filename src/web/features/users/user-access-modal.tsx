import { Alert, App, Form, Modal, Select } from 'antd';
import { ROLE_NAMES } from '../../../domain/access/role.ts';
import { grantableRoles } from '../../../domain/access/user-management.ts';
import type { OrgKind, Role, UserRow } from '../../api/types.ts';
import { usersApi } from '../../api/users-api.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { OrgSelect } from '../../components/org-select.tsx';

const SCOPE_KIND: Record<Role, OrgKind | 'any' | null> = {
  admin: null,
  regional_operator: 'region',
  municipal_operator: 'municipality',
  org_representative: 'organisation',
  expert: 'any',
  viewer: 'any',
};

interface AccessForm {
  role: Role;
  scopeOrgId?: number | null;
}

/** «Роль и зона доступа» (PUT /api/users/:id/access): only the roles the caller may give are offered. */
export function UserAccessModal({ user, onClose, onSaved }: { user: UserRow; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const { user: me } = useSession();
  const [form] = Form.useForm<AccessForm>();
  const role = Form.useWatch('role', form) ?? user.role;
  const { saving, error, run } = useSubmit();
  const scopeKind = SCOPE_KIND[role];

  const save = async (values: AccessForm): Promise<void> => {
    const done = await run(() => usersApi.changeAccess(user.id, values.role, values.scopeOrgId ?? null));
    if (done) {
      void message.success(`Роль и зона доступа ${user.login} изменены`);
      onSaved();
    }
  };

  return (
    <Modal
      open
      title={`Роль и зона доступа: ${user.login}`}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="user-access-error" /> : null}
      <Form<AccessForm>
        form={form}
        layout="vertical"
        initialValues={{ role: user.role, scopeOrgId: user.scopeOrgId }}
        onFinish={(v) => void save(v)}
        data-testid="user-access-form"
      >
        <Form.Item label="Роль" name="role" rules={[{ required: true, message: 'Выберите роль' }]}>
          <Select
            options={grantableRoles(me.role).map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
            onChange={() => form.setFieldValue('scopeOrgId', null)}
          />
        </Form.Item>
        <Form.Item
          label="Зона доступа"
          name="scopeOrgId"
          extra={scopeKind === null ? 'Администратор работает со всей системой.' : `Сейчас: ${user.scopeOrgName ?? 'все организации'}`}
          rules={[{ required: Boolean(scopeKind), message: 'Для этой роли нужно выбрать зону доступа' }]}
        >
          <OrgSelect disabled={!scopeKind} kind={scopeKind === 'any' || !scopeKind ? undefined : scopeKind} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
