import { App, Form, Input } from 'antd';
import { authApi } from '../../api/auth-api.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { NewPasswordFields } from '../../components/new-password-fields.tsx';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
}

/** «Сменить пароль» (POST /api/auth/password): the current password, the new one twice. */
export function PasswordChangeModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const { saving, error, run } = useSubmit();
  const { user } = useSession();

  const save = async (values: PasswordForm): Promise<void> => {
    await run(async () => {
      const { sessionsEnded } = await authApi.changePassword(values.currentPassword, values.newPassword);
      const others = sessionsEnded > 0 ? ` Вход на других устройствах завершён (сеансов: ${sessionsEnded}).` : '';
      void message.success(`Пароль изменён.${others}`);
      onClose();
    });
  };

  return (
    <FormModal
      title="Смена пароля"
      okText="Сменить пароль"
      testId="password"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="password-form">
        <Form.Item label="Текущий пароль" name="currentPassword" rules={[{ required: true, message: 'Укажите текущий пароль' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          repeatName="newPasswordRepeat"
          label="Новый пароль"
          repeatLabel="Повтор нового пароля"
          extra="После смены пароля вход на других устройствах завершится."
          owner={{ login: user.login, fullName: user.fullName }}
        />
      </Form>
    </FormModal>
  );
}
