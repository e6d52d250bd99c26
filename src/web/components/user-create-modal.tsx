import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import type { NewUser, Role } from '../api/types.ts';
import { usersApi } from '../api/users-api.ts';
import { ROLE_NAMES, ROLES_ORDER } from '../lib/labels.ts';
import { OrgSelect } from './org-select.tsx';

interface UserCreateModalProps {
  onClose: () => void;
  onCreated: () => void;
}

/** Roles that work within one organisation or municipality and therefore need a scope. */
const SCOPED_ROLES: ReadonlySet<Role> = new Set<Role>(['municipal_operator', 'org_representative']);

const ROLE_OPTIONS = ROLES_ORDER.map((role) => ({ value: role, label: ROLE_NAMES[role] }));

interface NewUserForm extends Omit<NewUser, 'scopeOrgId'> {
  scopeOrgId?: number | null;
  passwordRepeat: string;
}

/** «Добавить пользователя» (POST /api/users). */
export function UserCreateModal({ onClose, onCreated }: UserCreateModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUserForm>();
  const role = Form.useWatch('role', form);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scopeRequired = role !== undefined && SCOPED_ROLES.has(role);

  const save = async (values: NewUserForm): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      await usersApi.create({
        login: values.login.trim(),
        fullName: values.fullName.trim(),
        role: values.role,
        scopeOrgId: values.scopeOrgId ?? null,
        password: values.password,
      });
      void message.success(`Пользователь ${values.login.trim()} создан`);
      onCreated();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="Новый пользователь"
      width={600}
      okText="Создать"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<NewUserForm> form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="user-create-form">
        <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="Логин"
          name="login"
          rules={[
            { required: true, whitespace: true, message: 'Укажите логин' },
            { pattern: /^[a-zA-Z0-9._-]+$/, message: 'Латинские буквы, цифры, точка, дефис и подчёркивание' },
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item label="Роль" name="role" rules={[{ required: true, message: 'Выберите роль' }]}>
          <Select options={ROLE_OPTIONS} placeholder="Выберите роль" />
        </Form.Item>
        <Form.Item
          label="Область доступа (организация)"
          name="scopeOrgId"
          tooltip="Муниципалитет или организация, в пределах которых работает пользователь. Пусто — все организации."
          rules={[{ required: scopeRequired, message: 'Для этой роли нужно выбрать организацию' }]}
        >
          <OrgSelect />
        </Form.Item>
        <Form.Item
          label="Пароль"
          name="password"
          rules={[
            { required: true, message: 'Укажите пароль' },
            { min: 8, message: 'Не менее 8 символов' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Повтор пароля"
          name="passwordRepeat"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Повторите пароль' },
            ({ getFieldValue }) => ({
              validator: (_rule, v) =>
                !v || v === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Пароли не совпадают')),
            }),
          ]}
          style={{ marginBottom: 0 }}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
