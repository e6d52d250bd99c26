import { Alert, Button, Checkbox, Descriptions, Flex, Input, InputNumber, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { assessmentsApi, type ImportView, type PlaceDecision } from '../../api/assessments-api.ts';
import { ASSESSMENT_KIND_LABELS, ASSESSMENT_KINDS } from '../../../domain/assessment/assessment-kind.ts';
import { FIELDS, type ColumnMapping, type FieldKey } from '../../../domain/assessment/column-mapping.ts';
import { subjectLabel } from '../../../domain/assessment/subjects.ts';
import { ASSESSMENT_NAMES } from '../../../domain/collection/breakdown-label.ts';
import { useSubmit } from '../../hooks/use-submit.ts';

const STAGES = ['school_stage', 'municipal_stage', 'regional_stage', 'final_stage'].map((value) => ({
  value,
  label: ASSESSMENT_NAMES[value] ?? value,
}));
const LEVEL = { region: 'регион', municipality: 'муниципалитет', organisation: 'организация' } as const;
const percent = (n: number, d: number) => (d === 0 ? '—' : `${((n * 100) / d).toFixed(2).replace('.', ',')} %`);

type Place = NonNullable<ImportView['report']>['places'][number];

function decisionValue(p: Place, d: PlaceDecision | undefined): string {
  const x =
    d ?? (p.proposal === 'match' ? { action: 'match' as const, orgId: p.orgId ?? p.candidates[0]?.orgId ?? 0 } : { action: p.proposal });
  return x.action === 'match' ? `match:${x.orgId}` : x.action;
}

/** One import, step by step: mapping → reading with progress → checks and matches → apply. */
export function AssessmentImportPanel({ initial, onChanged }: { initial: ImportView; onChanged: () => void }) {
  const [imp, setImp] = useState(initial);
  const preview = imp.preview;
  const [kind, setKind] = useState<string | null>(imp.kind ?? preview?.kind ?? null);
  const [year, setYear] = useState<number | null>(imp.year ?? preview?.year ?? null);
  const [stage, setStage] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>(preview?.mapping ?? {});
  const [saveAs, setSaveAs] = useState('');
  const [decisions, setDecisions] = useState<Record<string, PlaceDecision>>({});
  const [skipErrors, setSkipErrors] = useState(false);
  const [remap, setRemap] = useState(false);
  const submit = useSubmit();

  useEffect(() => {
    if (imp.status !== 'reading') return;
    const timer = setInterval(() => {
      assessmentsApi.get(imp.id).then(
        (next) => {
          setImp(next);
          if (next.status !== 'reading') onChanged();
        },
        () => undefined,
      );
    }, 700);
    return () => clearInterval(timer);
  }, [imp.status, imp.id, onChanged]);

  const read = () =>
    submit.run(async () => {
      if (!kind) throw new Error('Выберите вид оценочной процедуры.');
      setImp(await assessmentsApi.read(imp.id, { kind, year, stage, mapping, saveMappingAs: saveAs.trim() || null }));
      setRemap(false);
    });
  const apply = () =>
    submit.run(async () => {
      setImp(await assessmentsApi.apply(imp.id, { decisions, acceptProposals: true, skipErrors }));
      onChanged();
    });
  const cancel = () =>
    submit.run(async () => {
      setImp(await assessmentsApi.cancel(imp.id));
      onChanged();
    });

  const header = preview?.header ?? [];
  const columnOptions = header.map((h, i) => ({ value: i, label: `${i + 1}. ${h}` }));
  const report = imp.report;
  const progress = imp.progress;
  const share = progress.totalBytes ? Math.round(((progress.bytes ?? 0) * 100) / progress.totalBytes) : 0;

  return (
    <Flex vertical gap={16} data-testid="import-panel">
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="Файл">{imp.fileName}</Descriptions.Item>
        <Descriptions.Item label="Формат">
          {preview?.format.toUpperCase()}
          {preview?.encoding ? `, ${preview.encoding}` : ''}
          {preview?.template ? ', шаблон ЕГЭ по школам' : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Территория">{imp.territoryName ?? 'вся система'}</Descriptions.Item>
      </Descriptions>
      {submit.error && <Alert type="error" showIcon title={submit.error} data-testid="import-error" />}
      {imp.status === 'failed' && (
        <Alert type="error" showIcon title="Файл не прочитан" description={imp.error} data-testid="import-failed" />
      )}

      {imp.status === 'ready' && !remap && (
        <Button onClick={() => setRemap(true)} style={{ alignSelf: 'flex-start' }}>
          Прочитать заново с другим сопоставлением
        </Button>
      )}
      {(imp.status === 'uploaded' || imp.status === 'failed' || (imp.status === 'ready' && remap)) && preview && (
        <Flex vertical gap={8}>
          <Typography.Title level={2}>1. Что в файле и как читать столбцы</Typography.Title>
          <Space wrap>
            <Select
              placeholder="Вид процедуры"
              style={{ width: 260 }}
              value={kind}
              onChange={setKind}
              options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: ASSESSMENT_KIND_LABELS[k] }))}
              data-testid="import-kind"
              classNames={{ popup: { root: 'import-kind-popup' } }}
            />
            <InputNumber
              placeholder="Год проведения"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => setYear(v)}
              data-testid="import-year"
            />
            {kind === 'olympiad' && (
              <Select placeholder="Этап" style={{ width: 220 }} allowClear value={stage} onChange={setStage} options={STAGES} />
            )}
            {preview.savedMappings.length > 0 && (
              <Select
                placeholder="Сохранённое сопоставление"
                style={{ width: 260 }}
                onChange={(id: number) => setMapping(preview.savedMappings.find((m) => m.id === id)?.mapping ?? mapping)}
                options={preview.savedMappings.map((m) => ({ value: m.id, label: m.name }))}
              />
            )}
          </Space>
          {!preview.template && (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={FIELDS.filter(
                  (f) =>
                    mapping[f.key] !== undefined ||
                    !/^mark\d|^ge\d|score100|confirmed|lowered|raised|success|winners|prizewinners/.test(f.key),
                )}
                columns={[
                  { title: 'Поле', dataIndex: 'label', width: 260 },
                  {
                    title: 'Столбец файла',
                    render: (_: unknown, f: (typeof FIELDS)[number]) => (
                      <Select
                        allowClear
                        style={{ width: 340 }}
                        placeholder="— нет —"
                        value={mapping[f.key]}
                        options={columnOptions}
                        onChange={(v: number | undefined) => setMapping((m) => ({ ...m, [f.key as FieldKey]: v }))}
                      />
                    ),
                  },
                ]}
                data-testid="mapping-table"
              />
              <Typography.Text type="secondary">Первые строки файла:</Typography.Text>
              <Table
                size="small"
                pagination={false}
                scroll={{ x: true }}
                rowKey={(_, i) => String(i)}
                dataSource={preview.sample.slice(0, 5).map((r) => Object.fromEntries(r.map((c, i) => [i, c])))}
                columns={header.map((h, i) => ({ title: h, dataIndex: String(i), ellipsis: true }))}
              />
              <Input
                placeholder="Сохранить сопоставление под именем (необязательно)"
                value={saveAs}
                onChange={(e) => setSaveAs(e.target.value)}
                style={{ maxWidth: 420 }}
              />
            </>
          )}
          <Space>
            <Button type="primary" onClick={() => void read()} loading={submit.saving} data-testid="import-read">
              {imp.status === 'ready' ? 'Прочитать заново' : 'Прочитать файл'}
            </Button>
            <Button onClick={() => void cancel()} disabled={submit.saving}>
              Отменить загрузку
            </Button>
          </Space>
        </Flex>
      )}

      {imp.status === 'reading' && (
        <Flex vertical gap={4} data-testid="import-progress">
          <Typography.Text>
            {progress.phase === 'staging'
              ? 'Запись значений'
              : progress.phase === 'matching'
                ? 'Сопоставление организаций'
                : 'Чтение файла'}
            : строк {progress.rows ?? 0}
          </Typography.Text>
          <Progress percent={share} status="active" aria-label="Загрузка файла" />
        </Flex>
      )}

      {report && imp.status !== 'cancelled' && (
        <Flex vertical gap={8} data-testid="import-report">
          <Typography.Title level={2}>2. Проверка</Typography.Title>
          <Typography.Text data-testid="import-counts">
            Строк прочитано: {report.rows}, учтено: {report.counted}, с ошибками: {report.errorRows}. Значений к записи: {report.staged}.
          </Typography.Text>
          <Table
            size="small"
            rowKey={(s) => `${s.year}|${s.subject}`}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={report.summary}
            columns={[
              { title: 'Год', dataIndex: 'year', width: 80 },
              { title: 'Предмет', render: (_: unknown, s: (typeof report.summary)[number]) => (s.subject ? subjectLabel(s.subject) : '—') },
              { title: 'Участников', dataIndex: 'participants', width: 120 },
              {
                title: 'Не преодолели порог',
                render: (_: unknown, s: (typeof report.summary)[number]) =>
                  s.belowMin === null ? '—' : `${s.belowMin} (${percent(s.belowMin, s.participants)})`,
              },
            ]}
          />
          {report.unknownElements.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="Часть значений не будет записана"
              description={`В каталогах нет элементов данных: ${report.unknownElements.join(', ')}. Обновите каталоги и прочитайте файл снова.`}
            />
          )}
          {report.totals.length > 0 && (
            <Alert
              type={report.totals.some((t) => !t.agrees) ? 'warning' : 'success'}
              showIcon
              title={`Строки итогов файла: сверено ${report.totals.length}, расхождений ${report.totals.filter((t) => !t.agrees).length}`}
              description={
                <ul style={{ margin: 0 }} data-testid="totals-mismatches">
                  {report.totals
                    .filter((t) => !t.agrees)
                    .slice(0, 30)
                    .map((t, i) => (
                      <li key={i}>{t.message}</li>
                    ))}
                </ul>
              }
            />
          )}
          {report.problems.length > 0 && (
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={report.problems}
              columns={[
                {
                  title: 'Где',
                  width: 160,
                  render: (_: unknown, p: (typeof report.problems)[number]) =>
                    `${p.source.sheet ? `${p.source.sheet}, ` : ''}строка ${p.source.line}`,
                },
                {
                  title: 'Важность',
                  width: 110,
                  render: (_: unknown, p: (typeof report.problems)[number]) => (
                    <Tag color={p.severity === 'error' ? 'red' : p.severity === 'warning' ? 'gold' : 'default'}>
                      {p.severity === 'error' ? 'ошибка' : p.severity === 'warning' ? 'внимание' : 'сведения'}
                    </Tag>
                  ),
                },
                { title: 'Что не так и как исправить', dataIndex: 'message' },
              ]}
              data-testid="import-problems"
            />
          )}
          <Typography.Title level={2}>3. Организации</Typography.Title>
          <Table
            size="small"
            rowKey="key"
            pagination={{ pageSize: 15, hideOnSinglePage: true }}
            dataSource={report.places}
            columns={[
              {
                title: 'В файле',
                render: (_: unknown, p: Place) => (
                  <span>
                    {p.label} <Tag>{LEVEL[p.level]}</Tag>
                  </span>
                ),
              },
              { title: 'Строк', dataIndex: 'rows', width: 80 },
              {
                title: 'В реестре',
                render: (_: unknown, p: Place) =>
                  p.orgId !== null && p.by !== null ? (
                    <Tag color="green">
                      найдена (
                      {p.by === 'code'
                        ? 'по коду'
                        : p.by === 'inn'
                          ? 'по ИНН'
                          : p.by === 'ogrn'
                            ? 'по ОГРН'
                            : p.by === 'alias'
                              ? 'по синониму'
                              : 'по наименованию'}
                      )
                    </Tag>
                  ) : imp.status === 'ready' ? (
                    <Select
                      style={{ width: 420 }}
                      value={decisionValue(p, decisions[p.key])}
                      onChange={(v: string) =>
                        setDecisions((d) => ({
                          ...d,
                          [p.key]: v.startsWith('match:')
                            ? { action: 'match', orgId: Number(v.slice(6)) }
                            : { action: v as 'create' | 'skip' },
                        }))
                      }
                      options={[
                        ...p.candidates.map((c) => ({
                          value: `match:${c.orgId}`,
                          label: `${c.name}${c.where ? ` (${c.where})` : ''} — сходство ${String(c.similarity).replace('.', ',')}`,
                        })),
                        ...(p.name ? [{ value: 'create', label: `создать ${LEVEL[p.level]}` }] : []),
                        { value: 'skip', label: 'пропустить эти строки' },
                      ]}
                    />
                  ) : (
                    <Tag>{p.proposal === 'create' ? 'создана' : p.proposal === 'skip' ? 'пропущена' : 'сопоставлена'}</Tag>
                  ),
              },
            ]}
            data-testid="import-places"
          />
          {imp.status === 'ready' && (
            <Space wrap>
              {report.errorRows > 0 && (
                <Checkbox checked={skipErrors} onChange={(e) => setSkipErrors(e.target.checked)} data-testid="import-skip-errors">
                  Пропустить строки с ошибками ({report.errorRows})
                </Checkbox>
              )}
              <Button type="primary" onClick={() => void apply()} loading={submit.saving} data-testid="import-apply">
                Применить
              </Button>
            </Space>
          )}
        </Flex>
      )}

      {imp.status === 'applied' && imp.applied && (
        <Alert
          type="success"
          showIcon
          data-testid="import-applied"
          title={`Применено: значений ${imp.applied.values}, организаций ${imp.applied.organisations}, периоды ${imp.applied.periods.join(', ')}`}
          description={
            <>
              {imp.applied.created.length > 0 && <div>Создано в реестре: {imp.applied.created.length}.</div>}
              <div>Пересчитайте показатели на странице «Рейтинги», чтобы значения вошли в показатели и рейтинги.</div>
            </>
          }
        />
      )}
      {imp.status === 'cancelled' && (
        <Alert
          type="info"
          showIcon
          title="Загрузка отменена: ничего не применено."
          description={imp.error ?? undefined}
          data-testid="import-cancelled"
        />
      )}
    </Flex>
  );
}
