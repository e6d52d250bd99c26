import type { OrgSummary } from '../api/types.ts';
import { OrgKindIcon } from './org-kind-icon.tsx';
import { OrgClosedTag } from './org-closed-tag.tsx';
import { OrgKindTag } from './org-kind-tag.tsx';

/** Dropdown row for an organisation: short name, full name, kind tag and code. */
export function OrgOptionLabel({ org }: { org: OrgSummary }) {
  return (
    <div className="org-search-option" data-testid={`org-search-option-${org.id}`} title={org.name}>
      <OrgKindIcon org={org} />
      <div className="org-search-option-text">
        <div className="org-search-option-name">{org.shortName || org.name}</div>
        {org.shortName ? <div className="org-search-option-full">{org.name}</div> : null}
      </div>
      <OrgKindTag org={org} />
      <OrgClosedTag org={org} />
      <span className="org-search-option-code">{org.code}</span>
    </div>
  );
}
