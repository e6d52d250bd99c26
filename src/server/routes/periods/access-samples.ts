import { access, readable, type AccessSamples, type Sample } from '../../../../test/helpers/route-access.ts';

/** A new period (closed for reopen), the one the call changes. */
const newPeriod: Sample = ({ method, url, n }) =>
  access.t.handle.db
    .insertInto('period')
    .values({
      code: `access-${n}`,
      kind: 'calendar_year',
      name: `Период ${n}`,
      starts_on: `${3000 + n}-01-01`,
      ends_on: `${3000 + n}-12-31`,
      closed_at: url.endsWith('reopen') ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((p) => ({
      url: url.replace(':id', String(p.id)),
      ...(method === 'PATCH' ? { payload: { name: `Период ${n} (правка)` } } : {}),
    }));

/** Route × role samples of the period routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/periods']),
  'POST /api/periods': ({ n }) => ({
    payload: {
      code: String(2100 + n),
      kind: 'calendar_year',
      name: `${2100 + n} год`,
      startsOn: `${2100 + n}-01-01`,
      endsOn: `${2100 + n}-12-31`,
    },
  }),
  'PATCH /api/periods/:id': newPeriod,
  'POST /api/periods/:id/close': newPeriod,
  'POST /api/periods/:id/reopen': newPeriod,
};
