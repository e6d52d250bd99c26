import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Steps,
  Table,
  Tabs,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { ORG_TYPE_NAMES, ORG_TYPES, type OrgType } from '../../../domain/org/org-kind.ts';
import { REGISTER_FIELD_NAMES, REGISTER_FIELDS, type RegisterField } from '../../../domain/org/register/register-fields.ts';
import { ApiError } from '../../api/api-error.ts';
import {
  orgRegisterApi,
  type RegisterApplyResult,
  type RegisterImportSettings,
  type RegisterImportView,
} from '../../api/org-register-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { navigate } from '../../hooks/use-location-path.ts';

const FIELD_OPTIONS = REGISTER_FIELDS.map((f) => ({ value: f, label: REGISTER_FIELD_NAMES[f] }));
const TYPE_OPTIONS = ORG_TYPES.map((t) => ({ value: t, label: ORG_TYPE_NAMES[t] }));
const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

function errorText(e: unknown): string {
  return e instanceof ApiError || e instanceof Error ? e.message : 'Не получилось: повторите попытку.';
}

/** «Реестр организаций → Загрузить»: file → sheet and columns → preview → apply. */
export function OrgRegisterPage() {
  useDocumentTitle('Загрузка реестра организаций');
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState('');
  const [sheet, setSheet] = useState<number | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<RegisterImportView | null>(null);
  const [settings, setSettings] = useState<RegisterImportSettings>({});
  const [result, setResult] = useState<RegisterApplyResult | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setSent(null);
    }
  };
  const upload = () =>
    run(async () => {
      if (!file) return;
      const base = { region: region.trim() || null, ...(sheet ? { sheet } : {}) };
      const v = await orgRegisterApi.upload(file, base, setSent);
      setSettings(base);
      setView(v);
    });
  const repreview = (next: RegisterImportSettings) =>
    run(async () => {
      if (!view) return;
      setSettings(next);
      setView(await orgRegisterApi.preview(view.id, next));
    });
  const apply = () =>
    run(async () => {
      if (!view) return;
      setResult(await orgRegisterApi.apply(view.id));
    });

  const step = result ? 3 : view ? (view.ready ? 2 : 1) : 0;
  return (
    <div className="panel" style={{ padding: 24 }}>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate('/orgs')}>← Организации</Button>
        <Typography.Title level={1} style={{ margin: 0 }}>
          Реестр организаций → Загрузить
        </Typography.Title>
      </Space>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: 'Файл' }, { title: 'Столбцы и вопросы' }, { title: 'Предпросмотр' }, { title: 'Готово' }]}
      />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      {sent !== null ? <Progress percent={Math.round(sent * 100)} status="active" aria-label="Отправка файла" /> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          message={`Реестр обновлён: создано ${result.created}, изменено ${result.updated}, без изменений ${result.unchanged}.`}
          description={
            result.territoriesCreated.length
              ? `Созданы территории: ${result.territoriesCreated.map((t) => `${t.name} (${t.code})`).join(', ')}.`
              : undefined
          }
          action={<Button onClick={() => navigate('/orgs')}>К реестру</Button>}
        />
      ) : !view ? (
        <Form layout="vertical" style={{ maxWidth: 560 }} onFinish={() => void upload()}>
          <Form.Item label="Файл реестра (XLSX или CSV)" required>
            <Upload
              accept=".xlsx,.csv,.txt"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button>Выбрать файл</Button>
            </Upload>
          </Form.Item>
          <Form.Item label="Регион (если реестр пуст — будет создан)" htmlFor="register-region">
            <Input id="register-region" value={region} onChange={(e) => setRegion(e.target.value)} placeholder="например, Москва" />
          </Form.Item>
          <Form.Item label="Номер листа книги (по умолчанию первый)" htmlFor="register-sheet">
            <InputNumber id="register-sheet" min={1} value={sheet} onChange={(v) => setSheet(v)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!file} loading={busy}>
            Прочитать и показать предпросмотр
          </Button>
        </Form>
      ) : (
        <Preview view={view} settings={settings} busy={busy} onPreview={repreview} onApply={() => void apply()} />
      )}
    </div>
  );
}

