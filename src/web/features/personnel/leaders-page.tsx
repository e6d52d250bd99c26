import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { personnelApi, type LeaderList, type LeaderRow } from '../../api/personnel-api.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LeaderFormModal } from './leader-form-modal.tsx';
import { LeaderZoneTag } from './leader-zone-tag.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { navigate } from '../../hooks/use-location-path.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { EDUCATION_LEVEL_NAMES, POST_KIND_NAMES } from '../../lib/personnel-labels.ts';

/** `/leaders`: the register of the municipality's leaders and management teams, with each head's zone. */
export function LeadersPage() {
  const [municipalityId, setMunicipalityId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const [past, setPast] = useState(false);
  const register = useAsyncData(
    (signal) => (municipalityId ? personnelApi.leaders(municipalityId, signal) : Promise.resolve<LeaderList | undefined>(undefined)),
    [municipalityId],
  );
  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('ru');
    return (register.data?.leaders ?? []).filter(
      (l) => (past || l.inPost) && (!q || l.fullName.toLocaleLowerCase('ru').includes(q) || l.org.name.toLocaleLowerCase('ru').includes(q)),
    );
  }, [register.data, query, past]);
  const data = register.data;

  return (
    <div className="panel page-panel" data-testid="leaders-page">
      <PageTitle
        title="Руководители образовательных организаций"
        extra={
          data ? (
            <Space wrap>
              <Button
                icon={<FileExcelOutlined />}
                href={personnelApi.exportUrl(data.municipality.id)}
                download
                data-testid="personnel-export"
              >
                Выгрузить в Excel
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="leader-add">
                Добавить руководителя
              </Button>
            </Space>
          ) : null
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="Персональные данные: реестр видят только муниципальный оператор и администратор, каждый просмотр и выгрузка записываются в журнал. Руководитель видит свою карточку сам."
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Муниципалитет:</span>
        <CampaignTerritorySelect
          prefer="municipality"
          value={municipalityId}
          onChange={setMunicipalityId}
          testId="leaders-territory"
          style={{ width: 360 }}
        />
        <Input.Search
          allowClear
          placeholder="ФИО или организация"
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 280 }}
          data-testid="leaders-search"
        />
        <Button onClick={() => setPast((p) => !p)} type={past ? 'primary' : 'default'} ghost={past}>
          {past ? 'Только занимающие должность' : 'Показать и освободивших должность'}
        </Button>
      </Space>
      {register.error ? <ErrorAlert error={register.error} onRetry={register.reload} /> : null}
      {data?.vacancies.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="leader-vacancies"
          title={`Без руководителя: ${data.vacancies.map((v) => `«${v.name}»`).join(', ')}. Назначить можно из кадрового резерва.`}
          action={<Button onClick={() => navigate('/reserve')}>Кадровый резерв</Button>}
        />
      ) : null}
      {data ? (
        <p className="muted">
          Зона руководителя и управленческой команды — по сводному баллу организации в рейтинге «
          {data.catalogue?.name ?? 'методика не загружена'}» за последний рассчитанный период: зелёная от{' '}
          {formatNumber(data.zones.greenMin, 2)} баллов, жёлтая от {formatNumber(data.zones.yellowMin, 2)}, ниже — красная (пороги меняются
          на странице «Кадровый резерв»).
        </p>
      ) : null}
      <Table<LeaderRow>
        rowKey="id"
        size="small"
        loading={register.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        data-testid="leaders-table"
        onRow={(r) => ({ 'data-testid': `leader-row-${r.id}` }) as object}
        columns={[
          {
            title: 'Организация',
            key: 'org',
            render: (_: unknown, r) => <span title={r.org.name}>{r.org.shortName ?? r.org.name}</span>,
            sorter: (a, b) => a.org.name.localeCompare(b.org.name, 'ru'),
          },
          {
            title: 'ФИО',
            key: 'name',
            render: (_: unknown, r) => <AppLink to={`/leaders/${r.id}`}>{r.fullName}</AppLink>,
            sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'ru'),
          },
          {
            title: 'Должность',
            key: 'post',
            render: (_: unknown, r) => (
              <>
                {r.postTitle} <span className="muted">({POST_KIND_NAMES[r.postKind]})</span>
                {r.inPost ? null : <Tag style={{ marginLeft: 4 }}>до {formatDate(r.leftOn)}</Tag>}
              </>
            ),
          },
          { title: 'Назначен', dataIndex: 'appointedOn', render: (d: string) => formatDate(d), width: 110 },
          { title: 'Образование', key: 'edu', render: (_: unknown, r) => EDUCATION_LEVEL_NAMES[r.educationLevel], width: 130 },
          {
            title: 'Подготовка по управлению',
            dataIndex: 'mgmtEducation',
            render: (v: string | null) => v ?? <span className="muted">нет</span>,
          },
          { title: 'Повышение квалификации', dataIndex: 'lastTraining', render: (d: string | null) => formatDate(d), width: 130 },
          {
            title: 'Зона',
            key: 'zone',
            width: 170,
            render: (_: unknown, r) =>
              r.postKind === 'head' ? <LeaderZoneTag zone={r.zone} score={r.score} /> : <span className="muted">в команде</span>,
          },
        ]}
      />
      {adding && data ? (
        <LeaderFormModal
          municipalityId={data.municipality.id}
          organisations={data.organisations}
          onClose={() => setAdding(false)}
          onDone={(l) => {
            setAdding(false);
            navigate(`/leaders/${l.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
