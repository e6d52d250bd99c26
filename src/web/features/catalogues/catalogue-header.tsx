import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { SUMMARY_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import { missingRuleOf, placePrecisionOf } from '../../../domain/catalogue/scoring-rules.ts';
import { MISSING_RULE_LABEL } from '../../../domain/rating/rating-rules.ts';
import type { CatalogueDetail } from '../../api/types.ts';
import { catalogueCodeHint } from '../../lib/catalogue-option.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { CATALOGUE_ORIGIN_LABELS } from '../../lib/labels.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CatalogueExportButton } from './catalogue-export-button.tsx';
import { CatalogueKindTag } from './catalogue-kind-tag.tsx';
import { CatalogueValidity } from './catalogue-validity.tsx';

/** Name, code, version, validity, source and the (collapsible) description of a catalogue. */
export function CatalogueHeader({ detail }: { detail: CatalogueDetail }) {
  const { summary, catalogue } = detail;
  const facts: { label: string; value: string }[] = [{ label: 'Источник', value: catalogue.source }];
  if (catalogue.kind === 'indicators') {
    facts.push({ label: 'Сводная оценка', value: SUMMARY_LABELS[catalogue.summary ?? 'directions'] });
    if (catalogue.precision !== undefined) facts.push({ label: 'Точность', value: catalogue.precision.toLocaleString('ru-RU') });
    facts.push({ label: 'Места и зоны', value: `по баллам, округлённым до ${placePrecisionOf(catalogue).toLocaleString('ru-RU')}` });
    facts.push({ label: 'Показатель без данных', value: MISSING_RULE_LABEL[missingRuleOf(catalogue)] });
  }
  facts.push({ label: 'Происхождение', value: `${CATALOGUE_ORIGIN_LABELS[summary.origin]}, ${formatDateTime(summary.loadedAt)}` });

  return (
    <div className="catalogue-header" data-testid="catalogue-header">
      <Flex justify="space-between" align="flex-start" gap={16}>
        <div className="catalogue-heading">
          <AppLink to="/catalogues" className="catalogue-back">
            <ArrowLeftOutlined /> Все методики
          </AppLink>
          <Typography.Title level={1} className="catalogue-title" data-testid="catalogue-title">
            {catalogue.name}
          </Typography.Title>
          <Space size={[8, 4]} wrap align="center">
            <CatalogueKindTag kind={catalogue.kind} />
            <Tooltip title={catalogueCodeHint(catalogue)}>
              <Tag className="catalogue-tag" tabIndex={0} data-testid="catalogue-version">
                версия {catalogue.version}
              </Tag>
            </Tooltip>
            <CatalogueValidity validFrom={catalogue.validFrom} validTo={catalogue.validTo} />
          </Space>
        </div>
        <CatalogueExportButton catalogueId={summary.id} />
      </Flex>
      <div className="catalogue-facts">
        {facts.map((f) => (
          <span key={f.label}>
            <span className="muted">{f.label}:</span> {f.value}
          </span>
        ))}
      </div>
      {catalogue.description ? (
        <Typography.Paragraph
          className="catalogue-description"
          ellipsis={{ rows: 2, expandable: 'collapsible', symbol: (expanded) => (expanded ? 'свернуть' : 'раскрыть') }}
          data-testid="catalogue-description"
        >
          {catalogue.description}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
