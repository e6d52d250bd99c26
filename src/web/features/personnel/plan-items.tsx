import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Progress, Space, Table } from 'antd';
import { personnelApi, type CandidateCard } from '../../api/personnel-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isIsoDate, isoToday } from '../../lib/campaign-dates.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { COMPLETION_BAND_NAMES } from '../../lib/personnel-labels.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';

type Item = CandidateCard['plan'][number];

/** The individual development plan: items with due dates, marked done on the day they are ticked, and its completion. */
export function PlanItems({
  candidate,
  editable,
  onChange,
}: {
  candidate: CandidateCard;
  editable: boolean;
  onChange: (c: CandidateCard) => void;
}) {
  const mark = useSubmit();
  const add = useSubmit();
  const [form] = Form.useForm<{ title: string; dueOn: string }>();
  const toggle = (item: Item, doneOn: string | null) =>
    void mark.run(async () => onChange((await personnelApi.markPlanItem(candidate.id, item.id, doneOn)).candidate));
  return (
    <div data-testid="plan-items">
      {candidate.completion !== null ? (
        <div style={{ maxWidth: 480, marginBottom: 8 }} data-testid="plan-completion">
          <Progress
            percent={Math.round(candidate.completion)}
            status={candidate.completion >= 100 ? 'success' : 'active'}
            aria-label="Выполнение плана развития"
          />
          <span className="muted">
            Выполнено {formatNumber(candidate.completion, 1)} % пунктов со сроком на сегодня
            {candidate.band ? `: ${COMPLETION_BAND_NAMES[candidate.band]}` : ''}.
          </span>
        </div>
      ) : null}
      {mark.error ? <Alert type="error" showIcon title={mark.error} style={{ marginBottom: 8 }} /> : null}
      <Table<Item>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={candidate.plan}
        locale={{ emptyText: 'План индивидуального развития ещё не составлен' }}
        columns={[
          {
            title: 'Выполнен',
            key: 'done',
            width: 170,
            render: (_: unknown, item) => (
              <Space size={4}>
                <Checkbox
                  checked={item.doneOn !== null}
                  disabled={!editable || mark.saving}
                  onChange={(e) => toggle(item, e.target.checked ? isoToday() : null)}
                  data-testid={`plan-done-${item.id}`}
                />
                {item.doneOn && editable ? (
                  // Ticked today by default; the date it was really done can be corrected.
                  <CampaignDateInput
                    size="small"
                    value={item.doneOn}
                    onChange={(v) => {
                      if (isIsoDate(v) && v !== item.doneOn) toggle(item, v);
                    }}
                    testId={`plan-done-date-${item.id}`}
                    style={{ width: 120 }}
                  />
                ) : (
                  formatDate(item.doneOn)
                )}
              </Space>
            ),
          },
          { title: 'Пункт плана', dataIndex: 'title' },
          { title: 'Срок', dataIndex: 'dueOn', render: (d: string) => formatDate(d), width: 110 },
        ]}
      />
      {editable ? (
        <>
          {add.error ? <Alert type="error" showIcon title={add.error} style={{ marginTop: 8 }} data-testid="plan-add-error" /> : null}
          <Form
            form={form}
            layout="inline"
            style={{ marginTop: 12 }}
            onFinish={(v) =>
              void add.run(async () => {
                onChange((await personnelApi.addPlanItems(candidate.id, [v])).candidate);
                form.resetFields();
              })
            }
          >
            <Form.Item name="title" rules={[{ required: true, whitespace: true, message: 'Что сделать' }]}>
              <Input placeholder="Пункт плана" style={{ width: 360 }} data-testid="plan-item-title" />
            </Form.Item>
            <Form.Item name="dueOn" rules={[{ required: true, message: 'Срок' }]}>
              <CampaignDateInput testId="plan-item-due" style={{ width: 140 }} />
            </Form.Item>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={add.saving} data-testid="plan-item-add">
              Добавить пункт
            </Button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
