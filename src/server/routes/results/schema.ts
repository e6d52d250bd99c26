import { errorResponses } from '../../../api/common.ts';
import { IndicatorPageQuery, IndicatorPageView } from '../../../api/indicator-page.ts';
import { ClusteringsView, ComparisonList, RatingQuery, RatingsQuery, RatingView, RatingViewQuery } from '../../../api/ratings.ts';
import { CardQuery, OrgCardView } from '../../../api/result-card.ts';
import { ReadinessQuery, ResultsReadiness } from '../../../api/results-readiness.ts';
import { ComputeBody, ComputeReport, ExplainQuery, ValueExplanation } from '../../../api/results.ts';

const tags = ['Результаты'];

export const computeSchema = {
  tags,
  summary: 'Пересчитать значения показателей и рейтинги по методике за период (в одной транзакции)',
  description:
    'С orgId пересчитывается только то, что зависит от данных этой организации (или муниципалитета): её муниципалитет, свод по региону и два рейтинга.',
  body: ComputeBody,
  response: { 200: ComputeReport, ...errorResponses },
};

export const listRatingsSchema = {
  tags,
  summary: 'Рассчитанные рейтинги (сравнения), доступные пользователю',
  querystring: RatingsQuery,
  response: { 200: ComparisonList, ...errorResponses },
};

export const readinessSchema = {
  tags,
  summary: 'Из чего можно рассчитать результаты (методики, периоды, организации, данные), что уже рассчитано и что сделать дальше',
  querystring: ReadinessQuery,
  response: { 200: ResultsReadiness, ...errorResponses },
};

export const getRatingSchema = {
  tags,
  summary: 'Один рейтинг: баллы, места, зоны, полнота и пояснения по каждому числу',
  querystring: RatingViewQuery,
  response: { 200: RatingView, ...errorResponses },
};

export const listClustersSchema = {
  tags,
  summary: 'Кластеризации рейтинга (по типу поселения, по численности, по результатам k-means) и их кластеры',
  querystring: RatingQuery,
  response: { 200: ClusteringsView, ...errorResponses },
};

export const exportRatingSchema = {
  tags,
  summary: 'Выгрузить рейтинг (или рейтинг внутри кластера) в XLSX: листы «Рейтинг» и «Правила»',
  querystring: RatingViewQuery,
};

export const explainSchema = {
  tags,
  summary: 'Как получено значение показателя: формула, исходные данные, деления',
  querystring: ExplainQuery,
  response: { 200: ValueExplanation, ...errorResponses },
};

export const indicatorPageSchema = {
  tags,
  summary: 'Страница показателя: распределение по объектам сравнения, квартили, лучшие и худшие, динамика по периодам',
  querystring: IndicatorPageQuery,
  response: { 200: IndicatorPageView, ...errorResponses },
};

export const cardSchema = {
  tags,
  summary: 'Карточка результатов организации, муниципалитета или региона: значения, баллы, места и зоны по всем периодам',
  description:
    'Периоды с результатами методики (от ранних к поздним); по каждому показателю — значение, значения муниципалитета и региона для сравнения, балл и место в сравнении, где объект рейтингуется; по направлениям и в целом — балл, место, зона. Доступно тем, кто видит объект.',
  querystring: CardQuery,
  response: { 200: OrgCardView, ...errorResponses },
};
