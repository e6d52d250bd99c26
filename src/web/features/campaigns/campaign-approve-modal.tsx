import { Form, Input } from 'antd';
import { campaignsApi, type CampaignDetail } from '../../api/campaigns-api.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { RequiredDateItem } from '../../components/required-date-item.tsx';
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
    <FormModal
      title="Утверждение регламента мониторинга"
      okText="Утвердить"
      testId="regulation-approve-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
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
        <RequiredDateItem
          label="Дата приказа"
          name="orderDate"
          requiredMessage="Укажите дату приказа"
          testId="regulation-order-date"
          style={{ marginBottom: 0 }}
        />
      </Form>
    </FormModal>
  );
}
