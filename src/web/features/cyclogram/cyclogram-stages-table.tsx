import { Input, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CyclogramStage } from '../../api/cyclogram-api.ts';
import type { StageState } from '../../../domain/collection/cyclogram.ts';
import { formatDate } from '../../lib/format-date.ts';
import { CampaignDateInput } from '../../components/campaign-date-input.tsx';
import { CyclogramStateTag } from './cyclogram-state-tag.tsx';

export type StageRow = CyclogramStage & { state: StageState };

interface CyclogramStagesTableProps {
  stages: StageRow[];
  editable: boolean;
  /** Problems of a refused save by «<row>.<field>». */
  issues: Map<string, string>;
  onChange: (index: number, patch: Partial<CyclogramStage>) => void;
}

type TextField = 'name' | 'responsible';
type DateField = 'startsOn' | 'endsOn' | 'completedOn';

/** The four stages of a monitoring year: name, dates, responsible, completion and state; editable for operators. */
export function CyclogramStagesTable({ stages, editable, issues, onChange }: CyclogramStagesTableProps) {
  const text = (field: TextField, label: string) => (_: unknown, s: StageRow, i: number) => {
    if (!editable) return s[field];
    const issue = issues.get(`${i}.${field}`);
    return (
      <Tooltip title={issue} open={issue ? undefined : false}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 3 }}
          size="small"
          value={s[field]}
          status={issue ? 'error' : undefined}
          onChange={(e) => onChange(i, { [field]: e.target.value })}
          aria-label={`${label}: этап ${i + 1}`}
          data-stage-field={`${i}.${field}`}
        />
      </Tooltip>
    );
  };
  const date = (field: DateField, label: string) => (_: unknown, s: StageRow, i: number) => {
    const value = s[field];
    if (!editable) return formatDate(value);
    const issue = issues.get(`${i}.${field}`);
    return (
      <Tooltip title={issue} open={issue ? undefined : false}>
        <span data-stage-field={`${i}.${field}`}>
          <CampaignDateInput
            size="small"
            value={value ?? ''}
            status={issue ? 'error' : undefined}
            onChange={(v) => onChange(i, { [field]: field === 'completedOn' && !v ? null : v })}
            ariaLabel={`${label}: этап ${i + 1}`}
          />
        </span>
      </Tooltip>
    );
  };
  const columns: TableColumnsType<StageRow> = [
    { title: '№', key: 'n', width: 40, render: (_, _s, i) => i + 1 },
    { title: 'Этап', key: 'name', render: text('name', 'Этап') },
    { title: 'Начало', key: 'startsOn', width: 140, render: date('startsOn', 'Начало') },
    { title: 'Окончание', key: 'endsOn', width: 140, render: date('endsOn', 'Окончание') },
    { title: 'Ответственный', key: 'responsible', width: 250, render: text('responsible', 'Ответственный') },
    { title: 'Выполнен', key: 'completedOn', width: 140, render: date('completedOn', 'Выполнен') },
    { title: 'Состояние', key: 'state', width: 120, render: (_, s) => <CyclogramStateTag state={s.state} /> },
  ];
  return (
    <Table<StageRow>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={stages}
      pagination={false}
      tableLayout="fixed"
      data-testid="cyclogram-table"
    />
  );
}
