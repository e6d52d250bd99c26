import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { SheetPosition } from '../../api/scoring-api.ts';
import { formatPoints } from '../../lib/scoring-labels.ts';
import { ScoringPointsInput } from './scoring-points-input.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

interface ScoringAgreeModalProps {
  position: SheetPosition;
  onClose: () => void;
  /** Records the agreed score (null removes it); a thrown error is shown in the dialog. */
  onSubmit: (points: number | null, comment: string) => Promise<void>;
}

interface Values {
  points: number | null;
  comment: string;
}

/** «Согласовать»: the points the experts agreed on for a position, with a comment (the basis of the decision). */
export function ScoringAgreeModal({ position, onClose, onSubmit }: ScoringAgreeModalProps) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const points = Form.useWatch('points', form);

  const save = async (values: Values): Promise<void> => {
    await run(async () => {
      await onSubmit(values.points ?? null, values.comment?.trim() ?? '');
    });
  };

  const experts = position.scores.map((s) => `${s.scorer}: ${formatPoints(s.points)}`).join('; ');
  return (
    <Modal
      open
      title={`Согласовать балл: ${position.code}`}
      okText={points === null && position.agreed ? 'Снять согласование' : 'Согласовать'}
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'agree-ok' }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="agree-error" /> : null}
      <Typography.Paragraph style={{ marginBottom: 8 }}>{position.name}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        Баллы экспертов: {experts || 'нет'}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ points: position.agreed?.points ?? null, comment: position.agreed?.comment ?? '' }}
        onFinish={(v) => void save(v)}
        data-testid="agree-form"
      >
        <Form.Item
          label={`Согласованный балл (0–${position.maxPoints})`}
          name="points"
          rules={[
            {
              validator: (_r, v: number | null) =>
                v === null && !position.agreed ? Promise.reject(new Error('Выберите балл')) : Promise.resolve(),
            },
          ]}
          style={{ marginBottom: 12 }}
        >
          <ScoringPointsControl code={position.code} max={position.maxPoints} />
        </Form.Item>
        <Form.Item
          label="Комментарий (основание решения)"
          name="comment"
          dependencies={['points']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_r, v: string | undefined) =>
                getFieldValue('points') === 0 && !v?.trim()
                  ? Promise.reject(new Error('При 0 баллов напишите, чего не хватает'))
                  : Promise.resolve(),
            }),
          ]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea
            rows={3}
            maxLength={4000}
            placeholder="Например: решение согласовано на заседании экспертной группы"
            data-testid="agree-comment"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The points control as a Form.Item child (value/onChange injected). */
function ScoringPointsControl({
  code,
  max,
  value,
  onChange,
}: {
  code: string;
  max: number;
  value?: number | null;
  onChange?: (v: number | null) => void;
}) {
  return (
    <ScoringPointsInput
      code={code}
      label={`Согласованный балл: ${code}`}
      max={max}
      value={value ?? null}
      onChange={(v) => onChange?.(v)}
      testId="agree-points"
    />
  );
}
