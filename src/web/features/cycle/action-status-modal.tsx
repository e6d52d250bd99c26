import { Form, Input, Select } from 'antd';
import { managementApi, type CycleActionView } from '../../api/management-api.ts';
import { MEASURE_STATUS_NAMES, MEASURE_STATUSES, type MeasureStatus } from '../../../domain/cycle/management.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { FormModal } from '../../components/form-modal.tsx';

/** Moves a measure or decision along and records what came of it. */
export function ActionStatusModal({
  action,
  onClose,
  onDone,
}: {
  action: CycleActionView;
  onClose: () => void;
  onDone: (a: CycleActionView) => void;
}) {
  const [form] = Form.useForm<{ status: MeasureStatus; resultText?: string }>();
  const { saving, error, run } = useSubmit();
  const save = async (v: { status: MeasureStatus; resultText?: string }) => {
    const saved = await run(() => managementApi.setStatus(action.id, { ...v, resultText: v.resultText ?? null, version: action.version }));
    if (saved) onDone(saved);
  };
  return (
    <FormModal
      title={action.title}
      okText="Сохранить"
      testId="action-status-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ status: action.status, resultText: action.resultText ?? '' }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="Состояние" name="status">
          <Select
            options={MEASURE_STATUSES.map((s) => ({ value: s, label: MEASURE_STATUS_NAMES[s] }))}
            classNames={{ popup: { root: 'action-status-popup' } }}
            data-testid="action-status"
          />
        </Form.Item>
        <Form.Item label="Результат" name="resultText">
          <Input.TextArea rows={4} maxLength={10000} data-testid="action-result" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
