// What results can be computed from, and what has been computed: the empty states of the ratings
// and effectiveness pages say from it what is missing and who computes.
import { Type as T, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum } from './common.ts';

const Id = T.Integer({ minimum: 1 });

export const ReadinessQuery = T.Object(
  {
    catalogueId: T.Optional(Id),
    periodId: T.Optional(T.Integer({ minimum: 1, description: 'Период: данные и расчёт считаются за него' })),
  },
  { additionalProperties: false },
);
export type ReadinessQuery = Static<typeof ReadinessQuery>;

const Gap = StringEnum(['catalogues', 'periods', 'organisations', 'values'] as const);

export const ComputedResults = T.Object({
  catalogueId: T.Integer(),
  periodId: T.Integer(),
  periodName: T.String(),
  computedAt: T.String({ description: 'Время последнего расчёта (ISO)' }),
});
export type ComputedResults = Static<typeof ComputedResults>;

export const ResultsReadiness = T.Object({
  counts: T.Object(
    { catalogues: T.Integer(), periods: T.Integer(), organisations: T.Integer(), values: T.Integer() },
    { description: 'Методик показателей, периодов, организаций территории пользователя, значений данных (за период, если он задан)' },
  ),
  steps: T.Array(T.Object({ gap: Gap, text: T.String(), path: T.String() }), {
    description: 'Чего не хватает для расчёта и где это сделать',
  }),
  message: T.String({ description: 'Что делать дальше, по-русски' }),
  computeRoles: T.String({ description: 'Кто рассчитывает результаты, словами' }),
  computedAt: Nullable(T.String(), { description: 'Последний расчёт выбранной методики за выбранный период' }),
  computed: T.Array(ComputedResults, { description: 'Рассчитанные методики и периоды, последний расчёт каждой пары; новые первыми' }),
});
export type ResultsReadiness = Static<typeof ResultsReadiness>;
