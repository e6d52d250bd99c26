import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { campaignsApi } from '../../api/campaigns-api.ts';
import { CampaignCreateModal } from './campaign-create-modal.tsx';
import { CampaignListTable } from './campaign-list-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { useSession } from '../../hooks/use-session.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../../lib/campaign-status.ts';

/** `/campaigns` («Сбор данных»): the data collection campaigns; operators create new ones. */
export function CampaignsPage() {
  const { user } = useSession();
  const { data, error, loading, reload } = useAsyncData((signal) => campaignsApi.list(signal), []);
  const [creating, setCreating] = useState(false);
  const operator = CAMPAIGN_OPERATOR_ROLES.has(user.role);

  return (
    <div className="panel page-panel" data-testid="campaigns-page">
      <PageTitle
        title="Сбор данных"
        extra={
          operator ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-create">
              Создать кампанию
            </Button>
          ) : null
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <CampaignListTable items={data ?? []} loading={loading} representative={user.role === 'org_representative'} />
      {creating ? (
        <CampaignCreateModal
          onClose={() => setCreating(false)}
          onCreated={(campaign) => {
            setCreating(false);
            navigate(`/campaigns/${campaign.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
