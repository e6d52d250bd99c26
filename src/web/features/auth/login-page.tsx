import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { authApi } from '../../api/auth-api.ts';
import type { Me, Meta } from '../../api/types.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';

interface LoginPageProps {
  meta: Meta | null;
  onLoggedIn: (user: Me) => void;
}

interface LoginForm {
  login: string;
  password: string;
}

/** «Вход в СОКО»: login form; shows the server's Russian error message on failure. */
export function LoginPage({ meta, onLoggedIn }: LoginPageProps) {
  useDocumentTitle('Вход');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (values: LoginForm): Promise<void> => {
    setSubmitting(true);
    setError(null);
    try {
      const user = await authApi.login(values.login.trim(), values.password);
      onLoggedIn(user);
    } catch (err) {
      setError(errorMessage(err));
      setSubmitting(false);
    }
  };

  return (
    <Flex className="login-page" align="center" justify="center" vertical gap={16}>
      <Card className="login-card" data-testid="login-card">
        <Typography.Title level={1} style={{ marginTop: 0, marginBottom: 4, fontSize: 24 }}>
          Вход в СОКО
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
          Система оценки качества образования
        </Typography.Paragraph>
        {meta?.demo ? (
          <div style={{ marginBottom: 16 }}>
            <DemoTag />
          </div>
        ) : null}
        <Form<LoginForm>
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          onValuesChange={() => setError(null)}
          data-testid="login-form"
        >
          <Form.Item label="Логин" name="login" rules={[{ required: true, whitespace: true, message: 'Введите логин' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" data-testid="login-input" />
          </Form.Item>
          <Form.Item label="Пароль" name="password" rules={[{ required: true, message: 'Введите пароль' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="password-input" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
          <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="login-submit">
            Войти
          </Button>
        </Form>
      </Card>
      <a href="/public" data-testid="public-section-link">
        Публичный раздел МСОКО: опубликованные отчёты, приказы и рейтинги
      </a>
      {meta?.version ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Версия {meta.version}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
