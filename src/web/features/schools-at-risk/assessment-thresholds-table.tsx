import { Button, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { assessmentsApi, type ThresholdView } from '../../api/assessments-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** The minimum thresholds per subject and year: data the regional operator keeps up to date. */
export function AssessmentThresholdsTable() {
  const { user } = useSession();
  const editable = user.role === 'admin' || user.role === 'regional_operator';
  const list = useAsyncData((signal) => assessmentsApi.thresholds(signal), []);
  const [changed, setChanged] = useState<Record<string, number>>({});
  const submit = useSubmit();
  const keyOf = (t: ThresholdView) => `${t.kind}|${t.subject}|${t.year}`;
  const save = () =>
    submit.run(async () => {
      const rows = (list.data ?? [])
        .filter((t) => changed[keyOf(t)] !== undefined)
        .map((t) => ({ kind: t.kind, subject: t.subject, year: t.year, minScore: changed[keyOf(t)]!, note: t.note }));
      list.setData(await assessmentsApi.saveThresholds(rows));
      setChanged({});
    });
  if (list.error) return <ErrorAlert error={list.error} onRetry={list.reload} />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        ЕГЭ: результат ниже минимального балла — «не преодолел минимальный порог». ВПР, ОГЭ, НИКО и базовая математика: порог — отметка «3»,
        ниже него — «2».
      </Typography.Text>
      {submit.error && <ErrorAlert error={new Error(submit.error)} title="Не сохранено" />}
      <Table
        size="small"
        rowKey={keyOf}
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: 'Год', dataIndex: 'year', width: 80 },
          { title: 'Процедура', dataIndex: 'kind', width: 100, render: (k: string) => k.toUpperCase().replace('EGE', 'ЕГЭ') },
          { title: 'Предмет', dataIndex: 'subjectName' },
          {
            title: 'Минимальный балл',
            width: 180,
            render: (_: unknown, t: ThresholdView) =>
              editable ? (
                <InputNumber
                  min={0}
                  max={100}
                  value={changed[keyOf(t)] ?? t.minScore}
                  onChange={(v) => v !== null && setChanged((c) => ({ ...c, [keyOf(t)]: v }))}
                />
              ) : (
                t.minScore
              ),
          },
          { title: 'Основание', dataIndex: 'note' },
        ]}
        data-testid="thresholds-table"
      />
      {editable && (
        <Button
          type="primary"
          disabled={Object.keys(changed).length === 0}
          loading={submit.saving}
          onClick={() => void save()}
          style={{ alignSelf: 'flex-start' }}
        >
          Сохранить пороги
        </Button>
      )}
    </Flex>
  );
}
