import { List } from 'antd';
import { personnelApi } from '../../api/personnel-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { CANDIDATE_STATUS_NAMES, type CandidateStatus } from '../../lib/personnel-labels.ts';

/** `/personnel/me`: the records of the register that are about the user themselves. */
export function MyPersonnelPage() {
  const me = useAsyncData((signal) => personnelApi.me(signal), []);
  if (me.error) return <ErrorAlert error={me.error} onRetry={me.reload} />;
  const items = [
    ...(me.data?.leaders ?? []).map((l) => ({
      key: `l${l.id}`,
      to: `/leaders/${l.id}`,
      text: `Карточка руководителя: ${l.postTitle}, ${l.orgName}`,
    })),
    ...(me.data?.candidates ?? []).map((c) => ({
      key: `c${c.id}`,
      to: `/reserve/candidates/${c.id}`,
      text: `Кадровый резерв: ${c.targetPost} (${CANDIDATE_STATUS_NAMES[c.status as CandidateStatus]})`,
    })),
  ];
  return (
    <div className="panel page-panel" data-testid="my-personnel-page">
      <PageTitle title="Мои кадровые записи" />
      <List
        loading={me.loading}
        dataSource={items}
        locale={{ emptyText: 'Записей о вас в реестре руководителей и кадровом резерве нет.' }}
        renderItem={(i) => (
          <List.Item>
            <AppLink to={i.to}>{i.text}</AppLink>
          </List.Item>
        )}
      />
    </div>
  );
}
