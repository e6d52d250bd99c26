import { Flex, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { cataloguesApi } from '../../api/catalogues-api.ts';
import type { CatalogueDetail } from '../../api/types.ts';
import { useAsyncData } from '../../hooks/use-async-data.ts';
import { CampaignTerritorySelect } from '../../components/campaign-territory-select.tsx';

/** Which methodology to open on: `pick` chooses among the indicator methodologies' ids once `ready`. */
export interface FrameworkPreference {
  ready: boolean;
  pick: (ids: readonly number[]) => number | null;
}

export interface CycleSubject {
  territoryId: number | null;
  frameworkId: number | null;
  directionCode: string | null;
}

/**
 * Territory, methodology of indicators and direction: what a roadmap or an analysis of
 * effectiveness is about. The preferred methodology (else the first) is chosen first; `requireDirection` keeps a
 * direction chosen (the analysis is per direction; the roadmap may show all of them).
 */
export function CycleSubjectSelect({
  value,
  onChange,
  requireDirection,
  onCatalogue,
  preferFramework,
  testId,
}: {
  value: CycleSubject;
  onChange: (s: CycleSubject) => void;
  requireDirection?: boolean;
  onCatalogue?: (c: CatalogueDetail | undefined) => void;
  /** Open on the methodology it picks (else the first one), waiting until it is ready. */
  preferFramework?: FrameworkPreference;
  testId: string;
}) {
  const catalogues = useAsyncData((signal) => cataloguesApi.list(signal), []);
  const indicators = useMemo(() => (catalogues.data ?? []).filter((c) => c.kind === 'indicators'), [catalogues.data]);
  const detail = useAsyncData(
    (signal) => (value.frameworkId ? cataloguesApi.get(value.frameworkId, signal) : Promise.resolve(undefined)),
    [value.frameworkId],
  );
  const directions = (detail.data?.catalogue.blocks ?? []).flatMap((b) => b.directions);

  useEffect(() => {
    const first = indicators[0];
    if (value.frameworkId !== null || !first || (preferFramework && !preferFramework.ready)) return;
    const preferred = preferFramework?.pick(indicators.map((c) => c.id)) ?? null;
    onChange({ ...value, frameworkId: preferred ?? first.id });
  }, [indicators, value, onChange, preferFramework]);
  useEffect(() => {
    if (requireDirection && value.directionCode === null && directions[0]) onChange({ ...value, directionCode: directions[0].code });
  }, [requireDirection, directions, value, onChange]);
  useEffect(() => onCatalogue?.(detail.data), [detail.data, onCatalogue]);

  return (
    <Flex wrap gap={12} align="center">
      <Flex align="center" gap={6} style={{ width: 380 }}>
        <Typography.Text type="secondary">Территория:</Typography.Text>
        <CampaignTerritorySelect
          value={value.territoryId}
          onChange={(territoryId) => onChange({ ...value, territoryId })}
          prefer="scope"
          testId={`${testId}-territory`}
          style={{ flex: 1, minWidth: 0 }}
        />
      </Flex>
      <Flex align="center" gap={6} style={{ width: 420 }}>
        <Typography.Text type="secondary">Методика:</Typography.Text>
        <Select<number>
          value={value.frameworkId ?? undefined}
          loading={catalogues.loading}
          onChange={(frameworkId) => onChange({ ...value, frameworkId, directionCode: null })}
          options={indicators.map((c) => ({ value: c.id, label: `${c.name} (v${c.version})` }))}
          aria-label="Методика показателей"
          classNames={{ popup: { root: `${testId}-framework-popup` } }}
          data-testid={`${testId}-framework`}
          style={{ flex: 1, minWidth: 0 }}
        />
      </Flex>
      <Flex align="center" gap={6} style={{ flex: 1, minWidth: 360 }}>
        <Typography.Text type="secondary">Направление:</Typography.Text>
        <Select<string>
          value={value.directionCode ?? (requireDirection ? undefined : '')}
          loading={detail.loading}
          onChange={(d) => onChange({ ...value, directionCode: d || null })}
          options={[
            ...(requireDirection ? [] : [{ value: '', label: 'Все направления' }]),
            ...directions.map((d) => ({ value: d.code, label: `${d.code}. ${d.name}` })),
          ]}
          aria-label="Направление"
          classNames={{ popup: { root: `${testId}-direction-popup` } }}
          data-testid={`${testId}-direction`}
          style={{ flex: 1, minWidth: 0 }}
        />
      </Flex>
    </Flex>
  );
}
