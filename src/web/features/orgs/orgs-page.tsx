import { Button, Checkbox, Empty, Popconfirm, Space, Spin, Typography } from 'antd';
import { App } from 'antd';
import { errorMessage } from '../../api/api-error.ts';
import { useCallback, useEffect, useState } from 'react';
import { orgRegisterApi } from '../../api/org-register-api.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import type { OrgDetail } from '../../api/types.ts';
import { OrgCard } from './org-card.tsx';
import { OrgEditModal } from './org-edit-modal.tsx';
import { OrgLifeModal } from './org-life-modal.tsx';
import { OrgLoadError } from './org-load-error.tsx';
import { OrgSearch } from './org-search.tsx';
import { OrgTree } from './org-tree.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { useOrgTree } from '../../hooks/use-org-tree.ts';
import { useSession } from '../../hooks/use-session.ts';
import { EDITOR_ROLES } from '../../lib/labels.ts';

/** `/orgs` and `/orgs/:id`: organisation tree with search on the left, the card on the right. */
export function OrgsPage({ orgId }: { orgId: number | null }) {
  const { user } = useSession();
  const tree = useOrgTree();
  const detail = useAsyncData<OrgDetail | null>((signal) => (orgId === null ? Promise.resolve(null) : orgsApi.get(orgId, signal)), [orgId]);
  const [editing, setEditing] = useState(false);
  const [life, setLife] = useState<'close' | 'merge' | null>(null);
  const [hideClosed, setHideClosed] = useState(false);
  const { message } = App.useApp();
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

  const reopen = async (): Promise<void> => {
    if (!org) return;
    try {
      onSaved(await orgsApi.reopen(org.id));
      void message.success('Организация снова действует');
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const canEdit = EDITOR_ROLES.has(user.role);
  const lifeActions =
    org && canEdit && org.kind !== 'region' && org.id !== user.scopeOrgId ? (
      org.closedOn === null ? (
        <>
          <Button onClick={() => setLife('close')} data-testid="org-close-button">
            Закрыть
          </Button>
          <Button onClick={() => setLife('merge')} data-testid="org-merge-button">
            Присоединить к…
          </Button>
        </>
      ) : (
        <Popconfirm title="Открыть организацию снова?" okText="Открыть" cancelText="Отмена" onConfirm={() => void reopen()}>
          <Button data-testid="org-reopen-button">Открыть снова</Button>
        </Popconfirm>
      )
    ) : null;

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
        <OrgCard
          org={org}
          canEdit={canEdit}
          onEdit={() => setEditing(true)}
          canOpen={tree.contains}
          onOpen={open}
          lifeActions={lifeActions}
        />
      </Spin>
    );
  }

  return (
    <div className="orgs-page">
      <aside className="orgs-tree-panel panel">
        <div className="orgs-tree-header">
          <Typography.Title level={1} style={{ margin: 0 }}>
            Организации
          </Typography.Title>
          <OrgSearch onPick={open} hideClosed={hideClosed} />
          <Checkbox checked={hideClosed} onChange={(e) => setHideClosed(e.target.checked)} data-testid="org-hide-closed">
            Скрыть закрытые
          </Checkbox>
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
          <OrgTree model={tree} selectedId={orgId} onSelect={open} hideClosed={hideClosed} />
        </div>
      </aside>
      <section className="orgs-card-panel panel" data-testid="org-card-panel">
        {card}
      </section>
      {editing && org ? <OrgEditModal org={org} onClose={() => setEditing(false)} onSaved={onSaved} /> : null}
      {life && org ? <OrgLifeModal org={org} mode={life} onClose={() => setLife(null)} onSaved={onSaved} /> : null}
    </div>
  );
}
