import { Checkbox, Form, Input, Select } from 'antd';
import { personnelApi, type LeaderCard, type LeaderEventInput } from '../../api/personnel-api.ts';
import { useFormSave } from '../../hooks/use-form-save.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { COMPETENCE_LEVEL_NAMES, LEADER_EVENT_NAMES, type LeaderEventKind } from '../../lib/personnel-labels.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { EventHoursField, EventResultField } from './register-fields.tsx';

const KIND_OPTIONS = Object.entries(LEADER_EVENT_NAMES).map(([value, label]) => ({ value, label }));
const LEVEL_OPTIONS: Partial<Record<LeaderEventKind, { value: string; label: string }[]>> = {
  competence_assessment: Object.entries(COMPETENCE_LEVEL_NAMES).map(([value, label]) => ({ value, label })),
  attestation: [
    { value: 'passed', label: 'соответствует занимаемой должности' },
    { value: 'failed', label: 'не соответствует' },
  ],
};

/** Records training, a diagnostics of professional deficits, an assessment or an attestation. */
export function LeaderEventModal({
  leader,
  onClose,
  onDone,
}: {
  leader: LeaderCard;
  onClose: () => void;
  onDone: (l: LeaderCard) => void;
}) {
  const { form, saving, error, save } = useFormSave(
    (v: LeaderEventInput) => personnelApi.addLeaderEvent(leader.id, v),
    (saved) => onDone(saved.leader),
  );
  const kind = Form.useWatch('kind', form) ?? 'training';
  const levels = LEVEL_OPTIONS[kind];
  return (
    <FormModal
      title={`Запись о руководителе: ${leader.fullName}`}
      okText="Записать"
      testId="leader-event-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<LeaderEventInput>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'training', heldOn: isoToday(), relevant: true, voluntary: true }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="Что записать" name="kind">
          <Select options={KIND_OPTIONS} data-testid="leader-event-kind" />
        </Form.Item>
        <Form.Item label="Дата" name="heldOn" rules={[{ required: true, message: 'Укажите дату' }]}>
          <CampaignDateInput testId="leader-event-date" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={kind === 'training' ? 'Программа' : 'Что проводилось'}
          name="title"
          rules={[{ required: true, whitespace: true, message: 'Заполните поле' }]}
        >
          <Input maxLength={500} data-testid="leader-event-title" />
        </Form.Item>
        {kind === 'training' ? (
          <>
            <EventHoursField />
            <Form.Item name="relevant" valuePropName="checked">
              <Checkbox>по актуальному направлению образования</Checkbox>
            </Form.Item>
          </>
        ) : null}
        {kind === 'deficit_diagnostics' ? (
          <Form.Item name="voluntary" valuePropName="checked">
            <Checkbox>пройдена добровольно</Checkbox>
          </Form.Item>
        ) : null}
        {levels ? (
          <Form.Item
            label={kind === 'attestation' ? 'Итог' : 'Уровень сформированности компетенций'}
            name="level"
            rules={[{ required: true, message: 'Выберите' }]}
          >
            <Select options={levels} data-testid="leader-event-level" />
          </Form.Item>
        ) : null}
        <EventResultField label="Результат, выявленные дефициты, примечание" />
      </Form>
    </FormModal>
  );
}
