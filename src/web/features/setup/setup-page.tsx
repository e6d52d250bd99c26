import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Result, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { authApi } from '../../api/auth-api.ts';
import { setupApi, type SetupRequest } from '../../api/setup-api.ts';
import type { Me } from '../../api/types.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { NewPasswordFields } from '../../components/new-password-fields.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { parseMunicipalityLines, type MunicipalityRow } from '../../lib/municipality-lines.ts';

interface SetupPageProps {
  token: string;
  onLoggedIn: (user: Me) => void;
}

interface SetupForm {
  login: string;
  fullName: string;
  password: string;
  passwordRepeat: string;
  regionName: string;
  regionCode: string;
  oktmo?: string;
  okato?: string;
  municipalities?: MunicipalityRow[];
}

const STEP_FIELDS: (keyof SetupForm)[][] = [
  ['login', 'fullName', 'password', 'passwordRepeat'],
  ['regionName', 'regionCode', 'oktmo', 'okato'],
];

type Check = { status: 'loading' } | { status: 'valid'; expiresAt: string } | { status: 'invalid'; message: string };

const toRequest = (v: SetupForm): SetupRequest => ({
  admin: { login: v.login.trim(), fullName: v.fullName.trim(), password: v.password, passwordRepeat: v.passwordRepeat },
  region: { name: v.regionName.trim(), code: v.regionCode.trim(), oktmo: v.oktmo?.trim() || null, okato: v.okato?.trim() || null },
  municipalities: (v.municipalities ?? [])
    .map((m) => ({ name: (m.name ?? '').trim(), code: (m.code ?? '').trim() }))
    .filter((m) => m.name !== '' || m.code !== ''),
});

/** The server's details, one line each («Муниципалитет 2: …»), for the error summary. */
function detailLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as { message?: unknown }[]).flatMap((d) => (typeof d.message === 'string' ? [d.message] : []));
}

/**
 * «Первоначальная настройка» at the one-time address the server printed: the first administrator,
 * the region and, optionally, its municipalities; then the administrator is signed in.
 */
