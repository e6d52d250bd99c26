/** The life of an organisation: closed from a date, possibly merged into another. */

export interface OrgLifeState {
  id: number;
  kind: string;
  name: string;
  closedOn: string | null;
}

/**
 * Whether an organisation closed on `closedOn` (ISO date) is out of a period starting on
 * `periodStartsOn`: it is when the period starts on or after the closing date. Earlier periods keep it.
 */
export function isClosedForPeriod(closedOn: string | null, periodStartsOn: string): boolean {
  return closedOn !== null && closedOn <= periodStartsOn;
}

/** "2026-09-01" → "01.09.2026". */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** Why `source` cannot be merged into `target`, in Russian, or null when it can. */
export function mergeRefusal(source: OrgLifeState, target: OrgLifeState): string | null {
  if (source.id === target.id) return `Организацию «${source.name}» нельзя присоединить к ней самой: выберите другую.`;
  if (source.kind === 'region') return 'Регион нельзя присоединить: присоединяют организации и муниципалитеты.';
  if (source.kind !== target.kind) {
    const names: Record<string, string> = { organisation: 'организации', municipality: 'муниципалитету', region: 'региону' };
    return `«${source.name}» можно присоединить только к ${names[source.kind] ?? source.kind}, а «${target.name}» — ${target.kind === 'organisation' ? 'организация' : target.kind === 'municipality' ? 'муниципалитет' : 'регион'}.`;
  }
  if (target.closedOn !== null) {
    return `«${target.name}» закрыта с ${ruDate(target.closedOn)}: присоединять можно только к действующей организации.`;
  }
  if (source.closedOn !== null) return `«${source.name}» уже закрыта с ${ruDate(source.closedOn)}: сначала откройте её снова.`;
  return null;
}
