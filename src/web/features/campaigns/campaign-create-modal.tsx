import { Alert, Checkbox, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { ORG_TYPES } from '../../../domain/org/org-kind.ts';
import { errorMessage } from '../../api/api-error.ts';
import { campaignsApi, type CampaignDetail } from '../../api/campaigns-api.ts';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import { orgsApi } from '../../api/orgs-api.ts';
import { periodsApi } from '../../api/periods-api.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { useSession } from '../../hooks/use-session.ts';
import {
  buildCampaignInput,
  chosenPeriodKind,
  indicatorOptionLabel,
  indicatorOrgTypes,
  periodsOfKind,
  reportedIndicators,
  type CampaignFormValues,
} from '../../lib/campaign-input.ts';
import { TYPE_LABELS } from '../../lib/labels.ts';
import { isIsoDate } from '../../lib/campaign-dates.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';
import { PeriodField } from '../../components/period-field.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { catalogueOption } from '../../lib/catalogue-option.ts';

interface CampaignCreateModalProps {
  onClose: () => void;
  onCreated: (campaign: CampaignDetail) => void;
}

const noMargin = { marginBottom: 12 };

const dateRule = {
  validator: (_rule: unknown, v: string | undefined) =>
    !v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error('Укажите дату как дд.мм.гггг')),
};

