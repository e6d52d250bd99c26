import { Form, Input, Radio, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { reportsApi, type ReviewDecision } from '../../api/reports-api.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { RequiredDateItem } from '../../components/required-date-item.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import type { ReportStepModalProps } from './report-step-modal-props.ts';

interface Values {
  meetingDate: string;
  decision: ReviewDecision;
  minutesNumber: string;
  note?: string;
}

/** «Решение рабочей группы»: the meeting date, the decision, the minutes number and the minutes file. */
export function ReportReviewModal({ report, onClose, onDone }: ReportStepModalProps) {
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const { saving, error, run } = useSubmit();

  const save = async (v: Values) => {
    await run(async () => {
      const minutes = file ? await reportsApi.attach(report.id, file) : null;
      onDone(
        await reportsApi.review(report.id, {
          meetingDate: v.meetingDate,
          decision: v.decision,
          minutesNumber: v.minutesNumber.trim(),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          ...(minutes ? { minutesFileId: minutes.id } : {}),
        }),
      );
    });
  };

  return (
    <FormModal
      title="Решение рабочей группы"
      okText="Записать решение"
      testId="report-review-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ meetingDate: isoToday(), decision: 'recommend' }}
        onFinish={(v) => void save(v)}
      >
        <RequiredDateItem label="Дата заседания" name="meetingDate" requiredMessage="Укажите дату заседания" testId="report-meeting-date" />
        <Form.Item
          label="Номер протокола"
          name="minutesNumber"
          rules={[{ required: true, whitespace: true, message: 'Укажите номер протокола' }]}
        >
          <Input maxLength={50} placeholder="Например, 3" data-testid="report-minutes-number" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Решение" name="decision">
          <Radio.Group
            options={[
              { value: 'recommend', label: 'Рекомендовать к утверждению' },
              { value: 'revise', label: 'Вернуть на доработку' },
            ]}
            data-testid="report-decision"
          />
        </Form.Item>
        <Form.Item label="Замечания" name="note">
          <Input.TextArea rows={2} maxLength={2000} data-testid="report-review-note" />
        </Form.Item>
        <Form.Item label="Протокол заседания (файл)" style={{ marginBottom: 0 }}>
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            accept=".pdf,.docx,.doc,.odt,.jpg,.jpeg,.png"
          >
            <Button icon={<UploadOutlined />} data-testid="report-minutes-file">
              Приложить протокол
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
