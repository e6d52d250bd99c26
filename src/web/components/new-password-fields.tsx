import { Form, Input } from 'antd';
import type { PasswordOwner } from '../../domain/auth/password-rule.ts';
import { passwordReasons } from '../lib/password-check.ts';

interface NewPasswordFieldsProps {
  /** Form field names of the password and of its repetition. */
  name: string;
  repeatName: string;
  label: string;
  repeatLabel: string;
  extra?: string;
  /** Whose password it is: it must not contain their login or name. */
  owner: PasswordOwner;
  /** Fields the owner comes from (the password is checked again when they change). */
  ownerFields?: string[];
}

/**
 * A new password typed twice: the server's password rule (length, repeats, sequences, the login
 * and name, common passwords) says what is wrong as the user types, and both must be the same.
 */
export function NewPasswordFields({ name, repeatName, label, repeatLabel, extra, owner, ownerFields = [] }: NewPasswordFieldsProps) {
  return (
    <>
      <Form.Item
        label={label}
        name={name}
        extra={extra}
        dependencies={ownerFields}
        rules={[
          { required: true, message: 'Укажите пароль' },
          {
            validator: async (_rule, value: string | undefined) => {
              if (!value) return;
              const reasons = await passwordReasons(value, owner);
              if (reasons.length > 0) throw new Error(reasons.join(' '));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password-input" />
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
