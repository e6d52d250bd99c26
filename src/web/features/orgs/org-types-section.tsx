import { Flex, Statistic, Typography } from 'antd';
import type { OrgDetail } from '../../api/types.ts';
import { OrgTypesChart } from './org-types-chart.tsx';

/** «Организации по типам» for a region or municipality. */
export function OrgTypesSection({ org }: { org: OrgDetail }) {
  const total = Object.values(org.childrenByType).reduce((sum, n) => sum + n, 0);
  return (
    <section className="org-section" data-testid="org-types-section">
      <Typography.Title level={2} className="org-section-title">
        Организации по типам
      </Typography.Title>
      <Flex gap={24} align="center" className="org-types-body">
        <Flex vertical gap={12} className="org-types-stats">
          <Statistic title="Всего организаций" value={total} />
          {org.kind === 'region' ? <Statistic title="Муниципалитетов" value={org.childCount} /> : null}
        </Flex>
        <div className="org-types-chart-wrap">
          <OrgTypesChart counts={org.childrenByType} />
        </div>
      </Flex>
    </section>
  );
}
