import { Alert, Flex, Spin, Table, Typography } from 'antd';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import type { UploadReport } from '../../api/campaigns-api.ts';
import { importIssues } from '../../lib/import-issues.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { ImportIssuesTable } from '../../components/import-issues-table.tsx';
import type { UploadState } from '../../components/upload-button.tsx';

const fields = (n: number) => `${n} ${pluralRu(n, 'поле', 'поля', 'полей')}`;

function Done({ fileName, report }: { fileName: string; report: UploadReport }) {
  const warnings = report.warnings;
  return (
    <Flex vertical gap={12} data-testid="upload-success">
      <Alert
        type="success"
        showIcon
        title={
          report.changed
            ? `Файл «${fileName}» загружен: изменено ${fields(report.changed)}`
            : `Файл «${fileName}» загружен: значения не изменились`
        }
        description="Значения записаны в черновики форм. Отправить форму на проверку нужно на её странице."
      />
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        scroll={{ y: 220 }}
        dataSource={report.orgs}
        columns={[
          { title: 'Код', dataIndex: 'code', key: 'code', width: 110 },
          { title: 'Организация', dataIndex: 'name', key: 'name' },
          { title: 'Изменено полей', dataIndex: 'changed', key: 'changed', width: 160, align: 'right' },
        ]}
        data-testid="upload-orgs"
      />
      {warnings.length ? (
        <Alert
          type="warning"
          showIcon
          title={`${warnings.length} ${pluralRu(warnings.length, 'предупреждение', 'предупреждения', 'предупреждений')}: проверьте значения и подтвердите их комментарием в форме`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflow: 'auto' }}>
              {warnings.map((w, i) => (
                <li key={i}>
                  {w.at ? <Typography.Text type="secondary">{w.at}: </Typography.Text> : null}
                  {w.message}
                </li>
              ))}
            </ul>
          }
          data-testid="upload-warnings"
        />
      ) : null}
    </Flex>
  );
}

// A CSV's problems repeat their place as «Файл «…», строка 3, столбец A: …»; the table has columns for it.
const CSV_PREFIX = /^Файл «[^»]*»(?:, строка \d+)?(?:, столбец [A-Z]+)?:\s*/;

function Failed({ error }: { error: unknown }) {
  const issues = (error instanceof ApiError ? importIssues(error.details) : []).map((i) => ({
    ...i,
    message: i.message.replace(CSV_PREFIX, ''),
  }));
  return (
    <Flex vertical gap={12} data-testid="upload-failed">
      <Alert
        type="error"
        showIcon
        title={
          issues.length ? `Файл не загружен: ${issues.length} ${pluralRu(issues.length, 'ошибка', 'ошибки', 'ошибок')}` : 'Файл не загружен'
        }
        description={errorMessage(error)}
      />
      {issues.length ? <ImportIssuesTable issues={issues} /> : null}
    </Flex>
  );
}

/** Body of the upload dialog: progress, the fields changed and warnings, or every problem with sheet, row and cell. */
export function CampaignUploadResult({ state }: { state: Exclude<UploadState<UploadReport>, { status: 'idle' }> }) {
  switch (state.status) {
    case 'uploading':
      return (
        <div className="import-progress" data-testid="upload-progress">
          <Spin size="large" />
          <Typography.Text>Загружаем «{state.fileName}» и проверяем значения…</Typography.Text>
        </div>
      );
    case 'done':
      return <Done fileName={state.fileName} report={state.report} />;
    case 'failed':
      return <Failed error={state.error} />;
  }
}
