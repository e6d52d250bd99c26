import { Flex, Popover, Typography } from 'antd';
import type { CampaignDetail } from '../../api/campaigns-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatDate } from '../../lib/format-date.ts';
import { pluralRu } from '../../lib/plural-ru.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Fact } from '../../components/fact.tsx';

/** The campaign's name and facts: period, methodology, territory, dates, responsible, indicators. */
export function CampaignHeader({ campaign }: { campaign: CampaignDetail }) {
  useDocumentTitle(campaign.name);
  const n = campaign.indicators.length;
  const list = (
    <ul style={{ margin: 0, paddingLeft: 18, maxWidth: 560, maxHeight: 320, overflow: 'auto' }}>
      {campaign.indicators.map((i) => (
        <li key={i.code}>
          <b>{i.code}</b> — {i.name}
        </li>
      ))}
    </ul>
  );
  return (
    <div data-testid="campaign-header">
      <AppLink to="/campaigns" style={{ fontSize: 13 }}>
        ← Сбор данных
      </AppLink>
      <Typography.Title level={1} style={{ margin: '2px 0 6px' }} data-testid="campaign-title">
        {campaign.name}
      </Typography.Title>
      <Flex wrap gap="2px 20px" style={{ fontSize: 13 }}>
        <Fact label="Период">{campaign.periodName}</Fact>
        <Fact label="Методика">{campaign.catalogueName}</Fact>
        <Fact label="Территория">{campaign.scopeName}</Fact>
        <Fact label="Сроки" testId="campaign-dates">
          {formatDate(campaign.startsOn)} — {formatDate(campaign.deadline)}
        </Fact>
        <Fact label="Ответственный">{campaign.responsible}</Fact>
        <Fact label="Показатели">
          <Popover content={list} title="Показатели кампании" placement="bottomLeft">
            <Typography.Link data-testid="campaign-indicators-count">
              {campaign.indicatorCodes === null ? 'все собираемые у организаций, ' : ''}
              {n} {pluralRu(n, 'показатель', 'показателя', 'показателей')}
            </Typography.Link>
          </Popover>
        </Fact>
      </Flex>
    </div>
  );
}
