import type { CampaignInput } from '../../api/campaigns.ts';
import type { CollectionMethod, Indicator } from '../../domain/catalogue/catalogue.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import type { Period } from '../api/types.ts';

/** Methods whose data an organisation reports itself, i.e. what a campaign's form can ask for. */
export const REPORTED_METHODS: readonly CollectionMethod[] = ['form', 'self_evaluation', 'survey'];

type PeriodKind = Indicator['periodKind'];

/** The indicators of a methodology that organisations report themselves (those a campaign collects). */
export function reportedIndicators<T extends Pick<Indicator, 'method'>>(indicators: readonly T[]): T[] {
  return indicators.filter((i) => REPORTED_METHODS.includes(i.method));
}

/** «D1.03 — доля выпускников…»: how an indicator is offered in the picker. */
export function indicatorOptionLabel(indicator: Pick<Indicator, 'code' | 'name'>): string {
  return `${indicator.code} — ${indicator.name}`;
}

/** The one period kind the chosen indicators share; null when none is chosen or they differ. */
export function chosenPeriodKind(
  indicators: readonly Pick<Indicator, 'code' | 'periodKind'>[],
  codes: readonly string[],
): PeriodKind | null {
  const kinds = new Set(indicators.filter((i) => codes.includes(i.code)).map((i) => i.periodKind));
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

/** The periods to offer: of the indicators' kind when it is known, else all. */
export function periodsOfKind(periods: readonly Period[], kind: PeriodKind | null): Period[] {
  return kind ? periods.filter((p) => p.kind === kind) : [...periods];
}

/** The organisation types the chosen indicators (or, with none chosen, all offered) concern. */
export function indicatorOrgTypes(indicators: readonly Pick<Indicator, 'code' | 'orgTypes'>[], codes: readonly string[]): OrgType[] {
  const chosen = codes.length ? indicators.filter((i) => codes.includes(i.code)) : indicators;
  return [...new Set(chosen.flatMap((i) => i.orgTypes))];
}

/** What the «Создать кампанию» dialog collects. */
export interface CampaignFormValues {
  name: string;
  frameworkId: number;
  periodId: number;
  scopeOrgId: number;
  indicatorCodes?: string[];
  orgTypes?: OrgType[];
  orgIds?: number[];
  responsible: string;
  /** ISO dates from date inputs; empty: the collection stage of the cyclogram. */
  startsOn?: string;
  deadline?: string;
}

/** The request body of POST /api/campaigns from the dialog's values (no indicators chosen: all reported ones). */
export function buildCampaignInput(values: CampaignFormValues): CampaignInput {
  const participants: CampaignInput['participants'] = {};
  if (values.orgTypes?.length) participants.orgTypes = [...values.orgTypes];
  if (values.orgIds?.length) participants.orgIds = [...values.orgIds];
  const input: CampaignInput = {
    name: values.name.trim(),
    frameworkId: values.frameworkId,
    periodId: values.periodId,
    scopeOrgId: values.scopeOrgId,
    indicatorCodes: values.indicatorCodes?.length ? [...values.indicatorCodes] : null,
    participants,
    responsible: values.responsible.trim(),
  };
  if (values.startsOn?.trim()) input.startsOn = values.startsOn.trim();
  if (values.deadline?.trim()) input.deadline = values.deadline.trim();
  return input;
}
