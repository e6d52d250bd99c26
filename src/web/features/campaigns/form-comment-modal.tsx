import { Alert, Form, Input, Modal } from 'antd';
import { useSubmit } from '../../hooks/use-submit.ts';

interface FormCommentModalProps {
  title: string;
  label: string;
  okText: string;
  placeholder?: string;
  onClose: () => void;
  /** Sends the text; a thrown error is shown in the dialog. */
  onSubmit: (text: string) => Promise<void>;
  testId: string;
}

/** A dialog asking for a required text: the comment of «Вернуть на доработку», the reason of «Открыть повторно». */
export function FormCommentModal({ title, label, okText, placeholder, onClose, onSubmit, testId }: FormCommentModalProps) {
  const [form] = Form.useForm<{ text: string }>();
  const { saving, error, run } = useSubmit();

  const save = async ({ text }: { text: string }): Promise<void> => {
    await run(async () => {
      await onSubmit(text.trim());
    });
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': `${testId}-ok` }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid={testId}>
        <Form.Item
          label={label}
          name="text"
          rules={[{ required: true, whitespace: true, message: 'Обязательное поле' }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={placeholder} data-testid={`${testId}-text`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
