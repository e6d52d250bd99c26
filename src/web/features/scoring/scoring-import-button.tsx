import { Alert, Flex, Spin, Table, Typography } from 'antd';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { scoringApi, type RoundImportReport } from '../../api/scoring-api.ts';
import { importIssues } from '../../lib/import-issues.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { ImportIssuesTable } from '../../components/import-issues-table.tsx';
import { UploadButton, type UploadState } from '../../components/upload-button.tsx';

type State = UploadState<RoundImportReport>;

const scores = (n: number) => `${n} ${pluralRu(n, 'балл', 'балла', 'баллов')}`;

function Body({ state }: { state: Exclude<State, { status: 'idle' }> }) {
  switch (state.status) {
    case 'uploading':
      return (
        <div className="import-progress" data-testid="scores-import-progress">
          <Spin size="large" />
          <Typography.Text>Загружаем «{state.fileName}» и проверяем баллы…</Typography.Text>
        </div>
      );
    case 'done':
      return (
        <Flex vertical gap={12} data-testid="scores-import-success">
          <Alert
            type="success"
            showIcon
            title={
              state.report.changed
                ? `Файл «${state.fileName}» загружен: изменено ${scores(state.report.changed)}`
                : `Файл «${state.fileName}» загружен: баллы не изменились`
            }
          />
          <Table
            size="small"
            rowKey="orgId"
            pagination={false}
            scroll={{ y: 220 }}
            dataSource={state.report.objects}
            columns={[
              { title: 'Код', dataIndex: 'code', key: 'code', width: 120 },
              { title: 'Изменено баллов', dataIndex: 'changed', key: 'changed', align: 'right' },
            ]}
            data-testid="scores-import-objects"
          />
        </Flex>
      );
    case 'failed': {
      const issues = state.error instanceof ApiError ? importIssues(state.error.details) : [];
      return (
        <Flex vertical gap={12} data-testid="scores-import-failed">
          <Alert
            type="error"
            showIcon
            title={
              issues.length
                ? `Файл не загружен: ${issues.length} ${pluralRu(issues.length, 'ошибка', 'ошибки', 'ошибок')}`
                : 'Файл не загружен'
            }
            description={errorMessage(state.error)}
          />
          {issues.length ? <ImportIssuesTable issues={issues} /> : null}
        </Flex>
      );
    }
  }
}

/** «Загрузить баллы из Excel»: the scorer's filled-in export of the round; all or nothing, every problem listed. */
export function ScoringImportButton({ roundId, onImported }: { roundId: number; onImported: () => void }) {
  return (
    <UploadButton
      label="Загрузить баллы из Excel"
      accept=".xlsx"
      acceptsFile={(name) => /\.xlsx$/i.test(name.trim())}
      wrongFile="Выберите книгу Excel (.xlsx), выгруженную из раунда"
      send={(file) => scoringApi.importScores(roundId, file)}
      onUploaded={() => onImported()}
      dialogTitle="Загрузка баллов из Excel"
      dialogWidth={(status) => (status === 'failed' ? 880 : 560)}
      renderState={(state) => <Body state={state} />}
      testIds={{ button: 'scores-import', close: 'scores-import-close' }}
    />
  );
}
