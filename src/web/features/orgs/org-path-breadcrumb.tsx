import { Breadcrumb } from 'antd';
import type { OrgDetail } from '../../api/types.ts';

interface OrgPathBreadcrumbProps {
  org: OrgDetail;
  /** Whether an ancestor may be opened (it is inside the caller's scope). */
  canOpen: (id: number) => boolean;
  onOpen: (id: number) => void;
}

/** Ancestors from the root down to the organisation itself. */
export function OrgPathBreadcrumb({ org, canOpen, onOpen }: OrgPathBreadcrumbProps) {
  const items = org.path.map((item) => ({
    key: String(item.id),
    title: canOpen(item.id) ? (
      <a
        href={`/orgs/${item.id}`}
        onClick={(event) => {
          event.preventDefault();
          onOpen(item.id);
        }}
      >
        {item.name}
      </a>
    ) : (
      item.name
    ),
  }));
  items.push({ key: String(org.id), title: org.shortName || org.name });
  return <Breadcrumb items={items} className="org-breadcrumb" data-testid="org-breadcrumb" />;
}
