import type { OrgSummary } from '../../api/types.ts';
import { OrgKindIcon } from '../../components/org-kind-icon.tsx';
import { OrgClosedTag } from '../../components/org-closed-tag.tsx';
import { OrgKindTag } from '../../components/org-kind-tag.tsx';

/** Tree node label: icon, (short) name, kind/type tag and the number of children. */
export function OrgTreeTitle({ org }: { org: OrgSummary }) {
  return (
    <span
      className="org-node"
      data-testid={`org-node-${org.id}`}
      data-org-id={org.id}
      data-org-kind={org.kind}
      data-org-type={org.type ?? ''}
      data-org-name={org.name}
    >
      <OrgKindIcon org={org} />
      <span className="org-node-name">{org.shortName || org.name}</span>
      <OrgKindTag org={org} />
      <OrgClosedTag org={org} />
      {org.childCount > 0 ? <span className="org-node-count">{org.childCount}</span> : null}
    </span>
  );
}
