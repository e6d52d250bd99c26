import { Alert, Checkbox, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import { periodsApi } from '../../api/periods-api.ts';
import { scoringApi, type RoundDetail } from '../../api/scoring-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { ROUND_KIND_LABELS } from '../../lib/scoring-labels.ts';
import {
  buildRoundInput,
  eligibleScorer,
  objectsWithoutScorers,
  roundObjects,
  type RoundFormValues,
  type ScorerChoice,
} from '../../lib/scoring-round-input.ts';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { PeriodField } from '../../components/period-field.tsx';
import { ScoringObjectsPicker } from './scoring-objects-picker.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { catalogueOption } from '../../lib/catalogue-option.ts';

interface ScoringRoundCreateModalProps {
  onClose: () => void;
  onCreated: (round: RoundDetail) => void;
}

const noMargin = { marginBottom: 12 };

/** «Открыть раунд»: name, mechanisms methodology, period, kind, territory, the optional direction, objects and their experts. */
export function ScoringRoundCreateModal({ onClose, onCreated }: ScoringRoundCreateModalProps) {
  const [form] = Form.useForm<RoundFormValues>();
  const { saving, error, run, setError } = useSubmit();
  const [selected, setSelected] = useState<number[]>([]);
  const [choice, setChoice] = useState<ScorerChoice>({});
  const [missing, setMissing] = useState<ReadonlySet<number>>(new Set());
  const scopeOrgId = Form.useWatch('scopeOrgId', form);
  const kind = Form.useWatch('kind', form) ?? 'expert';

  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const periods = useAsyncData((signal) => periodsApi.list(signal), []);
  const scorers = useAsyncData((signal) => scoringApi.scorers(kind, scopeOrgId ?? null, signal), [kind, scopeOrgId]);
  const territory = useAsyncData(
    async (signal) =>
      scopeOrgId ? { scope: await orgsApi.get(scopeOrgId, signal), children: await orgsApi.children(scopeOrgId, signal) } : null,
    [scopeOrgId],
  );
  const mechanisms = useMemo(() => (catalogues.data ?? []).filter((c) => c.kind === 'mechanisms'), [catalogues.data]);
  const objects = useMemo(
    () =>
      roundObjects(territory.data?.scope, territory.data?.children ?? [], kind).map((o) => ({
        id: o.id,
        code: o.code,
        name: o.shortName ?? o.name,
      })),
    [territory.data, kind],
  );
  const eligible = useMemo(() => (scorers.data ?? []).filter((u) => eligibleScorer(u.role, kind)), [scorers.data, kind]);

  // A new territory or kind: every object chosen, nobody assigned yet.
  useEffect(() => {
    setSelected(objects.map((o) => o.id));
    setChoice({});
    setMissing(new Set());
  }, [objects]);

  useEffect(() => {
    const first = mechanisms[0];
    if (first && form.getFieldValue('frameworkId') === undefined) form.setFieldValue('frameworkId', first.id);
  }, [mechanisms, form]);

  const save = async (values: RoundFormValues): Promise<void> => {
    setError(null);
    if (selected.length === 0) {
      setError('Отметьте хотя бы один объект оценки.');
      return;
    }
    const unassigned = objectsWithoutScorers(selected, choice);
    setMissing(new Set(unassigned));
    if (unassigned.length > 0) {
      setError(`Назначьте экспертов каждому отмеченному объекту: без экспертов — ${unassigned.length}.`);
      return;
    }
    await run(async () => {
      onCreated(await scoringApi.create(buildRoundInput(values, selected, choice)));
    });
  };

  const loadError = catalogues.error ?? periods.error ?? territory.error;
  return (
    <Modal
      open
      title="Новый раунд оценки механизмов"
      width={920}
      okText="Открыть раунд"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'round-create-submit' }}
      mask={{ closable: false }}
      destroyOnHidden
      centered
    >
      {error || loadError ? (
        <Alert
          type="error"
          showIcon
          title={error ?? errorMessage(loadError)}
          style={{ marginBottom: 12 }}
          data-testid="round-create-error"
        />
      ) : null}
      {scorers.error ? (
        <Alert type="warning" showIcon title={errorMessage(scorers.error)} style={{ marginBottom: 12 }} data-testid="round-scorers-error" />
      ) : null}
      <Form<RoundFormValues>
        form={form}
        layout="vertical"
        size="middle"
        initialValues={{ kind: 'expert', includeOptional: false }}
        onFinish={(v) => void save(v)}
        data-testid="round-create-form"
      >
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              label="Название"
              name="name"
              rules={[{ required: true, whitespace: true, message: 'Укажите название раунда' }]}
              style={noMargin}
            >
              <Input maxLength={300} placeholder="Например: Экспертная оценка механизмов управления, 2025" data-testid="round-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <PeriodField
              periods={periods.data ?? []}
              loading={periods.loading}
              placeholder="Оцениваемый период"
              popupClassName="round-period-popup"
              testId="round-period"
              searchable
              style={noMargin}
            />
          </Col>
        </Row>
        <Form.Item
          label="Методика механизмов управления"
          name="frameworkId"
          rules={[{ required: true, message: 'Выберите методику' }]}
          style={noMargin}
        >
          <Select<number>
            loading={catalogues.loading}
            placeholder="Методика с позициями оценивания"
            options={mechanisms.map(catalogueOption)}
            classNames={{ popup: { root: 'round-framework-popup' } }}
            data-testid="round-framework"
          />
        </Form.Item>
        <Row gutter={12} align="bottom">
          <Col span={7}>
            <Form.Item label="Вид оценки" name="kind" style={noMargin}>
              <Radio.Group
                optionType="button"
                options={(['expert', 'self'] as const).map((k) => ({ value: k, label: ROUND_KIND_LABELS[k] }))}
                data-testid="round-kind"
              />
            </Form.Item>
          </Col>
          <Col span={11}>
            <Form.Item label="Территория" name="scopeOrgId" rules={[{ required: true, message: 'Выберите территорию' }]} style={noMargin}>
              <CampaignTerritorySelect prefer="scope" testId="round-territory" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="includeOptional" valuePropName="checked" style={noMargin}>
              <Checkbox data-testid="round-include-optional">включить необязательное девятое направление</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={kind === 'self' ? 'Объект самооценки и кто её проводит' : 'Объекты оценки и эксперты'}
          required
          style={{ marginBottom: 0 }}
        >
          <ScoringObjectsPicker
            objects={objects}
            loading={territory.loading}
            scorers={eligible}
            scorersLoading={scorers.loading}
            selected={selected}
            onSelect={setSelected}
            choice={choice}
            onChoice={(next) => {
              setChoice(next);
              setMissing(new Set([...missing].filter((id) => (next[id] ?? []).length === 0)));
            }}
            missing={missing}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
