import { Col, Form, Input, InputNumber, Select } from 'antd';
import { POST_KIND_NAMES } from '../../lib/personnel-labels.ts';

const POST_OPTIONS = Object.entries(POST_KIND_NAMES).map(([value, label]) => ({ value, label }));

// Fields the register's forms share: a post (a leader's record, an appointment from the reserve)
// and an event (a leader's or a candidate's training, diagnostics, assessment).

/** The kind of post: head, deputy or a member of the management team. */
export function PostKindField() {
  return (
    <Col xs={24} md={8}>
      <Form.Item label="Вид должности" name="postKind">
        <Select options={POST_OPTIONS} />
      </Form.Item>
    </Col>
  );
}

/** The title of the post as the order writes it. */
export function PostTitleField({ testId }: { testId: string }) {
  return (
    <Col xs={24} md={16}>
      <Form.Item label="Должность" name="postTitle" rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}>
        <Input maxLength={300} placeholder="директор" data-testid={testId} />
      </Form.Item>
    </Col>
  );
}

/** A programme's volume in hours (training). */
export function EventHoursField() {
  return (
    <Form.Item label="Объём, часов" name="hours">
      <InputNumber min={1} max={2000} precision={0} />
    </Form.Item>
  );
}

/** The free text that closes an event's form: result, deficits found, a note. */
export function EventResultField({ label }: { label: string }) {
  return (
    <Form.Item label={label} name="result" style={{ marginBottom: 0 }}>
      <Input.TextArea rows={2} maxLength={2000} />
    </Form.Item>
  );
}
