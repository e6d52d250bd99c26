import { Select } from 'antd';
import { useEffect } from 'react';
import type { CSSProperties } from 'react';
import { orgsApi } from '../api/orgs-api.ts';
import type { Me, OrgKind } from '../api/types.ts';
import { useAsyncData } from '../hooks/use-async-data.ts';
import { useSession } from '../hooks/use-session.ts';

interface Territory {
  id: number;
  name: string;
  kind: OrgKind;
}

/** The territories a user works with: their municipality, or their region and its municipalities (admin: every region). */
async function loadTerritories(user: Me, signal: AbortSignal): Promise<Territory[]> {
  const pick = (o: Territory): Territory => ({ id: o.id, name: o.name, kind: o.kind });
  const withMunicipalities = async (region: Territory): Promise<Territory[]> => {
    const children = await orgsApi.children(region.id, signal);
    return [pick(region), ...children.filter((c) => c.kind === 'municipality').map(pick)];
  };
  if (user.scopeOrgId === null) {
    const regions = await orgsApi.roots(signal);
    return (await Promise.all(regions.map(withMunicipalities))).flat();
  }
  const scope = await orgsApi.get(user.scopeOrgId, signal);
  if (scope.kind === 'region') return withMunicipalities(scope);
  if (scope.kind === 'municipality') return [pick(scope)];
  const municipality = scope.path.find((p) => p.kind === 'municipality');
  return municipality ? [{ id: municipality.id, name: municipality.name, kind: 'municipality' }] : [];
}

interface CampaignTerritorySelectProps {
  /** Injected by Form.Item so that the label points at the control. */
  id?: string;
  value?: number | null;
  onChange?: (value: number) => void;
  /** Which territory to start with: the user's own scope (a region stays a region) or a municipality. */
  prefer: 'scope' | 'municipality';
  testId?: string;
  style?: CSSProperties;
}

/**
 * A municipality (or region) within the user's scope. A municipal operator has just theirs; regional
 * operators and administrators pick one. Picks the default when nothing is chosen yet.
 */
export function CampaignTerritorySelect({ id, value, onChange, prefer, testId = 'territory-select', style }: CampaignTerritorySelectProps) {
  const { user } = useSession();
  const { data, loading } = useAsyncData((signal) => loadTerritories(user, signal), [user.scopeOrgId]);

  useEffect(() => {
    if (!data?.length || (value !== undefined && value !== null)) return;
    const own = data.find((t) => t.id === user.scopeOrgId);
    const first = (prefer === 'scope' ? own : undefined) ?? data.find((t) => t.kind === 'municipality') ?? data[0];
    if (first) onChange?.(first.id);
  }, [data, value, prefer, user.scopeOrgId, onChange]);

  return (
    <Select<number>
      id={id}
      // without a Form.Item label (a toolbar), the control names itself
      aria-label={id ? undefined : 'Территория'}
      value={value ?? undefined}
      loading={loading}
      disabled={(data?.length ?? 0) <= 1}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data ?? []).map((t) => ({ value: t.id, label: t.kind === 'region' ? `${t.name} (весь регион)` : t.name }))}
      onChange={(v) => onChange?.(v)}
      placeholder="Выберите муниципалитет"
      data-testid={testId}
      style={{ width: '100%', ...style }}
    />
  );
}
