import { describe, expect, it } from 'vitest';
import { MIN_PEERS, peerGroup, type PeerCandidate } from './peer-group.ts';

// School bands: < 100, 100–299, 300–799, ≥ 800.
const schools = (sizes: readonly (number | null)[], local: boolean, firstId: number): PeerCandidate[] =>
  sizes.map((size, i) => ({ id: firstId + i, size, local }));

describe('peerGroup: whom a form is compared with', () => {
  it('takes the schools of the same size band in the territory when there are enough', () => {
    const candidates = [...schools([40, 60, 150, 200, 250, 280, 290, 900], true, 1), ...schools([120, 130], false, 20)];
    const group = peerGroup({ type: 'school', size: 180, candidates });
    expect(group.ids).toEqual([3, 4, 5, 6, 7]);
    expect(group.description).toBe('школ с числом обучающихся 100–299 на территории кампании');
  });

  it('never compares a large school with small ones: too few in the territory, the same band in the region', () => {
    const candidates = [
      ...schools([40, 58, 62, 72, 154, 156, 255, 257, 311, 594, 883], true, 1),
      ...schools([806, 814, 815, 1002, 1100, 450], false, 20),
    ];
    const group = peerGroup({ type: 'school', size: 1078, candidates });
    expect(group.ids).toEqual([11, 20, 21, 22, 23, 24]);
    expect(group.description).toBe('школ с числом обучающихся 800 и более в регионе');
  });

  it('widens to the neighbouring bands in the region when the band itself is too small', () => {
    const candidates = [...schools([311, 594], true, 1), ...schools([250, 820, 900, 60, 50], false, 10)];
    const group = peerGroup({ type: 'school', size: 500, candidates });
    // 300–799 has 2; with 100–299 and ≥ 800: 311, 594, 250, 820, 900
    expect(group.ids).toEqual([1, 2, 10, 11, 12]);
    expect(group.description).toBe('школ с числом обучающихся 100 и более в регионе');
  });

  it('says nothing rather than compare with organisations of another size', () => {
    const candidates = schools([40, 50, 60, 70, 80, 90, 1500], true, 1);
    const group = peerGroup({ type: 'school', size: 1200, candidates });
    expect(group.ids).toEqual([]);
    expect(group.description).toBe('школ с числом обучающихся 800 и более в регионе');
    expect(MIN_PEERS).toBe(5);
  });

  it('leaves out peers whose size is not known, and compares an organisation of unknown size with its type in the territory', () => {
    const candidates = [...schools([null, null, 150, 160, 170, 180, 190], true, 1), ...schools([200], false, 9)];
    expect(peerGroup({ type: 'school', size: 100, candidates }).ids).toEqual([3, 4, 5, 6, 7]);
    const unknown = peerGroup({ type: 'school', size: null, candidates });
    expect(unknown.ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(unknown.description).toBe('школ территории кампании');
  });

  it('names kindergartens by their children', () => {
    const candidates = schools([20, 30, 35, 40, 45], true, 1);
    expect(peerGroup({ type: 'kindergarten', size: 25, candidates }).description).toBe(
      'детских садов с числом воспитанников менее 50 на территории кампании',
    );
  });
});
