import { describe, expect, it } from 'vitest';
import { parseMunicipalityLines } from './municipality-lines.ts';

describe('parseMunicipalityLines', () => {
  it('reads «code; name» and «code<tab>name» lines, skips empty ones, keeps a name without a code', () => {
    expect(
      parseMunicipalityLines('42-01; Кемеровский городской округ\r\n\n42-02\tНовокузнецкий городской округ\n  Беловский округ  \n'),
    ).toEqual([
      { code: '42-01', name: 'Кемеровский городской округ' },
      { code: '42-02', name: 'Новокузнецкий городской округ' },
      { code: '', name: 'Беловский округ' },
    ]);
  });

  it('splits at the first separator only: a name may hold a semicolon', () => {
    expect(parseMunicipalityLines('01;Округ; бывший район')).toEqual([{ code: '01', name: 'Округ; бывший район' }]);
  });
});
