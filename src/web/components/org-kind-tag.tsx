import { Tag } from 'antd';
import type { OrgSummary } from '../api/types.ts';
import { orgTypeColor, orgTypeLabel } from '../lib/labels.ts';

/** Coloured tag «Регион», «Муниципалитет», «Школа», «Детский сад», … */
export function OrgKindTag({ org }: { org: Pick<OrgSummary, 'kind' | 'type'> }) {
  return (
    <Tag color={orgTypeColor(org)} className="org-kind-tag" variant="filled">
      {orgTypeLabel(org)}
    </Tag>
  );
}
