import { FileExcelOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { campaignsApi } from '../../api/campaigns-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignHeader } from './campaign-header.tsx';
import { CampaignProgressTable } from './campaign-progress-table.tsx';
import { CampaignRegulation } from './campaign-regulation.tsx';
import { CampaignStatusCounters } from './campaign-status-counters.tsx';
import { CampaignUploadButton } from './campaign-upload-button.tsx';
import { PageNotLoaded } from '../../components/page-not-loaded.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import { pluralRu } from '../../lib/plural-ru.ts';

/** `/campaigns/:id`: a campaign's facts, status counters, regulation, files and the progress of every participant. */
export function CampaignPage({ campaignId }: { campaignId: number }) {
  const { user } = useSession();
  const { data: campaign, error, loading, reload, setData } = useAsyncData((signal) => campaignsApi.get(campaignId, signal), [campaignId]);

  if (!campaign) {
    return (
      <PageNotLoaded
        error={error}
        loading={loading}
        onRetry={reload}
        unavailable={{
          forbidden: 'Нет доступа к кампании',
          notFound: 'Кампания не найдена',
          back: <AppLink to="/campaigns">Все кампании</AppLink>,
          testId: 'campaign-unavailable',
        }}
      />
    );
  }

  const representative = user.role === 'org_representative';
  return (
    <Flex vertical gap={12} data-testid="campaign-page">
      <div className="panel page-panel" style={{ padding: '12px 20px 14px' }}>
        <CampaignHeader campaign={campaign} />
        <Flex justify="space-between" align="center" wrap gap={10} style={{ marginTop: 12 }}>
          <CampaignStatusCounters counts={campaign.counts} />
          <Flex wrap gap={8}>
            {representative ? null : (
              <Button
                href={campaignsApi.progressUrl(campaign.id)}
                download
                icon={<UnorderedListOutlined />}
                data-testid="campaign-progress-xlsx"
              >
                Выгрузить список
              </Button>
            )}
            {campaign.manages ? (
              <>
                <Button href={campaignsApi.templateUrl(campaign.id)} download icon={<FileExcelOutlined />} data-testid="campaign-template">
                  Шаблон для всех
                </Button>
                <CampaignUploadButton campaignId={campaign.id} label="Загрузить заполненный файл" onUploaded={reload} />
              </>
            ) : null}
          </Flex>
        </Flex>
        <div style={{ marginTop: 12, paddingTop: 10, borderTop: '1px solid #f0f0f0' }}>
          <CampaignRegulation campaign={campaign} onChange={(next) => setData(next)} />
        </div>
      </div>
      <div className="panel page-panel" style={{ padding: '12px 20px' }}>
        <Typography.Title level={2} className="section-title">
          Ход сбора: {campaign.participants} {pluralRu(campaign.participants, 'участник', 'участника', 'участников')}
          <span className="section-title-note">принято {campaign.accepted}</span>
        </Typography.Title>
        <CampaignProgressTable campaignId={campaign.id} rows={campaign.rows} />
      </div>
    </Flex>
  );
}
