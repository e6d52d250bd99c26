import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { authApi } from '../../api/auth-api.ts';
import type { Me } from '../../api/types.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { NewPasswordFields } from '../../components/new-password-fields.tsx';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
}

interface ForcedPasswordChangeProps {
  user: Me;
  onChanged: () => void;
  onLogout: () => void;
}

/**
 * Shown instead of the application while the password was given by someone else (accounts made
 * for organisations, a reset): the server refuses everything else until it is changed.
 */
export function ForcedPasswordChange({ user, onChanged, onLogout }: ForcedPasswordChangeProps) {
  useDocumentTitle('Смена пароля');
  const [form] = Form.useForm<PasswordForm>();
  const { saving, error, run } = useSubmit();

  const save = async (values: PasswordForm): Promise<void> => {
    const done = await run(() => authApi.changePassword(values.currentPassword, values.newPassword));
    if (done) onChanged();
  };

  return (
    <Flex className="login-page" align="center" justify="center" vertical gap={16}>
      <Card className="login-card" data-testid="forced-password-card" style={{ maxWidth: 480 }}>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
          Смените пароль
        </Typography.Title>
        <Typography.Paragraph>
          {user.fullName} ({user.login}): пароль вам выдали, и он действует только до первого входа. Придумайте свой — без этого работа в
          системе недоступна.
        </Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="forced-password-error" /> : null}
        <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="forced-password-form">
          <Form.Item label="Выданный пароль" name="currentPassword" rules={[{ required: true, message: 'Введите выданный пароль' }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <NewPasswordFields
            name="newPassword"
            repeatName="newPasswordRepeat"
            label="Новый пароль"
            repeatLabel="Повтор нового пароля"
            owner={{ login: user.login, fullName: user.fullName }}
          />
          <Flex gap={8} justify="space-between">
            <Button onClick={onLogout}>Выйти</Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="forced-password-submit">
              Сменить пароль и продолжить
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
