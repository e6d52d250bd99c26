import { SIZE_BANDS, sizeBandIndex, sizeRangeLabel } from '../clustering/size-bands.ts';
import { ORG_TYPE_GENITIVE_PLURAL, type OrgType } from '../org/org-kind.ts';

/** A group smaller than this says too little about what is usual to widen no further. */
export const MIN_PEERS = 5;

/** Another organisation of the same type: its size by the register (null: not given) and whether it is in the campaign's territory. */
export interface PeerCandidate {
  id: number;
  size: number | null;
  local: boolean;
}

/** Whom a form's values are compared with, and who they are in words (genitive: «школ с числом обучающихся 300–799 в регионе»). */
export interface PeerGroup {
  ids: number[];
  description: string;
}

/**
 * The organisations a form's values are compared with: those of the same type and size band
 * (`SIZE_BANDS`) in the campaign's territory; when fewer than MIN_PEERS, the same band in the
 * whole region; then the band with its neighbours in the region. A large school is never compared
 * with small ones: when even the widened band is too small, the group is empty (nothing to say).
 * An organisation whose size is not in the register is compared with every one of its type in
 * the territory. `candidates` are the other organisations of the same type in the region.
 */
export function peerGroup(input: { type: OrgType; size: number | null; candidates: readonly PeerCandidate[] }): PeerGroup {
  const who = ORG_TYPE_GENITIVE_PLURAL[input.type];
  if (input.size === null) {
    return { ids: input.candidates.filter((c) => c.local).map((c) => c.id), description: `${who} территории кампании` };
  }
  const { thresholds, unit } = SIZE_BANDS[input.type];
  const band = sizeBandIndex(input.size, thresholds);
  const sized = input.candidates.flatMap((c) => (c.size === null ? [] : [{ ...c, band: sizeBandIndex(c.size, thresholds) }]));
  const sizes = (from: number, to: number) => {
    const range = sizeRangeLabel(thresholds, from, to);
    return range ? `${who} с числом ${unit} ${range}` : who;
  };
  const steps = [
    { from: band, to: band, localOnly: true, where: 'на территории кампании' },
    { from: band, to: band, localOnly: false, where: 'в регионе' },
    { from: Math.max(0, band - 1), to: Math.min(thresholds.length, band + 1), localOnly: false, where: 'в регионе' },
  ];
  for (const step of steps) {
    const ids = sized.filter((c) => c.band >= step.from && c.band <= step.to && (c.local || !step.localOnly)).map((c) => c.id);
    if (ids.length >= MIN_PEERS) return { ids, description: `${sizes(step.from, step.to)} ${step.where}` };
  }
  return { ids: [], description: `${sizes(band, band)} в регионе` };
}
