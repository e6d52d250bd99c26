import { Button, Flex, Form, Segmented, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { RiskList } from '../../api/schools-at-risk-api.ts';
import { RiskGroupSaveButton } from './risk-group-save-button.tsx';

export type RiskShow = 'flagged' | 'all';

const LABELS: Record<RiskList, string> = { shnor: 'ШНОР', shfnsu: 'ШФНСУ' };

/** «Пересчитать» and «По умолчанию» under a rule's parameters. */
export function RiskRuleButtons({ list, onDefaults }: { list: RiskList; onDefaults: () => void }) {
  return (
    <Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" data-testid={`${list}-recompute`}>
          Пересчитать
        </Button>
        <Button onClick={onDefaults}>По умолчанию</Button>
      </Flex>
    </Form.Item>
  );
}

interface RiskListBarProps {
  list: RiskList;
  summary: ReactNode;
  show: RiskShow;
  onShow: (show: RiskShow) => void;
  /** The list as loaded (null while loading): what «Сохранить как группу» saves. */
  saved: { territoryId: number; periodCode: string | null; orgIds: number[]; params: Record<string, unknown> } | null;
}

/** Above a list of schools at risk: what it holds, only the flagged or all schools, saving it as a group. */
export function RiskListBar({ list, summary, show, onShow, saved }: RiskListBarProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <span data-testid={`${list}-summary`}>{summary}</span>
      <Flex gap={8}>
        <Segmented
          value={show}
          onChange={(v) => onShow(v as RiskShow)}
          options={[
            { value: 'flagged', label: `Только ${LABELS[list]}` },
            { value: 'all', label: 'Все школы' },
          ]}
          data-testid={`${list}-show`}
        />
        {saved && (
          <RiskGroupSaveButton
            territoryId={saved.territoryId}
            list={list}
            periodCode={saved.periodCode}
            orgIds={saved.orgIds}
            params={saved.params}
            defaultName={`${LABELS[list]} ${saved.periodCode ?? ''}`.trim()}
          />
        )}
      </Flex>
    </Flex>
  );
}

interface ListedSchool {
  code: string;
  name: string;
  shortName: string | null;
  municipality: string | null;
}

/** The first columns of both lists: code, school, and the municipality when the territory has several. */
export function schoolColumns<S extends ListedSchool>(
  data: { territory: { name: string }; schools: readonly S[] } | null | undefined,
): TableColumnsType<S> {
  return [
    { title: 'Код', dataIndex: 'code', width: 100 },
    { title: 'Школа', render: (_, s) => s.shortName ?? s.name },
    ...(data?.schools.some((s) => s.municipality !== data.territory.name)
      ? [{ title: 'Муниципалитет', dataIndex: 'municipality', width: 200 }]
      : []),
  ];
}