interface PreviewProps {
  view: RegisterImportView;
  settings: RegisterImportSettings;
  busy: boolean;
  onPreview: (next: RegisterImportSettings) => Promise<void>;
  onApply: () => void;
}

function Preview({ view, settings, busy, onPreview, onApply }: PreviewProps) {
  const [mapping, setMapping] = useState(view.mapping);
  const [types, setTypes] = useState<{ byValue: Record<string, OrgType>; byLine: Record<string, OrgType> }>({ byValue: {}, byLine: {} });
  const [rows, setRows] = useState<Record<string, number | 'create' | 'skip'>>(settings.rows ?? {});
  const [createTerritories, setCreateTerritories] = useState(settings.createTerritories ?? false);
  const c = view.counts;
  const next = (extra: Partial<RegisterImportSettings> = {}) =>
    void onPreview({ ...settings, mapping, types, rows, createTerritories, ...extra });
  const skipUnplaced = () => {
    const all = { ...rows };
    for (const u of view.unplaced) all[String(u.line)] = 'skip';
    setRows(all);
    void onPreview({ ...settings, mapping, types, rows: all, createTerritories });
  };
  const root =
    view.root.kind === 'new_region' ? `новый регион «${view.root.name}» (${view.root.code})` : `«${view.root.name}» (${view.root.code})`;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label="Файл">{view.fileName}</Descriptions.Item>
        <Descriptions.Item label="Лист">
          {view.format === 'xlsx' ? `${view.sheet} (всего листов: ${view.sheets.length})` : 'CSV'}
        </Descriptions.Item>
        <Descriptions.Item label="Куда">{root}</Descriptions.Item>
        <Descriptions.Item label="Строк">{c.rows}</Descriptions.Item>
        <Descriptions.Item label="Новых">{c.created}</Descriptions.Item>
        <Descriptions.Item label="Изменится">{c.updated}</Descriptions.Item>
        <Descriptions.Item label="Без изменений">{c.unchanged}</Descriptions.Item>
        <Descriptions.Item label="Повторы (здания одной организации)">{c.notes}</Descriptions.Item>
        <Descriptions.Item label="Ошибок">{c.errors}</Descriptions.Item>
        <Descriptions.Item label="Вопросов">{c.ambiguous + c.unplaced + c.unknownTypes}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'columns',
            label: 'Столбцы',
            children: (
              <Table
                size="small"
                rowKey="header"
                pagination={false}
                dataSource={view.headers.map((header) => ({ header }))}
                columns={[
                  { title: 'Столбец файла', dataIndex: 'header' },
                  {
                    title: 'Поле реестра',
                    render: (_: unknown, r: { header: string }) => (
                      <Select
                        aria-label={`Поле для столбца «${r.header}»`}
                        style={{ width: 260 }}
                        value={mapping[r.header] ?? 'attribute'}
                        options={FIELD_OPTIONS}
                        onChange={(f: RegisterField) => setMapping({ ...mapping, [r.header]: f })}
                      />
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'errors',
            label: `Ошибки (${c.errors})`,
            children: (
              <Table
                size="small"
                rowKey={(e) => `${e.line}-${e.column}-${e.message}`}
                dataSource={view.errors}
                columns={[
                  { title: 'Строка', dataIndex: 'line', width: 80 },
                  { title: 'Столбец', dataIndex: 'column', render: show },
                  { title: 'Что не так', dataIndex: 'message' },
                  { title: 'Как исправить', dataIndex: 'fix' },
                ]}
              />
            ),
          },
          {
            key: 'questions',
            label: `Вопросы (${c.ambiguous + c.unplaced + c.unknownTypes + view.unconfirmedTerritories})`,
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                {view.territories.some((t) => t.orgId === null) || view.root.kind === 'new_region' ? (
                  <Checkbox checked={createTerritories} onChange={(e) => setCreateTerritories(e.target.checked)}>
                    Создать территории из файла:{' '}
                    {[
                      ...(view.root.kind === 'new_region' ? [view.root.name] : []),
                      ...view.territories.filter((t) => t.orgId === null).map((t) => `${t.name} (${t.code})`),
                    ].join(', ')}
                  </Checkbox>
                ) : null}
                {view.unknownTypes.length ? (
                  <Table
                    size="small"
                    rowKey="key"
                    pagination={false}
                    dataSource={view.unknownTypes}
                    columns={[
                      { title: 'Тип не распознан', dataIndex: 'text' },
                      { title: 'Строки', render: (_: unknown, u) => u.lines.slice(0, 10).join(', ') },
                      {
                        title: 'Тип',
                        render: (_: unknown, u) => (
                          <Select
                            aria-label={`Тип для «${u.text}»`}
                            style={{ width: 320 }}
                            options={TYPE_OPTIONS}
                            value={(u.perRow ? types.byLine : types.byValue)[u.key]}
                            onChange={(t: OrgType) =>
                              setTypes(
                                u.perRow
                                  ? { ...types, byLine: { ...types.byLine, [u.key]: t } }
                                  : { ...types, byValue: { ...types.byValue, [u.key]: t } },
                              )
                            }
                          />
                        ),
                      },
                    ]}
                  />
                ) : null}
                {view.ambiguous.length ? (
                  <Table
                    size="small"
                    rowKey="line"
                    dataSource={view.ambiguous}
                    columns={[
                      { title: 'Строка', dataIndex: 'line', width: 80 },
                      { title: 'Наименование', dataIndex: 'name' },
                      { title: 'Почему', dataIndex: 'reason' },
                      {
                        title: 'Решение',
                        render: (_: unknown, a) => (
                          <Select
                            aria-label={`Решение для строки ${a.line}`}
                            style={{ width: 320 }}
                            value={rows[String(a.line)]}
                            options={[
                              ...a.candidates.map((x) => ({ value: x.orgId, label: `${x.name} (${x.code})` })),
                              { value: 'create', label: 'Создать новую' },
                              { value: 'skip', label: 'Пропустить строку' },
                            ]}
                            onChange={(v: number | 'create' | 'skip') => setRows({ ...rows, [String(a.line)]: v })}
                          />
                        ),
                      },
                    ]}
                  />
                ) : null}
                {view.unplaced.length ? (
                  <>
                    <Table
                      size="small"
                      rowKey="line"
                      dataSource={view.unplaced}
                      columns={[
                        { title: 'Строка', dataIndex: 'line', width: 80 },
                        { title: 'Наименование', dataIndex: 'name' },
                        { title: 'Почему', dataIndex: 'reason' },
                      ]}
                    />
                    <Button onClick={skipUnplaced} loading={busy}>
                      Пропустить строки без территории ({c.unplaced})
                    </Button>
                  </>
                ) : null}
              </Space>
            ),
          },
          {
            key: 'created',
            label: `Новые (${c.created})`,
            children: (
              <Table
                size="small"
                rowKey="line"
                dataSource={view.created}
                columns={[
                  { title: 'Строка', dataIndex: 'line', width: 80 },
                  { title: 'Код', dataIndex: 'code' },
                  { title: 'Наименование', dataIndex: 'name' },
                  { title: 'Тип', dataIndex: 'type', render: (t: OrgType) => ORG_TYPE_NAMES[t] },
                ]}
              />
            ),
          },
          {
            key: 'updated',
            label: `Изменения (${c.updated})`,
            children: (
              <Table
                size="small"
                rowKey="line"
                dataSource={view.updated}
                columns={[
                  { title: 'Строка', dataIndex: 'line', width: 80 },
                  { title: 'Организация', render: (_: unknown, u) => `${u.name} (${u.code})` },
                  {
                    title: 'Было → стало',
                    render: (_: unknown, u) => (
                      <ul style={{ margin: 0, paddingLeft: 16 }}>
                        {u.changes.map((ch) => (
                          <li key={ch.field}>
                            {ch.label}: {show(ch.before)} → {show(ch.after)}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <Space>
        <Button onClick={() => next()} loading={busy}>
          Пересчитать предпросмотр
        </Button>
        <Button type="primary" disabled={!view.ready} loading={busy} onClick={onApply}>
          Применить
        </Button>
        {!view.ready ? (
          <Typography.Text type="secondary">Применить можно, когда нет ошибок и на все вопросы есть ответ.</Typography.Text>
        ) : null}
      </Space>
    </Space>
  );
}
