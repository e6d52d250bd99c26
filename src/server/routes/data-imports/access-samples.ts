import { access, type AccessSamples, type Sample } from '../../../../test/helpers/route-access.ts';

// A one-row table for school s1 by its code: every allowed call brings a new number of winners.
const winners: Sample = ({ url, n }) => ({
  payload: {
    fileName: 'pobediteli.csv',
    content: Buffer.from(`Код;Победители\n${access.t.tree.s1.code};${n}\n`).toString('base64'),
    period: '2024/2025',
    territory: access.t.tree.m1.code,
    mapping: { columns: { Код: { role: 'org_code' }, Победители: { role: 'value', element: 't_winners' } } },
    ...(url.endsWith('apply') ? { acceptProposals: false } : {}),
  },
});

/** Route × role samples of the data-import routes. */
export const accessSamples: AccessSamples = {
  'POST /api/data-imports/preview': winners,
  'POST /api/data-imports/apply': winners,
};
