import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_NAMES } from '../../../domain/access/role.ts';
import { grantableRoles } from '../../../domain/access/user-management.ts';
import { useSession } from '../../hooks/use-session.ts';
import type { NewUser, OrgKind, Role } from '../../api/types.ts';
import { usersApi } from '../../api/users-api.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { NewPasswordFields } from '../../components/new-password-fields.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { suggestPassword } from '../../lib/password-check.ts';

interface UserCreateModalProps {
  onClose: () => void;
  onCreated: () => void;
}

/** Level of the scope organisation each role needs (admin works without a scope). */
const SCOPE_KIND: Record<Role, OrgKind | 'any' | null> = {
  admin: null,
  regional_operator: 'region',
  municipal_operator: 'municipality',
  org_representative: 'organisation',
  expert: 'any',
  viewer: 'any',
};

const SCOPE_HINT: Record<OrgKind | 'any', string> = {
  region: 'Выберите регион',
  municipality: 'Выберите муниципалитет',
  organisation: 'Выберите образовательную организацию',
  any: 'Выберите регион, муниципалитет или организацию',
};

interface NewUserForm extends Omit<NewUser, 'scopeOrgId'> {
  scopeOrgId?: number | null;
  passwordRepeat: string;
}

/** «Добавить пользователя» (POST /api/users). */
export function UserCreateModal({ onClose, onCreated }: UserCreateModalProps) {
  const { message } = App.useApp();
  const { user: me } = useSession();
  // only the roles the caller may give (an operator: below its own)
  const roleOptions = grantableRoles(me.role).map((role) => ({ value: role, label: ROLE_NAMES[role] }));
  const [form] = Form.useForm<NewUserForm>();
  const role = Form.useWatch('role', form);
  const login = Form.useWatch('login', form);
  const fullName = Form.useWatch('fullName', form);
  const [suggested, setSuggested] = useState<string | null>(null);
  const owner = { login: login ?? '', fullName: fullName ?? '' };

  const suggest = async (): Promise<void> => {
    const password = await suggestPassword(owner);
    form.setFieldsValue({ password, passwordRepeat: password });
    setSuggested(password);
    void form.validateFields(['password', 'passwordRepeat']);
  };
  const { saving, error, run } = useSubmit();
  const scopeKind = role === undefined ? undefined : SCOPE_KIND[role];

  const save = async (values: NewUserForm): Promise<void> => {
    await run(async () => {
      await usersApi.create({
        login: values.login.trim(),
        fullName: values.fullName.trim(),
        role: values.role,
        scopeOrgId: values.scopeOrgId ?? null,
        password: values.password,
      });
      void message.success(`Пользователь ${values.login.trim()} создан`);
      onCreated();
    });
  };

  return (
    <FormModal
      title="Новый пользователь"
      width={600}
      okText="Создать"
      testId="user-create"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<NewUserForm> form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="user-create-form">
        <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="Логин"
          name="login"
          rules={[
            { required: true, whitespace: true, message: 'Укажите логин' },
            { pattern: /^[a-zA-Z0-9._-]{3,64}$/, message: 'От 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний' },
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item label="Роль" name="role" rules={[{ required: true, message: 'Выберите роль' }]}>
          <Select options={roleOptions} placeholder="Выберите роль" onChange={() => form.setFieldValue('scopeOrgId', null)} />
        </Form.Item>
        <Form.Item
          label="Зона доступа"
          name="scopeOrgId"
          tooltip="Регион, муниципалитет или организация, в пределах которых работает пользователь."
          extra={scopeKind === null ? 'Администратор работает со всей системой.' : undefined}
          rules={[{ required: Boolean(scopeKind), message: 'Для этой роли нужно выбрать зону доступа' }]}
        >
          <OrgSelect
            disabled={!scopeKind}
            kind={scopeKind === 'any' || !scopeKind ? undefined : scopeKind}
            placeholder={scopeKind ? SCOPE_HINT[scopeKind] : 'Сначала выберите роль'}
          />
        </Form.Item>
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Button icon={<ThunderboltOutlined />} onClick={() => void suggest()} data-testid="password-generate">
            Сгенерировать пароль
          </Button>
        </Flex>
        {suggested ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="password-generated"
            title={
              <>
                Пароль:{' '}
                <Typography.Text code copyable>
                  {suggested}
                </Typography.Text>{' '}
                — передайте его пользователю: после закрытия окна его не показать снова. Сменить пароль пользователь сможет сам.
              </>
            }
          />
        ) : null}
        <NewPasswordFields
          name="password"
          repeatName="passwordRepeat"
          label="Пароль"
          repeatLabel="Повтор пароля"
          owner={owner}
          ownerFields={['login', 'fullName']}
        />
      </Form>
    </FormModal>
  );
}
