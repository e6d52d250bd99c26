import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Table, Tabs, Tag, Upload } from 'antd';
import { useCallback, useState } from 'react';
import { assessmentsApi, type ImportListItem, type ImportView } from '../../api/assessments-api.ts';
import { AssessmentImportPanel } from './assessment-import-panel.tsx';
import { AssessmentThresholdsTable } from './assessment-thresholds-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ASSESSMENT_KIND_LABELS, isAssessmentKind } from '../../../domain/assessment/assessment-kind.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { formatDate } from '../../lib/format-date.ts';

const STATUS = {
  uploaded: ['загружен', 'blue'],
  reading: ['читается', 'gold'],
  ready: ['ждёт решения', 'orange'],
  applied: ['применён', 'green'],
  failed: ['ошибка', 'red'],
  cancelled: ['отменён', 'default'],
} as const;

/** `/assessments`: results of ВПР, ОГЭ, ЕГЭ, НИКО, literacy checks and olympiads, imported from files. */
export function AssessmentsPage() {
  const { user } = useSession();
  const list = useAsyncData((signal) => assessmentsApi.list(signal), []);
  const [current, setCurrent] = useState<ImportView | null>(null);
  const [uploadShare, setUploadShare] = useState<number | null>(null);
  const submit = useSubmit();
  const reload = list.reload;
  const onChanged = useCallback(() => reload(), [reload]);

  const upload = (file: File) => {
    setUploadShare(0);
    void submit
      .run(async () => {
        const created = await assessmentsApi.upload(file, user.scopeOrgId ?? null, setUploadShare);
        setCurrent(created);
        reload();
      })
      .finally(() => setUploadShare(null));
    return false;
  };
  const open = (row: ImportListItem) => void submit.run(async () => setCurrent(await assessmentsApi.get(row.id)));

  const imports = (
    <Flex vertical gap={16}>
      <Flex gap={16} align="center">
        <Upload accept=".csv,.txt,.xlsx" showUploadList={false} beforeUpload={upload} disabled={uploadShare !== null}>
          <Button type="primary" icon={<UploadOutlined />} data-testid="results-upload">
            Загрузить файл результатов
          </Button>
        </Upload>
        <span className="muted">CSV (UTF-8 или Windows-1251) или XLSX: по строке на участника × предмет или на школу × предмет.</span>
      </Flex>
      {uploadShare !== null && (
        <Progress percent={Math.round(uploadShare * 100)} status="active" aria-label="Отправка файла" data-testid="upload-progress" />
      )}
      {submit.error && <ErrorAlert error={new Error(submit.error)} title="Файл не принят" />}
      {current && <AssessmentImportPanel key={current.id} initial={current} onChanged={onChanged} />}
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={reload} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          onRow={(row) => ({ onClick: () => open(row), style: { cursor: 'pointer' } })}
          columns={[
            { title: '№', dataIndex: 'id', width: 60 },
            { title: 'Файл', dataIndex: 'fileName' },
            {
              title: 'Процедура',
              width: 200,
              render: (_: unknown, r: ImportListItem) => (isAssessmentKind(r.kind) ? ASSESSMENT_KIND_LABELS[r.kind] : '—'),
            },
            { title: 'Год', dataIndex: 'year', width: 80 },
            { title: 'Территория', dataIndex: 'territoryName', render: (v: string | null) => v ?? 'вся система' },
            { title: 'Загружен', width: 110, render: (_: unknown, r: ImportListItem) => formatDate(r.createdAt.slice(0, 10)) },
            {
              title: 'Состояние',
              width: 140,
              // an import cancelled with a message expired unapplied (its file is removed)
              render: (_: unknown, r: ImportListItem) => (
                <Tag color={STATUS[r.status][1]}>{r.status === 'cancelled' && r.error ? 'истёк, файл удалён' : STATUS[r.status][0]}</Tag>
              ),
            },
          ]}
          data-testid="imports-table"
        />
      )}
    </Flex>
  );

  return (
    <>
      <PageTitle title="Результаты оценочных процедур" />
      <Tabs
        items={[
          { key: 'imports', label: 'Загрузки', children: imports },
          { key: 'thresholds', label: 'Минимальные пороги', children: <AssessmentThresholdsTable /> },
        ]}
      />
    </>
  );
}