export function SetupPage({ token, onLoggedIn }: SetupPageProps) {
  useDocumentTitle('Первоначальная настройка');
  const [form] = Form.useForm<SetupForm>();
  const [check, setCheck] = useState<Check>({ status: 'loading' });
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pasted, setPasted] = useState('');
  const login = Form.useWatch('login', form);
  const fullName = Form.useWatch('fullName', form);

  useEffect(() => {
    const controller = new AbortController();
    setupApi.check(token, controller.signal).then(
      (r) => setCheck({ status: 'valid', expiresAt: r.expiresAt }),
      (err: unknown) => {
        if (!controller.signal.aborted) setCheck({ status: 'invalid', message: errorMessage(err) });
      },
    );
    return () => controller.abort();
  }, [token]);

  if (check.status === 'loading') return <FullPageSpin />;
  if (check.status === 'invalid') {
    return (
      <Flex className="login-page" align="center" justify="center">
        <Card className="setup-card">
          <Result
            status="404"
            title={<h1 className="setup-title">Первоначальная настройка</h1>}
            subTitle={<span data-testid="setup-invalid">{check.message}</span>}
            extra={<a href="/login">Перейти на страницу входа</a>}
          />
        </Card>
      </Flex>
    );
  }

  const next = async (): Promise<void> => {
    try {
      await form.validateFields(STEP_FIELDS[step] ?? []);
      setStep((s) => s + 1);
    } catch {
      // the fields show what is wrong
    }
  };

  const submit = async (): Promise<void> => {
    const values = form.getFieldsValue(true) as SetupForm;
    setSaving(true);
    setError(null);
    try {
      const request = toRequest(values);
      await setupApi.complete(token, request);
      onLoggedIn(await authApi.login(request.admin.login, request.admin.password));
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };

  const addPasted = (): void => {
    const rows = parseMunicipalityLines(pasted);
    const kept = ((form.getFieldValue('municipalities') as MunicipalityRow[] | undefined) ?? []).filter((m) => m.name || m.code);
    form.setFieldsValue({ municipalities: [...kept, ...rows] });
    setPasted('');
  };

  const lines = detailLines(error);
  return (
    <Flex className="login-page" justify="center" align="flex-start">
      <Card className="setup-card" data-testid="setup-card">
        <h1 className="setup-title">Первоначальная настройка</h1>
        <Typography.Paragraph type="secondary">
          Создайте первого администратора СОКО и укажите свой регион. Адрес действует один раз, до {formatDateTime(check.expiresAt)}.
        </Typography.Paragraph>
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 24 }}
          items={[{ title: 'Администратор' }, { title: 'Регион' }, { title: 'Муниципалитеты' }]}
        />
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={lines.length > 1 ? 'Исправьте, пожалуйста:' : errorMessage(error)}
            description={
              lines.length > 1 ? (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              ) : undefined
            }
            style={{ marginBottom: 16 }}
            data-testid="setup-error"
          />
        ) : null}
        <Form<SetupForm> form={form} layout="vertical" requiredMark={false} onValuesChange={() => setError(null)}>
          <div hidden={step !== 0}>
            <Form.Item
              label="Логин"
              name="login"
              extra="Латинские буквы, цифры, точка, дефис или подчёркивание; от 3 до 64 знаков."
              rules={[
                { required: true, whitespace: true, message: 'Укажите логин' },
                { pattern: /^\s*[a-zA-Z0-9._-]{3,64}\s*$/, message: 'От 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний' },
              ]}
            >
              <Input autoComplete="username" data-testid="setup-login" />
            </Form.Item>
            <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}>
              <Input autoComplete="name" data-testid="setup-full-name" />
            </Form.Item>
            <NewPasswordFields
              name="password"
              repeatName="passwordRepeat"
              label="Пароль"
              repeatLabel="Пароль ещё раз"
              owner={{ login: login ?? '', fullName: fullName ?? '' }}
              ownerFields={['login', 'fullName']}
            />
          </div>
          <div hidden={step !== 1}>
            <Form.Item
              label="Название региона"
              name="regionName"
              rules={[{ required: true, whitespace: true, message: 'Укажите название региона' }]}
            >
              <Input placeholder="Например, Кемеровская область — Кузбасс" data-testid="setup-region-name" />
            </Form.Item>
            <Form.Item
              label="Код региона"
              name="regionCode"
              extra="Короткий код для выгрузок и команд, например 42."
              rules={[
                { required: true, whitespace: true, message: 'Укажите код региона' },
                { pattern: /^\s*[0-9A-Za-zА-Яа-яЁё._-]{1,50}\s*$/, message: 'Буквы, цифры, точка, дефис или подчёркивание; до 50 знаков' },
              ]}
            >
              <Input data-testid="setup-region-code" />
            </Form.Item>
            <Space wrap size="large">
              <Form.Item
                label="Код ОКТМО (необязательно)"
                name="oktmo"
                rules={[{ pattern: /^\s*(\d{8}|\d{11})?\s*$/, message: '8 или 11 цифр' }]}
              >
                <Input inputMode="numeric" />
              </Form.Item>
              <Form.Item
                label="Код ОКАТО (необязательно)"
                name="okato"
                rules={[{ pattern: /^\s*(\d{2,11})?\s*$/, message: 'От 2 до 11 цифр' }]}
              >
                <Input inputMode="numeric" />
              </Form.Item>
            </Space>
          </div>
          <div hidden={step !== 2}>
            <Typography.Paragraph type="secondary">
              Необязательно: муниципалитеты можно добавить и позже — в реестре организаций или загрузкой реестра из файла.
            </Typography.Paragraph>
            <Form.List name="municipalities">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Flex key={field.key} gap={8} align="flex-start" wrap>
                      <Form.Item label={`Код ${i + 1}`} name={[field.name, 'code']} style={{ width: 140 }}>
                        <Input />
                      </Form.Item>
                      <Form.Item label={`Название муниципалитета ${i + 1}`} name={[field.name, 'name']} style={{ flex: 1, minWidth: 220 }}>
                        <Input />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`Удалить муниципалитет ${i + 1}`}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '' })} style={{ marginBottom: 16 }}>
                    Добавить муниципалитет
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item
              label="Или вставьте список: по одному в строке, «код; название» (можно скопировать два столбца из таблицы)"
              htmlFor="setup-municipality-lines"
            >
              <Input.TextArea
                id="setup-municipality-lines"
                rows={4}
                value={pasted}
                onChange={(e) => setPasted(e.target.value)}
                placeholder={'42-01; Кемеровский городской округ\n42-02; Новокузнецкий городской округ'}
              />
            </Form.Item>
            <Button onClick={addPasted} disabled={pasted.trim() === ''} style={{ marginBottom: 16 }}>
              Добавить из списка
            </Button>
          </div>
          <Flex justify="space-between" style={{ marginTop: 8 }}>
            <Button onClick={() => setStep((s) => s - 1)} disabled={step === 0 || saving}>
              Назад
            </Button>
            {step < 2 ? (
              <Button type="primary" onClick={() => void next()} data-testid="setup-next">
                Далее
              </Button>
            ) : (
              <Button type="primary" onClick={() => void submit()} loading={saving} data-testid="setup-submit">
                Завершить настройку
              </Button>
            )}
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
