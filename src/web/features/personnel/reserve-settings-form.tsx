import { Alert, App, Button, Col, Form, Input, InputNumber, Row } from 'antd';
import { personnelApi, type ReserveView } from '../../api/personnel-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';

interface Values {
  criteria: string;
  trainingSystem: string;
  supportMechanism: string;
  orderNumber: string;
  orderDate: string;
  greenMin: number;
  yellowMin: number;
}

/** The reserve's rules (seed 003 D4.01–D4.03) with the order that adopted them, and the thresholds of leaders' zones. */
export function ReserveSettingsForm({ reserve, onSaved }: { reserve: ReserveView; onSaved: (r: ReserveView) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const s = reserve.settings;
  const save = async (v: Values) => {
    const saved = await run(() =>
      personnelApi.saveSettings(reserve.municipality.id, {
        criteria: v.criteria.split('\n'),
        trainingSystem: v.trainingSystem ?? '',
        supportMechanism: v.supportMechanism ?? '',
        orderNumber: v.orderNumber || null,
        orderDate: v.orderDate || null,
        greenMin: v.greenMin,
        yellowMin: v.yellowMin,
      }),
    );
    if (saved) {
      onSaved(saved);
      void message.success('Правила резерва сохранены');
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        ...s,
        criteria: s.criteria.join('\n'),
        orderNumber: s.orderNumber ?? '',
        orderDate: s.orderDate ?? '',
        greenMin: s.zones.greenMin,
        yellowMin: s.zones.yellowMin,
      }}
      onFinish={(v) => void save(v)}
      data-testid="reserve-settings"
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="reserve-settings-error" /> : null}
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label="Критерии отбора кандидатов (по одному в строке)" name="criteria">
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Система подготовки кандидатов" name="trainingSystem">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item label="Механизм сопровождения профессионального развития (наставничество)" name="supportMechanism">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="Утверждены приказом №" name="orderNumber">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="от" name="orderDate">
            <CampaignDateInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label="Зелёная зона руководителей: от, баллов"
            name="greenMin"
            tooltip="Источники не устанавливают пороги зон для руководителей: по умолчанию 70 и 50, муниципалитет задаёт свои."
          >
            <InputNumber min={0} max={100} decimalSeparator="," style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="Жёлтая зона: от, баллов" name="yellowMin">
            <InputNumber min={0} max={100} decimalSeparator="," style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="reserve-settings-save">
        Сохранить правила
      </Button>
    </Form>
  );
}
