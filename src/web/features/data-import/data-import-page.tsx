import { Alert, Button, Checkbox, Descriptions, Flex, Form, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { UNITS, type Unit } from '../../../domain/catalogue/catalogue.ts';
import { ORG_ROLE_NAMES, ORG_ROLES, type ColumnRole, type DataTableMapping } from '../../../domain/data-import/data-table-mapping.ts';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { dataImportsApi, fileToBase64, type DataImportPreview, type DataImportResult } from '../../api/data-imports-api.ts';
import { periodsApi } from '../../api/periods-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';

const UNIT_NAMES: Record<Unit, string> = {
  percent: '%',
  persons: 'чел.',
  units: 'ед.',
  flag: 'да/нет',
  hours: 'ч',
  points: 'баллы',
  rubles: 'руб.',
};

/** A column's role as one select value: «ignore», an organisation role, «el:<code>» or «new». */
const roleValue = (r: ColumnRole): string => (r.role === 'value' ? `el:${r.element}` : r.role);

/** `/data-import`: «Загрузить таблицу данных» — a wide table of numbers into a period's data. */
export function DataImportPage() {
  const periods = useAsyncData((signal) => periodsApi.list(signal), []);
  const elements = useAsyncData((signal) => cataloguesApi.dataElements(signal), []);
  const [file, setFile] = useState<File | null>(null);
  const [period, setPeriod] = useState<string | undefined>();
  const [territory, setTerritory] = useState('');
  const [mapping, setMapping] = useState<DataTableMapping | null>(null);
  const [preview, setPreview] = useState<DataImportPreview | null>(null);
  const [confirmCreate, setConfirmCreate] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<DataImportResult | null>(null);

  const request = async (m: DataTableMapping | null) => ({
    fileName: file!.name,
    content: await fileToBase64(file!),
    period: period!,
    territory: territory.trim() || null,
    ...(m ? { mapping: m } : {}),
  });
  const runPreview = async (m: DataTableMapping | null) => {
    setBusy('preview');
    setError(null);
    setResult(null);
    try {
      const p = await dataImportsApi.preview(await request(m));
      setPreview(p);
      setMapping(p.mapping);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const apply = async () => {
    setBusy('apply');
    setError(null);
    try {
      setResult(await dataImportsApi.apply({ ...(await request(mapping)), acceptProposals: confirmCreate }));
      setPreview(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const setRole = (header: string, value: string) => {
    if (!mapping) return;
    const role: ColumnRole =
      value === 'new'
        ? { role: 'new_element', name: header, unit: 'persons', valueType: 'integer' }
        : value.startsWith('el:')
          ? { role: 'value', element: value.slice(3) }
          : ({ role: value } as ColumnRole);
    setMapping({ ...mapping, columns: { ...mapping.columns, [header]: role } });
  };
  const patchNew = (header: string, patch: Partial<Extract<ColumnRole, { role: 'new_element' }>>) => {
    const r = mapping?.columns[header];
    if (!mapping || r?.role !== 'new_element') return;
    setMapping({ ...mapping, columns: { ...mapping.columns, [header]: { ...r, ...patch } } });
  };
  const share = mapping?.shares?.[0];
  const valueHeaders = Object.entries(mapping?.columns ?? {})
    .filter(([, r]) => r.role === 'value' || r.role === 'new_element')
    .map(([h]) => h);
  const setShare = (patch: Partial<NonNullable<typeof share>>) => {
    if (!mapping) return;
    const next = { name: '', numerator: '', denominator: '', ...share, ...patch };
    setMapping({ ...mapping, shares: next.name || next.numerator || next.denominator ? [next] : [] });
  };

  const roleOptions = [
    { value: 'ignore', label: 'Не загружать' },
    { label: 'Организация', options: ORG_ROLES.map((r) => ({ value: r, label: ORG_ROLE_NAMES[r] })) },
    {
      label: 'Элемент данных',
      options: (elements.data ?? [])
        .filter((e) => e.level === 'organisation')
        .map((e) => ({ value: `el:${e.code}`, label: `${e.name} (${UNIT_NAMES[e.unit]}, ${e.code})` })),
    },
    { value: 'new', label: 'Создать элемент данных из столбца' },
  ];

  return (
    <div className="panel page-panel">
      <PageTitle title="Загрузить таблицу данных" />
      <Typography.Paragraph>
        Таблица, где строка — организация, а столбцы — числа (например, открытые данные о результатах ЕГЭ по школам). Числа можно писать как
        обычно: «1 234,5», «12,3 %»; пустая ячейка, «—», «н/д» — нет данных (не ноль).
      </Typography.Paragraph>
      {error && !(preview && mapping) ? <ErrorAlert error={error} /> : null}
      <Form layout="vertical" style={{ maxWidth: 640 }} onFinish={() => void runPreview(null)}>
        <Form.Item label="Файл таблицы (XLSX или CSV)" htmlFor="data-import-file" required>
          <input
            id="data-import-file"
            type="file"
            accept=".xlsx,.csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setMapping(null);
            }}
          />
        </Form.Item>
        <Form.Item label="Период" htmlFor="data-import-period" required>
          <Select
            id="data-import-period"
            value={period}
            onChange={setPeriod}
            loading={periods.loading}
            options={(periods.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
            placeholder="Выберите период"
          />
        </Form.Item>
        <Form.Item
          label="Код территории (необязательно: по умолчанию ваша территория или единственный регион)"
          htmlFor="data-import-territory"
        >
          <Input id="data-import-territory" value={territory} onChange={(e) => setTerritory(e.target.value)} />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!file || !period} loading={busy === 'preview'}>
          Показать, что изменится
        </Button>
      </Form>

      {preview && mapping ? (
        <Space direction="vertical" size="large" style={{ width: '100%', marginTop: 24 }}>
          <Typography.Title level={2}>Столбцы файла</Typography.Title>
          <Table
            rowKey="header"
            size="small"
            pagination={false}
            dataSource={preview.header.map((header) => ({ header }))}
            columns={[
              { title: 'Заголовок в файле', dataIndex: 'header' },
              {
                title: 'Что это',
                render: (_: unknown, { header }: { header: string }) => {
                  const r = mapping.columns[header] ?? { role: 'ignore' };
                  return (
                    <Space direction="vertical" style={{ width: '100%' }}>
                      <Select
                        aria-label={`Что означает столбец «${header}»`}
                        showSearch
                        optionFilterProp="label"
                        style={{ width: '100%', minWidth: 320 }}
                        value={r.role === 'new_element' ? 'new' : roleValue(r)}
                        onChange={(v) => setRole(header, v)}
                        options={roleOptions}
                      />
                      {r.role === 'new_element' ? (
                        <Flex gap={8} wrap>
                          <Input
                            aria-label={`Наименование нового элемента для «${header}»`}
                            value={r.name}
                            onChange={(e) => patchNew(header, { name: e.target.value })}
                          />
                          <Select
                            aria-label={`Единица нового элемента для «${header}»`}
                            value={r.unit}
                            onChange={(unit) => patchNew(header, { unit })}
                            options={UNITS.map((u) => ({ value: u, label: UNIT_NAMES[u] }))}
                            style={{ width: 120 }}
                          />
                          <Select
                            aria-label={`Тип значений нового элемента для «${header}»`}
                            value={r.valueType}
                            onChange={(valueType) => patchNew(header, { valueType })}
                            options={[
                              { value: 'integer', label: 'целые' },
                              { value: 'number', label: 'дробные' },
                            ]}
                            style={{ width: 120 }}
                          />
                        </Flex>
                      ) : null}
                    </Space>
                  );
                },
              },
            ]}
          />
          <Form layout="vertical" style={{ maxWidth: 640 }}>
            <Typography.Title level={2}>Доля для рейтинга (необязательно)</Typography.Title>
            <Form.Item label="Наименование доли" htmlFor="share-name">
              <Input id="share-name" value={share?.name ?? ''} onChange={(e) => setShare({ name: e.target.value })} />
            </Form.Item>
            <Form.Item label="Числитель (часть)" htmlFor="share-numerator">
              <Select
                id="share-numerator"
                value={share?.numerator || undefined}
                onChange={(numerator) => setShare({ numerator })}
                options={valueHeaders.map((h) => ({ value: h, label: h }))}
              />
            </Form.Item>
            <Form.Item label="Знаменатель (целое)" htmlFor="share-denominator">
              <Select
                id="share-denominator"
                value={share?.denominator || undefined}
                onChange={(denominator) => setShare({ denominator })}
                options={valueHeaders.map((h) => ({ value: h, label: h }))}
              />
            </Form.Item>
          </Form>
          <Button onClick={() => void runPreview(mapping)} loading={busy === 'preview'}>
            Пересчитать предварительный просмотр
          </Button>

          <Descriptions bordered size="small" column={1} title="Что изменится">
            <Descriptions.Item label="Значений новых">{preview.counts.new}</Descriptions.Item>
            <Descriptions.Item label="Значений изменённых">{preview.counts.changed}</Descriptions.Item>
            <Descriptions.Item label="Без изменений">{preview.counts.unchanged}</Descriptions.Item>
            <Descriptions.Item label="Пустых (нет данных)">{preview.counts.missing}</Descriptions.Item>
            <Descriptions.Item label="Строк сопоставлено / не сопоставлено">
              {preview.counts.rowsMatched} / {preview.counts.rowsNotMatched}
            </Descriptions.Item>
            <Descriptions.Item label="Будет создано организаций / территорий">
              {preview.counts.orgsToCreate} / {preview.counts.placesToCreate}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text>{preview.pairsNote}</Typography.Text>
          {preview.issueCount > 0 ? (
            <Alert
              type="error"
              showIcon
              message={`Ошибок: ${preview.issueCount}. Файл с ошибками не загружается — исправьте их и выберите файл снова.`}
              description={
                <ul>
                  {preview.issues.slice(0, 50).map((i, k) => (
                    <li key={k}>{i.message}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {preview.changed.length ? (
            <Table
              rowKey={(r) => `${r.line}|${r.column}`}
              size="small"
              title={() => 'Изменённые значения'}
              dataSource={preview.changed}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: 'Строка', dataIndex: 'line', width: 80 },
                { title: 'Организация', dataIndex: 'org' },
                { title: 'Столбец', dataIndex: 'column' },
                { title: 'Было', dataIndex: 'old' },
                { title: 'Станет', dataIndex: 'value' },
                { title: 'Кто внёс прежнее', dataIndex: 'oldBy' },
              ]}
            />
          ) : null}
          {preview.rowsNotMatched.length ? (
            <Alert
              type="warning"
              message={`Строки, организации которых не найдены в реестре (${preview.counts.rowsNotMatched}), будут пропущены`}
              description={preview.rowsNotMatched
                .slice(0, 20)
                .map((r) => `строка ${r.line}: ${r.org}`)
                .join('; ')}
            />
          ) : null}
          {preview.counts.orgsToCreate + preview.counts.placesToCreate > 0 ? (
            <Checkbox checked={confirmCreate} onChange={(e) => setConfirmCreate(e.target.checked)}>
              Создать в реестре недостающие организации ({preview.counts.orgsToCreate}) и территории ({preview.counts.placesToCreate}) и
              принять предложенные сопоставления
            </Checkbox>
          ) : null}
          <Button type="primary" disabled={preview.issueCount > 0} loading={busy === 'apply'} onClick={() => void apply()}>
            Загрузить в данные периода
          </Button>
          {busy === 'apply' ? <Spin tip="Загрузка и пересчёт результатов периода…" /> : null}
          {/* beside the button pressed, not above the fold */}
          {error ? <ErrorAlert error={error} /> : null}
        </Space>
      ) : null}

      {result ? (
        <Alert
          style={{ marginTop: 24 }}
          type="success"
          showIcon
          message={
            result.changed
              ? `Загружено: новых значений ${result.counts.new}, изменено ${result.counts.changed}`
              : 'Ничего не изменено: в файле нет новых или изменённых значений'
          }
          description={
            result.changed
              ? [
                  result.createdOrgs ? `Создано в реестре: ${result.createdOrgs}.` : '',
                  result.createdElements.length ? `Создано элементов данных: ${result.createdElements.length}.` : '',
                  ...result.recomputed.map(
                    (r) => `Пересчитана методика «${r.framework}»: показателей ${r.indicators}, рейтингов ${r.comparisons}.`,
                  ),
                ]
                  .filter(Boolean)
                  .join(' ')
              : undefined
          }
        />
      ) : null}
    </div>
  );
}
