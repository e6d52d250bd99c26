import { describe, expect, it } from 'vitest';
import { componentColumns, directionsByBlock, formationText, formedLabel, isAppPath } from './cycle-glance.ts';

const component = (code: string, cycleBlock: string, formed = false) => ({
  code,
  name: `К ${code}`,
  cycleBlock,
  formed,
  evidence: [],
  selfFormation: null,
  expertFormation: null,
});

describe('cycle at a glance', () => {
  it('groups directions by block', () => {
    const groups = directionsByBlock([
      { code: 'D1', blockName: 'Б1' },
      { code: 'D2', blockName: 'Б1' },
      { code: 'D5', blockName: 'Б2' },
    ]);
    expect(groups.map((g) => [g.blockName, g.directions.map((d) => d.code)])).toEqual([
      ['Б1', ['D1', 'D2']],
      ['Б2', ['D5']],
    ]);
  });

  it('builds the component columns by cycle block', () => {
    const columns = componentColumns([
      { components: [component('goals', 'conceptual'), component('indicators', 'conceptual'), component('monitoring', 'process')] },
    ]);
    expect(columns.map((c) => [c.block, c.components.map((x) => x.code)])).toEqual([
      ['conceptual', ['goals', 'indicators']],
      ['process', ['monitoring']],
    ]);
    expect(componentColumns([])).toEqual([]);
  });

  it('formats formation and counts formed components', () => {
    expect(formationText(66.667)?.replace(/\s/g, ' ')).toBe('67 %');
    expect(formationText(null)).toBeNull();
    expect(formedLabel([component('a', 'x', true), component('b', 'x')])).toBe('1 из 2');
    expect(isAppPath('/campaigns/3')).toBe(true);
    expect(isAppPath('https://edu.ru')).toBe(false);
    expect(isAppPath('//evil.example')).toBe(false);
  });
});
