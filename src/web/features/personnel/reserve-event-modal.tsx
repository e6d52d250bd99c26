import { Form, Input, Radio } from 'antd';
import { personnelApi, type CandidateCard } from '../../api/personnel-api.ts';
import { useFormSave } from '../../hooks/use-form-save.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { EventHoursField, EventResultField } from './register-fields.tsx';

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
  const { form, saving, error, save } = useFormSave(
    (v: Values) =>
      personnelApi.addReserveEvent(candidate.id, {
        kind,
        ...v,
        hours: v.hours ?? null,
        passed: kind === 'diagnostics' ? (v.passed ?? null) : null,
      }),
    (saved) => onDone(saved.candidate),
  );
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
          <EventHoursField />
        )}
        <EventResultField label="Результаты, рекомендации" />
      </Form>
    </FormModal>
  );
}
