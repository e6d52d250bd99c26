import { Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { UNIT_LABELS } from '../../../domain/catalogue/catalogue-labels.ts';
import type { FormField } from '../../api/campaigns-api.ts';
import { fedIndicatorsLead, type FieldDraft, type FieldIssue, type FormDrafts } from '../../lib/form-fields.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { FormFieldInput } from './form-field-input.tsx';

interface FormFieldsTableProps {
  fields: FormField[];
  drafts: FormDrafts;
  issues: Map<string, FieldIssue[]>;
  editable: boolean;
  previousPeriodName: string | null;
  onChange: (key: string, patch: Partial<FieldDraft>) => void;
}

const EMPTY: FieldDraft = { raw: '', comment: '' };

/** The fields of one direction: Данные / Разрез / Ед. изм. / Значение / Прошлый период, compact. */
export function FormFieldsTable({ fields, drafts, issues, editable, previousPeriodName, onChange }: FormFieldsTableProps) {
  const columns: TableColumnsType<FormField> = [
    {
      title: 'Данные',
      key: 'name',
      width: 320,
      render: (_, f) => (
        <>
          <div>{f.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="field-indicators">
            {fedIndicatorsLead(f.indicators.length)}{' '}
            {f.indicators.map((i, n) => (
              <span key={i.code}>
                {n > 0 ? '; ' : ''}
                <Tooltip title={`Код показателя: ${i.code}`}>
                  <span>«{i.name}»</span>
                </Tooltip>
              </span>
            ))}
          </Typography.Text>
        </>
      ),
    },
    {
      title: 'Разрез',
      key: 'breakdown',
      width: 130,
      render: (_, f) => f.breakdownLabel || <span className="muted">—</span>,
    },
    { title: 'Ед. изм.', key: 'unit', width: 86, render: (_, f) => UNIT_LABELS[f.unit] },
    {
      title: 'Значение',
      key: 'value',
      render: (_, f) => (
        <FormFieldInput field={f} draft={drafts[f.key] ?? EMPTY} issues={issues.get(f.key)} editable={editable} onChange={onChange} />
      ),
    },
    {
      title: (
        <span title={previousPeriodName ? `Значение за ${previousPeriodName}` : undefined}>
          Прошлый период
          {previousPeriodName ? <div style={{ fontSize: 12, fontWeight: 400, color: '#616161' }}>{previousPeriodName}</div> : null}
        </span>
      ),
      key: 'previous',
      width: 120,
      align: 'right',
      render: (_, f) => (f.previous === null ? <span className="muted">—</span> : formatNumber(f.previous)),
    },
  ];
  return (
    <Table<FormField>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={fields}
      pagination={false}
      tableLayout="fixed"
      data-testid="form-fields-table"
    />
  );
}
