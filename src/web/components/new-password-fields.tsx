import { Form, Input } from 'antd';

/** The shortest password the server takes (MIN_PASSWORD_LENGTH in app/users.ts). */
export const MIN_PASSWORD_LENGTH = 10;

interface NewPasswordFieldsProps {
  /** Form field names of the password and of its repetition. */
  name: string;
  repeatName: string;
  label: string;
  repeatLabel: string;
  extra?: string;
}

/** A new password typed twice: required, long enough, and the same both times. */
export function NewPasswordFields({ name, repeatName, label, repeatLabel, extra }: NewPasswordFieldsProps) {
  return (
    <>
      <Form.Item
        label={label}
        name={name}
        extra={extra}
        rules={[
          { required: true, message: 'Укажите пароль' },
          { min: MIN_PASSWORD_LENGTH, message: `Не менее ${MIN_PASSWORD_LENGTH} символов` },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={repeatLabel}
        name={repeatName}
        dependencies={[name]}
        rules={[
          { required: true, message: 'Повторите пароль' },
          ({ getFieldValue }) => ({
            validator: (_rule, v) =>
              !v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error('Пароли не совпадают')),
          }),
        ]}
        style={{ marginBottom: 0 }}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
