import { Alert, Form, Input, Modal } from 'antd';
import { campaignsApi, type CampaignDetail } from '../../api/campaigns-api.ts';
import { isIsoDate, isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

interface CampaignApproveModalProps {
  campaign: CampaignDetail;
  onClose: () => void;
  onApproved: (campaign: CampaignDetail) => void;
}

interface OrderValues {
  orderNumber: string;
  orderDate: string;
}

/** «Утвердить регламент»: the number and date of the order that approved it. */
export function CampaignApproveModal({ campaign, onClose, onApproved }: CampaignApproveModalProps) {
  const [form] = Form.useForm<OrderValues>();
  const { saving, error, run } = useSubmit();

  const save = async (values: OrderValues): Promise<void> => {
    await run(async () => {
      onApproved(
        await campaignsApi.approveRegulation(campaign.id, { orderNumber: values.orderNumber.trim(), orderDate: values.orderDate }),
      );
    });
  };

  return (
    <Modal
      open
      title="Утверждение регламента мониторинга"
      okText="Утвердить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'regulation-approve-submit' }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<OrderValues>
        form={form}
        layout="vertical"
        initialValues={{ orderNumber: campaign.orderNumber ?? '', orderDate: campaign.orderDate ?? isoToday() }}
        onFinish={(v) => void save(v)}
        data-testid="regulation-approve-form"
      >
        <Form.Item
          label="Номер приказа"
          name="orderNumber"
          rules={[{ required: true, whitespace: true, message: 'Укажите номер приказа' }]}
        >
          <Input maxLength={50} placeholder="Например, 245-од" data-testid="regulation-order-number" />
        </Form.Item>
        <Form.Item
          label="Дата приказа"
          name="orderDate"
          rules={[
            { required: true, message: 'Укажите дату приказа' },
            {
              validator: (_r, v: string | undefined) =>
                !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Укажите дату как дд.мм.гггг')),
            },
          ]}
          style={{ marginBottom: 0 }}
        >
          <CampaignDateInput testId="regulation-order-date" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
