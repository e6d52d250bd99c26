import { Form, Input } from 'antd';
import { managementApi, type RecommendationView } from '../../api/management-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { FormModal } from '../../components/form-modal.tsx';

/** The organisation tells what it did on a recommendation. */
export function RecommendationReportModal({
  recommendation,
  onClose,
  onDone,
}: {
  recommendation: RecommendationView;
  onClose: () => void;
  onDone: (r: RecommendationView) => void;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const { saving, error, run } = useSubmit();
  const save = async ({ text }: { text: string }) => {
    const saved = await run(() => managementApi.report(recommendation.id, text, recommendation.version));
    if (saved) onDone(saved);
  };
  return (
    <FormModal
      title="Исполнение рекомендации"
      okText="Отправить"
      testId="rec-report-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
      width={640}
    >
      <p className="muted">{recommendation.text}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item label="Что сделано" name="text" rules={[{ required: true, whitespace: true, message: 'Опишите, что сделано' }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="rec-report-text" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
