import { CheckOutlined, FileWordOutlined, GlobalOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { campaignsApi, type CampaignDetail } from '../../api/campaigns-api.ts';
import { formatDate } from '../../lib/format-date.ts';
import { CampaignApproveModal } from './campaign-approve-modal.tsx';

interface CampaignRegulationProps {
  campaign: CampaignDetail;
  onChange: (campaign: CampaignDetail) => void;
}

/** The monitoring regulation: the DOCX, the order that approved it, and its publication. */
export function CampaignRegulation({ campaign, onChange }: CampaignRegulationProps) {
  const { message } = App.useApp();
  const [approving, setApproving] = useState(false);
  const [publishing, setPublishing] = useState(false);

  const publish = async (): Promise<void> => {
    setPublishing(true);
    try {
      onChange(await campaignsApi.publishRegulation(campaign.id));
      void message.success('Регламент опубликован');
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setPublishing(false);
    }
  };

  return (
    <Flex align="center" wrap gap={10} data-testid="campaign-regulation">
      <Typography.Text strong>Регламент мониторинга:</Typography.Text>
      <Button
        size="small"
        href={campaignsApi.regulationUrl(campaign.id)}
        download
        icon={<FileWordOutlined />}
        data-testid="regulation-docx"
      >
        Регламент (DOCX)
      </Button>
      {campaign.orderNumber ? (
        <span data-testid="regulation-order">
          Утверждён приказом № {campaign.orderNumber} от {formatDate(campaign.orderDate)}
        </span>
      ) : (
        <Typography.Text type="secondary" data-testid="regulation-order">
          не утверждён
        </Typography.Text>
      )}
      {campaign.published ? (
        <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="regulation-published">
          опубликован
        </Tag>
      ) : null}
      {campaign.manages && !campaign.published ? (
        <Button size="small" icon={<CheckOutlined />} onClick={() => setApproving(true)} data-testid="regulation-approve">
          {campaign.orderNumber ? 'Изменить реквизиты приказа' : 'Утвердить'}
        </Button>
      ) : null}
      {campaign.manages && campaign.orderNumber && !campaign.published ? (
        <Button size="small" icon={<GlobalOutlined />} loading={publishing} onClick={() => void publish()} data-testid="regulation-publish">
          Опубликовать
        </Button>
      ) : null}
      {approving ? (
        <CampaignApproveModal
          campaign={campaign}
          onClose={() => setApproving(false)}
          onApproved={(next) => {
            setApproving(false);
            onChange(next);
            void message.success('Регламент утверждён');
          }}
        />
      ) : null}
    </Flex>
  );
}
