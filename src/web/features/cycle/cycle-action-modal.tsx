import { Form, Input, Select } from 'antd';
import { managementApi, type CycleActionInput, type CycleActionView, type RecommendationView } from '../../api/management-api.ts';
import type { CatalogueDetail } from '../../api/types.ts';
import {
  ACT_KINDS,
  DECISION_KIND_EXAMPLES,
  DECISION_KIND_NAMES,
  DECISION_KINDS,
  type ActionKind,
} from '../../../domain/cycle/management.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { isoToday } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { FormModal } from '../../components/form-modal.tsx';

type Values = Omit<CycleActionInput, 'kind' | 'frameworkId'>;

/** Records a measure of the roadmap or a management decision (seed 003 §8–9), aimed at indicators and organisations. */
export function CycleActionModal({
  kind,
  territoryId,
  catalogue,
  directionCode,
  recommendations,
  measures,
  onClose,
  onDone,
}: {
  kind: ActionKind;
  territoryId: number;
  catalogue: CatalogueDetail;
  directionCode: string | null;
  recommendations: RecommendationView[];
  measures: CycleActionView[];
  onClose: () => void;
  onDone: (a: CycleActionView) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useSubmit();
  const orgs = useAsyncData((signal) => orgsApi.organisationsUnder(territoryId, signal), [territoryId]);
  const direction = Form.useWatch('directionCode', form) ?? directionCode;
  const decisionKind = Form.useWatch('decisionKind', form);
  const directions = catalogue.catalogue.blocks.flatMap((b) => b.directions);
  const indicators = (catalogue.catalogue.indicators ?? []).filter((i) => direction && i.directions.includes(direction));
  const decision = kind === 'decision';

  const save = async (v: Values) => {
    const saved = await run(() => managementApi.createAction(territoryId, { ...v, kind, frameworkId: catalogue.summary.id }));
    if (saved) onDone(saved);
  };
  return (
    <FormModal
      title={decision ? 'Управленческое решение' : 'Мероприятие дорожной карты'}
      okText="Записать"
      testId="action-submit"
      saving={saving}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
      width={760}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          directionCode: directionCode ?? undefined,
          startsOn: isoToday(),
          indicatorCodes: [],
          orgIds: [],
          recommendationIds: [],
          measureIds: [],
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="Направление" name="directionCode" rules={[{ required: true, message: 'Выберите направление' }]}>
          <Select
            options={directions.map((d) => ({ value: d.code, label: `${d.code}. ${d.name}` }))}
            onChange={() => form.setFieldValue('indicatorCodes', [])}
            data-testid="action-direction"
          />
        </Form.Item>
        {decision ? (
          <Form.Item
            label="Вид решения"
            name="decisionKind"
            rules={[{ required: true, message: 'Выберите вид решения' }]}
            extra={decisionKind ? `Например: ${DECISION_KIND_EXAMPLES[decisionKind]}` : undefined}
          >
            <Select
              options={DECISION_KINDS.map((k) => ({ value: k, label: DECISION_KIND_NAMES[k] }))}
              classNames={{ popup: { root: 'action-decision-kind-popup' } }}
              data-testid="action-decision-kind"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          label={decision ? 'Содержание решения' : 'Мероприятие'}
          name="title"
          rules={[{ required: true, whitespace: true, message: 'Заполните' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} data-testid="action-title" />
        </Form.Item>
        {decision ? (
          <div style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
            <Form.Item label="Акт" name="actKind" rules={[{ required: true, message: 'Вид акта' }]} style={{ width: 200, marginBottom: 0 }}>
              <Select
                options={ACT_KINDS.map((k) => ({ value: k, label: k }))}
                classNames={{ popup: { root: 'action-act-kind-popup' } }}
                data-testid="action-act-kind"
              />
            </Form.Item>
            <Form.Item
              label="Номер"
              name="actNumber"
              rules={[{ required: true, whitespace: true, message: 'Номер' }]}
              style={{ width: 160, marginBottom: 0 }}
            >
              <Input maxLength={100} data-testid="action-act-number" />
            </Form.Item>
            <Form.Item
              label="Дата акта"
              name="actDate"
              rules={[{ required: true, message: 'Дата' }]}
              style={{ width: 180, marginBottom: 0 }}
            >
              <CampaignDateInput testId="action-act-date" />
            </Form.Item>
          </div>
        ) : null}
        <div style={{ display: 'flex', gap: 8 }}>
          <Form.Item label="Начало" name="startsOn" rules={[{ required: true, message: 'Дата начала' }]} style={{ width: 180 }}>
            <CampaignDateInput testId="action-starts" />
          </Form.Item>
          <Form.Item label="Срок исполнения" name="deadline" rules={[{ required: true, message: 'Срок' }]} style={{ width: 180 }}>
            <CampaignDateInput testId="action-deadline" />
          </Form.Item>
          <Form.Item
            label="Ответственный"
            name="responsible"
            rules={[{ required: true, whitespace: true, message: 'Ответственный' }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={1000} data-testid="action-responsible" />
          </Form.Item>
        </div>
        {decision ? (
          <Form.Item label="Участники" name="participants" rules={[{ required: true, whitespace: true, message: 'Участники' }]}>
            <Input maxLength={2000} data-testid="action-participants" />
          </Form.Item>
        ) : null}
        <Form.Item
          label="Показатели, на которые направлено"
          name="indicatorCodes"
          rules={[{ required: true, message: 'Выберите показатели' }]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
            classNames={{ popup: { root: 'action-indicators-popup' } }}
            data-testid="action-indicators"
          />
        </Form.Item>
        <Form.Item label="Организации, на которые направлено" name="orgIds" rules={[{ required: true, message: 'Выберите организации' }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={orgs.loading}
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            classNames={{ popup: { root: 'action-orgs-popup' } }}
            data-testid="action-orgs"
          />
        </Form.Item>
        <Form.Item label="По рекомендациям" name="recommendationIds">
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={recommendations.map((r) => ({ value: r.id, label: `№ ${r.id}. ${r.orgName}: ${r.text.slice(0, 80)}` }))}
            classNames={{ popup: { root: 'action-recs-popup' } }}
            data-testid="action-recommendations"
          />
        </Form.Item>
        {decision ? (
          <Form.Item label="Закрепляет мероприятия" name="measureIds">
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={measures.map((m) => ({ value: m.id, label: `№ ${m.id}. ${m.title}` }))}
              classNames={{ popup: { root: 'action-measures-popup' } }}
              data-testid="action-measures"
            />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
