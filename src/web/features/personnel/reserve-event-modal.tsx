import { Form, Input, InputNumber, Radio } from 'antd';
import { personnelApi, type CandidateCard } from '../../api/personnel-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';

interface Values {
  heldOn: string;
  title: string;
  hours?: number;
  passed?: boolean;
  result?: string;
}

/** Records a candidate's personal-professional diagnostics (passed or not) or a training. */
export function ReserveEventModal({
  candidate,
  kind,
  onClose,
  onDone,
}: {
  candidate: CandidateCard;
  kind: 'diagnostics' | 'training';
  onClose: () => void;
  onDone: (c: CandidateCard) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const save = async (v: Values) => {
    const saved = await run(() =>
      personnelApi.addReserveEvent(candidate.id, {
        kind,
        ...v,
        hours: v.hours ?? null,
        passed: kind === 'diagnostics' ? (v.passed ?? null) : null,
      }),
    );
    if (saved) onDone(saved.candidate);
  };
  return (
    <FormModal
      title={kind === 'diagnostics' ? 'Лично-профессиональная диагностика' : 'Обучение кандидата'}
      okText="Записать"
      testId="reserve-event-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ heldOn: isoToday(), title: kind === 'diagnostics' ? 'Лично-профессиональная диагностика' : 'Школа резерва' }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="Дата" name="heldOn" rules={[{ required: true, message: 'Укажите дату' }]}>
          <CampaignDateInput testId="reserve-event-date" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={kind === 'diagnostics' ? 'Диагностика' : 'Программа'}
          name="title"
          rules={[{ required: true, whitespace: true, message: 'Заполните поле' }]}
        >
          <Input maxLength={500} data-testid="reserve-event-title" />
        </Form.Item>
        {kind === 'diagnostics' ? (
          <Form.Item label="Итог" name="passed" rules={[{ required: true, message: 'Укажите итог диагностики' }]}>
            <Radio.Group
              options={[
                { value: true, label: 'пройдена успешно' },
                { value: false, label: 'не пройдена' },
              ]}
              data-testid="reserve-event-passed"
            />
          </Form.Item>
        ) : (
          <Form.Item label="Объём, часов" name="hours">
            <InputNumber min={1} max={2000} precision={0} />
          </Form.Item>
        )}
        <Form.Item label="Результаты, рекомендации" name="result" style={{ marginBottom: 0 }}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
