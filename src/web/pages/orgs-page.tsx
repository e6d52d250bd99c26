import { Button, Empty, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { orgRegisterApi } from '../api/org-register-api.ts';
import { orgsApi } from '../api/orgs-api.ts';
import type { OrgDetail } from '../api/types.ts';
import { OrgCard } from '../components/org-card.tsx';
import { OrgEditModal } from '../components/org-edit-modal.tsx';
import { OrgLoadError } from '../components/org-load-error.tsx';
import { OrgSearch } from '../components/org-search.tsx';
import { OrgTree } from '../components/org-tree.tsx';
import { useAsyncData } from '../hooks/use-async-data.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { navigate } from '../hooks/use-location-path.ts';
import { useOrgTree } from '../hooks/use-org-tree.ts';
import { useSession } from '../hooks/use-session.ts';
import { EDITOR_ROLES } from '../lib/labels.ts';

/** `/orgs` and `/orgs/:id`: organisation tree with search on the left, the card on the right. */
export function OrgsPage({ orgId }: { orgId: number | null }) {
  const { user } = useSession();
  const tree = useOrgTree();
  const detail = useAsyncData<OrgDetail | null>((signal) => (orgId === null ? Promise.resolve(null) : orgsApi.get(orgId, signal)), [orgId]);
  const [editing, setEditing] = useState(false);
  const org = detail.data ?? null;
  const { reveal, roots, replaceOrg } = tree;

  useDocumentTitle(org && org.id === orgId ? org.shortName || org.name : 'Организации');

  const open = useCallback((id: number) => navigate(`/orgs/${id}`), []);

  // Expand the tree down to the organisation shown in the card (also after a reload or a search).
  useEffect(() => {
    if (org && org.id === orgId) void reveal(org.path.map((p) => p.id));
  }, [org, orgId, reveal]);

  // With a single root (an operator's municipality or organisation), show its card right away.
  useEffect(() => {
    const only = roots?.length === 1 ? roots[0] : undefined;
    if (orgId === null && only) navigate(`/orgs/${only.id}`, { replace: true });
  }, [orgId, roots]);

  const onSaved = (saved: OrgDetail): void => {
    detail.setData(saved);
    replaceOrg(saved);
  };

  let card;
  if (orgId === null) {
    card = <Empty className="orgs-empty" description="Выберите организацию в дереве слева или найдите её через поиск" />;
  } else if (detail.error) {
    card = <OrgLoadError error={detail.error} onRetry={detail.reload} />;
  } else if (!org) {
    card = <Spin className="orgs-card-spin" />;
  } else {
    card = (
      <Spin spinning={detail.loading || org.id !== orgId}>
        <OrgCard org={org} canEdit={EDITOR_ROLES.has(user.role)} onEdit={() => setEditing(true)} canOpen={tree.contains} onOpen={open} />
      </Spin>
    );
  }

  return (
    <div className="orgs-page">
      <aside className="orgs-tree-panel panel">
        <div className="orgs-tree-header">
          <Typography.Title level={5} style={{ margin: 0 }}>
            Организации
          </Typography.Title>
          <OrgSearch onPick={open} />
          {EDITOR_ROLES.has(user.role) ? (
            <Space wrap>
              <Button size="small" onClick={() => navigate('/orgs/register')}>
                Загрузить реестр
              </Button>
              <Button size="small" href={orgRegisterApi.exportUrl(null)} download>
                Выгрузить реестр
              </Button>
            </Space>
          ) : null}
        </div>
        <div className="orgs-tree-scroll">
          <OrgTree model={tree} selectedId={orgId} onSelect={open} />
        </div>
      </aside>
      <section className="orgs-card-panel panel" data-testid="org-card-panel">
        {card}
      </section>
      {editing && org ? <OrgEditModal org={org} onClose={() => setEditing(false)} onSaved={onSaved} /> : null}
    </div>
  );
}
