import { Form, Input } from 'antd';
import { managementApi } from '../../api/management-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';

/** Records that the working group approved the chosen recommendations: meeting date and minutes. */
export function RecommendationsApproveModal({
  territoryId,
  ids,
  onClose,
  onDone,
}: {
  territoryId: number;
  ids: number[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ meetingDate: string; minutesNumber: string }>();
  const { saving, error, run } = useSubmit();
  const save = async (v: { meetingDate: string; minutesNumber: string }) => {
    if (await run(() => managementApi.approve(territoryId, { ids, ...v }))) onDone();
  };
  return (
    <FormModal
      title={`Одобрение рабочей группой: рекомендаций ${ids.length}`}
      okText="Записать"
      testId="rec-approve-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ meetingDate: isoToday() }} onFinish={(v) => void save(v)}>
        <Form.Item label="Дата заседания" name="meetingDate" rules={[{ required: true, message: 'Укажите дату' }]}>
          <CampaignDateInput testId="rec-approve-date" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Номер протокола" name="minutesNumber" rules={[{ required: true, whitespace: true, message: 'Укажите номер' }]}>
          <Input maxLength={100} style={{ width: 200 }} data-testid="rec-approve-minutes" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
