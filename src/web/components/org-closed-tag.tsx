import { Tag } from 'antd';
import { orgClosedLabel } from '../lib/org-closed-label.ts';

/** «закрыта с dd.mm.yyyy» / «присоединена к …» beside a closed organisation's name; nothing for a working one. */
export function OrgClosedTag({ org }: { org: { id: number; closedOn: string | null; mergedInto: { name: string } | null } }) {
  const label = orgClosedLabel(org);
  return label ? (
    <Tag color="default" className="org-closed-tag" data-testid={`org-closed-${org.id}`}>
      {label}
    </Tag>
  ) : null;
}
