import { Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ShfnsuTab } from './shfnsu-tab.tsx';
import { ShnorTab } from './shnor-tab.tsx';

/**
 * `/schools-at-risk`: ШНОР (stably low results of ВПР, ОГЭ, ЕГЭ, НИКО by the methodology's rules, with the
 * evidence, trends and objectivity signals) and ШФНСУ (unfavourable social conditions from context data) of a
 * territory; both rules adjustable, both lists saved as organisation groups.
 */
export function SchoolsAtRiskPage() {
  const [territoryId, setTerritoryId] = useState<number | null>(null);
  return (
    <>
      <PageTitle title="Школы с рисками низких результатов" />
      <Flex vertical gap={12}>
        <Flex gap={12} align="center">
          <span>Территория</span>
          <CampaignTerritorySelect value={territoryId} onChange={setTerritoryId} prefer="scope" style={{ width: 360 }} />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Низкий результат — не менее 30 % участников процедуры получили «2» (ВПР) или не преодолели минимальный порог (ОГЭ, ЕГЭ); ШНОР —
          школа с низкими результатами в 2 из 3 последних лет. ШФНСУ — школа, у которой не менее двух контекстных факторов (сироты,
          малообеспеченные и неполные семьи, группы риска, учёт в ПДН, вакансии) выше порогов. Параметры правил меняются ниже.
        </Typography.Paragraph>
        {territoryId !== null && (
          <Tabs
            destroyOnHidden={false}
            items={[
              { key: 'shnor', label: 'ШНОР', children: <ShnorTab key={territoryId} territoryId={territoryId} /> },
              { key: 'shfnsu', label: 'ШФНСУ', children: <ShfnsuTab key={territoryId} territoryId={territoryId} /> },
            ]}
            data-testid="risk-tabs"
          />
        )}
      </Flex>
    </>
  );
}