/** «Создать кампанию»: methodology, indicators, period, territory, participants, responsible and dates (POST /api/campaigns). */
export function CampaignCreateModal({ onClose, onCreated }: CampaignCreateModalProps) {
  const { user } = useSession();
  const [form] = Form.useForm<CampaignFormValues>();
  const { saving, error, run } = useSubmit();
  const frameworkId = Form.useWatch('frameworkId', form);
  const periodId = Form.useWatch('periodId', form);
  const scopeOrgId = Form.useWatch('scopeOrgId', form);
  const codes = Form.useWatch('indicatorCodes', form);

  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const periods = useAsyncData((signal) => periodsApi.list(signal), []);
  const detail = useAsyncData(
    (signal) => (frameworkId ? cataloguesApi.get(frameworkId, signal) : Promise.resolve(undefined)),
    [frameworkId],
  );
  const orgs = useAsyncData((signal) => (scopeOrgId ? orgsApi.children(scopeOrgId, signal) : Promise.resolve([])), [scopeOrgId]);

  const indicators = useMemo(() => reportedIndicators(detail.data?.catalogue.indicators ?? []), [detail.data]);
  const period = periods.data?.find((p) => p.id === periodId);
  const chosen = codes ?? [];
  const periodKind = chosenPeriodKind(indicators, chosen);
  const offered = period ? indicators.filter((i) => i.periodKind === period.kind) : indicators;
  const concerned = new Set(indicatorOrgTypes(offered, chosen));
  const organisations = (orgs.data ?? []).filter((o) => o.kind === 'organisation');

  const save = async (values: CampaignFormValues): Promise<void> => {
    await run(async () => {
      onCreated(await campaignsApi.create(buildCampaignInput(values)));
    });
  };

  const loadError = catalogues.error ?? periods.error ?? detail.error;
  return (
    <Modal
      open
      title="Новая кампания сбора данных"
      width={820}
      okText="Создать"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'campaign-create-submit' }}
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
          data-testid="campaign-create-error"
        />
      ) : null}
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        size="middle"
        initialValues={{ responsible: user.fullName, orgTypes: [], orgIds: [], indicatorCodes: [] }}
        onFinish={(v) => void save(v)}
        data-testid="campaign-create-form"
      >
        <Form.Item
          label="Название"
          name="name"
          rules={[{ required: true, whitespace: true, message: 'Укажите название кампании' }]}
          style={noMargin}
        >
          <Input
            maxLength={200}
            placeholder="Например: Мониторинг качества подготовки обучающихся, 2025/2026"
            data-testid="campaign-name"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item label="Методика" name="frameworkId" rules={[{ required: true, message: 'Выберите методику' }]} style={noMargin}>
              <Select<number>
                loading={catalogues.loading}
                placeholder="Методика с показателями"
                options={(catalogues.data ?? []).filter((c) => c.kind === 'indicators').map(catalogueOption)}
                onChange={() => form.setFieldValue('indicatorCodes', [])}
                classNames={{ popup: { root: 'campaign-framework-popup' } }}
                data-testid="campaign-framework"
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <PeriodField
              periods={periodsOfKind(periods.data ?? [], periodKind)}
              loading={periods.loading}
              placeholder="Отчётный период"
              popupClassName="campaign-period-popup"
              testId="campaign-period"
              style={noMargin}
            />
          </Col>
        </Row>
        <Form.Item
          label="Показатели"
          name="indicatorCodes"
          extra="Не выбрано — все показатели, которые организации сообщают сами (статистическая форма, самообследование, анкетирование)."
          style={noMargin}
        >
          <Select<string[]>
            mode="multiple"
            allowClear
            disabled={!frameworkId}
            loading={detail.loading && Boolean(frameworkId)}
            placeholder={frameworkId ? 'Все показатели, собираемые у организаций' : 'Сначала выберите методику'}
            showSearch={{ optionFilterProp: 'text' }}
            maxTagCount="responsive"
            // tags show the codes; the list shows and searches «код — название»
            options={offered.map((i) => ({ value: i.code, label: i.code, text: indicatorOptionLabel(i) }))}
            optionRender={(option) => <span title={option.data.text}>{option.data.text}</span>}
            classNames={{ popup: { root: 'campaign-indicators-popup' } }}
            data-testid="campaign-indicators"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Территория" name="scopeOrgId" rules={[{ required: true, message: 'Выберите территорию' }]} style={noMargin}>
              <CampaignTerritorySelect prefer="scope" testId="campaign-territory" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="Ответственный за мониторинг"
              name="responsible"
              rules={[{ required: true, whitespace: true, message: 'Укажите ответственного (ФИО, должность)' }]}
              style={noMargin}
            >
              <Input maxLength={200} data-testid="campaign-responsible" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Участники: типы организаций"
          name="orgTypes"
          extra="Не отмечено — все организации территории, к которым относятся показатели."
          style={noMargin}
        >
          <Checkbox.Group
            options={ORG_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t], disabled: Boolean(detail.data) && !concerned.has(t) }))}
            data-testid="campaign-org-types"
          />
        </Form.Item>
        {organisations.length ? (
          <Form.Item label="и (или) отдельные организации" name="orgIds" style={noMargin}>
            <Select<number[]>
              mode="multiple"
              allowClear
              placeholder="Выберите организации по названию или коду"
              showSearch={{ optionFilterProp: 'label' }}
              maxTagCount="responsive"
              options={organisations.map((o) => ({ value: o.id, label: `${o.code} — ${o.shortName ?? o.name}` }))}
              data-testid="campaign-orgs"
            />
          </Form.Item>
        ) : null}
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Начало сбора" name="startsOn" rules={[dateRule]} style={{ marginBottom: 0 }}>
              <CampaignDateInput testId="campaign-starts-on" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="Срок сдачи"
              name="deadline"
              dependencies={['startsOn']}
              rules={[
                dateRule,
                ({ getFieldValue }) => ({
                  validator: (_rule, v: string | undefined) => {
                    const start = getFieldValue('startsOn') as string | undefined;
                    return !isIsoDate(v) || !isIsoDate(start) || start <= v
                      ? Promise.resolve()
                      : Promise.reject(new Error('Срок сдачи раньше начала сбора'));
                  },
                }),
              ]}
              style={{ marginBottom: 0 }}
            >
              <CampaignDateInput testId="campaign-deadline" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 30, fontSize: 12 }}>
              Не указаны — по этапу «Сбор данных» циклограммы территории.
            </Typography.Text>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
