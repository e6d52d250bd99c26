import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Input, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { managementApi } from '../../api/management-api.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import { personnelApi } from '../../api/personnel-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';

interface Draft {
  key: string;
  orgId: number | null;
  orgName: string;
  text: string;
  finding: { kind: string; text: string; indicator?: string } | null;
  picked: boolean;
  leaderId: number | null;
}

/** «Адресные рекомендации»: the report's suggestions (organisations its deficits name), edited, plus any organisation added by hand. */
export function RecommendationCreateModal({
  reportId,
  territoryId,
  onClose,
  onDone,
}: {
  reportId: number;
  territoryId: number;
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const suggestions = useAsyncData((signal) => managementApi.suggestions(reportId, signal), [reportId]);
  const orgs = useAsyncData((signal) => orgsApi.organisationsUnder(territoryId, signal), [territoryId]);
  // Leaders can be addressed too, where the caller keeps the register (personal data: others get none).
  const leaders = useAsyncData(
    (signal) =>
      personnelApi
        .leaders(territoryId, signal)
        .then((r) => r.leaders.filter((l) => l.inPost))
        .catch(() => []),
    [territoryId],
  );
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [dueOn, setDueOn] = useState('');
  const { saving, error, run, setError } = useSubmit();

  useEffect(() => {
    if (suggestions.data)
      setDrafts(
        suggestions.data.map((s, i) => ({
          key: `s${i}`,
          orgId: s.orgId,
          orgName: s.orgName,
          text: s.text,
          finding: s.finding,
          picked: true,
          leaderId: null,
        })),
      );
  }, [suggestions.data]);

  const patch = (key: string, p: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...p } : d)));
  const picked = drafts.filter((d) => d.picked);
  const save = async () => {
    if (picked.length === 0) return setError('Отметьте хотя бы одну рекомендацию.');
    if (picked.some((d) => d.orgId === null)) return setError('Выберите организацию в каждой добавленной строке.');
    const done = await run(() =>
      managementApi.createRecommendations(
        reportId,
        picked.map((d) => ({ orgId: d.orgId as number, leaderId: d.leaderId, text: d.text, dueOn, finding: d.finding })),
      ),
    );
    if (done) onDone(done.ids.length);
  };

  return (
    <FormModal
      title="Адресные рекомендации по отчёту"
      okText={`Направить (${picked.length})`}
      testId="rec-create-submit"
      saving={saving}
      error={error}
      onOk={() => void save()}
      onClose={onClose}
      width={860}
    >
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <span>Срок исполнения для всех:</span>
        <CampaignDateInput value={dueOn} onChange={setDueOn} testId="rec-create-due" style={{ width: 160 }} />
      </Flex>
      {suggestions.loading ? <Spin /> : null}
      {!suggestions.loading && drafts.length === 0 ? (
        <Empty description="Отчёт не называет организаций с дефицитами: добавьте рекомендацию вручную" />
      ) : null}
      <Flex vertical gap={10} data-testid="rec-create-list">
        {drafts.map((d) => (
          <Flex key={d.key} gap={8} align="start" data-testid={`rec-draft-${d.key}`}>
            <Checkbox checked={d.picked} onChange={(e) => patch(d.key, { picked: e.target.checked })} style={{ marginTop: 6 }} />
            <Flex vertical gap={4} style={{ flex: 1 }}>
              {d.key.startsWith('s') ? (
                <Typography.Text strong>{d.orgName}</Typography.Text>
              ) : (
                <Select<number>
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="Организация"
                  value={d.orgId ?? undefined}
                  loading={orgs.loading}
                  options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  onChange={(orgId) => patch(d.key, { orgId })}
                  classNames={{ popup: { root: 'rec-org-popup' } }}
                  data-testid={`rec-draft-org-${d.key}`}
                />
              )}
              {(leaders.data ?? []).some((l) => l.org.id === d.orgId) ? (
                <Select<number>
                  allowClear
                  placeholder="Организации в целом (или выберите руководителя)"
                  value={d.leaderId ?? undefined}
                  options={(leaders.data ?? [])
                    .filter((l) => l.org.id === d.orgId)
                    .map((l) => ({ value: l.id, label: `${l.fullName}, ${l.postTitle}` }))}
                  onChange={(leaderId) => patch(d.key, { leaderId: leaderId ?? null })}
                  style={{ maxWidth: 480 }}
                  data-testid={`rec-draft-leader-${d.key}`}
                />
              ) : null}
              {d.finding ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  Дефицит: {d.finding.text}
                </Typography.Text>
              ) : null}
              <Input.TextArea
                value={d.text}
                onChange={(e) => patch(d.key, { text: e.target.value })}
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={4000}
                data-testid={`rec-draft-text-${d.key}`}
              />
            </Flex>
            {d.key.startsWith('m') ? (
              <Button icon={<DeleteOutlined />} onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))} aria-label="Убрать" />
            ) : null}
          </Flex>
        ))}
      </Flex>
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 12 }}
        onClick={() =>
          setDrafts((ds) => [
            ...ds,
            { key: `m${ds.length}-${Date.now()}`, orgId: null, orgName: '', text: '', finding: null, picked: true, leaderId: null },
          ])
        }
        data-testid="rec-create-add"
      >
        Добавить организацию
      </Button>
    </FormModal>
  );
}
