import { errorResponses } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const ids = {
  catalogueId: { type: 'integer', minimum: 1 },
  periodId: { type: 'integer', minimum: 1 },
} as const;

export interface ComputeBody {
  catalogueId: number;
  periodId: number;
  /** Only what depends on this organisation's (or municipality's) data. */
  orgId?: number;
}

export const computeSchema = {
  tags: ['Результаты'],
  summary: 'Пересчитать значения показателей и рейтинги по методике за период (в одной транзакции)',
  description:
    'С orgId пересчитывается только то, что зависит от данных этой организации (или муниципалитета): её муниципалитет, свод по региону и два рейтинга.',
  body: {
    type: 'object',
    properties: { ...ids, orgId: { type: 'integer', minimum: 1 } },
    required: ['catalogueId', 'periodId'],
    additionalProperties: false,
  },
  response: { 200: anyObject, ...errorResponses },
} as const;

export interface RatingsQuery {
  catalogueId: number;
  periodId: number;
}

export const listRatingsSchema = {
  tags: ['Результаты'],
  summary: 'Рассчитанные рейтинги (сравнения), доступные пользователю',
  querystring: { type: 'object', properties: ids, required: ['catalogueId', 'periodId'], additionalProperties: false },
  response: {
    200: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: { type: 'object', properties: { key: { type: 'string' }, title: { type: 'string' }, scopeOrgId: { type: 'integer' } } },
        },
      },
      required: ['items'],
    },
    ...errorResponses,
  },
} as const;

export interface RatingQuery extends RatingsQuery {
  key: string;
}

/** A rating, optionally within one cluster (both or neither of clustering and cluster). */
export interface RatingViewQuery extends RatingQuery {
  clustering?: string;
  cluster?: string;
}

const withinCluster = {
  clustering: { type: 'string', minLength: 1, maxLength: 40, description: 'Кластеризация: settlement, size или kmeans' },
  cluster: { type: 'string', minLength: 1, maxLength: 40, description: 'Ключ кластера из GET /api/ratings/clusters' },
} as const;

export const getRatingSchema = {
  tags: ['Результаты'],
  summary: 'Один рейтинг: баллы, места, зоны, полнота и пояснения по каждому числу',
  querystring: {
    type: 'object',
    properties: { ...ids, key: { type: 'string', minLength: 1, maxLength: 200 }, ...withinCluster },
    required: ['catalogueId', 'periodId', 'key'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        computedAt: { type: ['string', 'null'] },
        content: anyObject,
        cluster: {
          type: 'object',
          description: 'Кластер, внутри которого рассчитан рейтинг (если запрошен)',
          properties: {
            clustering: { type: 'string' },
            clusteringLabel: { type: 'string' },
            key: { type: 'string' },
            label: { type: 'string' },
            description: { type: 'string' },
            members: { type: 'integer' },
            of: { type: 'integer' },
          },
          required: ['clustering', 'clusteringLabel', 'key', 'label', 'description', 'members', 'of'],
        },
      },
      required: ['title', 'content'],
    },
    ...errorResponses,
  },
} as const;

export const listClustersSchema = {
  tags: ['Результаты'],
  summary: 'Кластеризации рейтинга (по типу поселения, по численности, по результатам k-means) и их кластеры',
  querystring: {
    type: 'object',
    properties: { ...ids, key: { type: 'string', minLength: 1, maxLength: 200 } },
    required: ['catalogueId', 'periodId', 'key'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        objects: { type: 'integer' },
        clusterings: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              key: { type: 'string' },
              label: { type: 'string' },
              description: { type: 'string' },
              unavailable: { type: 'string' },
              clusters: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { key: { type: 'string' }, label: { type: 'string' }, members: { type: 'integer' } },
                  required: ['key', 'label', 'members'],
                },
              },
            },
            required: ['key', 'label', 'description', 'clusters'],
          },
        },
      },
      required: ['title', 'objects', 'clusterings'],
    },
    ...errorResponses,
  },
} as const;

export const exportRatingSchema = {
  tags: ['Результаты'],
  summary: 'Выгрузить рейтинг (или рейтинг внутри кластера) в XLSX: листы «Рейтинг» и «Правила»',
  querystring: {
    type: 'object',
    properties: { ...ids, key: { type: 'string', minLength: 1, maxLength: 200 }, ...withinCluster },
    required: ['catalogueId', 'periodId', 'key'],
    additionalProperties: false,
  },
} as const;

export interface ExplainQuery extends RatingsQuery {
  orgId: number;
  indicator: string;
}

export const explainSchema = {
  tags: ['Результаты'],
  summary: 'Как получено значение показателя: формула, исходные данные, деления',
  querystring: {
    type: 'object',
    properties: { ...ids, orgId: { type: 'integer', minimum: 1 }, indicator: { type: 'string', minLength: 1, maxLength: 80 } },
    required: ['catalogueId', 'periodId', 'orgId', 'indicator'],
    additionalProperties: false,
  },
  response: { 200: anyObject, ...errorResponses },
} as const;

export interface IndicatorPageQuery extends RatingQuery {
  indicator: string;
}

const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const str = { type: 'string' } as const;
const codeName = { type: 'object', properties: { code: str, name: str }, required: ['code', 'name'] } as const;
const valued = {
  type: 'object',
  properties: { id: { type: 'integer' }, name: str, value: num },
  required: ['id', 'name', 'value'],
} as const;
const ranked = {
  type: 'object',
  properties: { ...valued.properties, rank: { type: 'integer' } },
  required: ['id', 'name', 'value', 'rank'],
} as const;
const trendReading = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['ok', 'missing'] },
    slope: num,
    direction: { type: 'string', enum: ['up', 'down', 'flat'] },
    assessment: { type: ['string', 'null'], enum: ['better', 'worse', null] },
    text: str,
    years: { type: 'array', items: { type: 'integer' } },
  },
  required: ['kind', 'text'],
} as const;

export const indicatorPageSchema = {
  tags: ['Результаты'],
  summary: 'Страница показателя: распределение по объектам сравнения, квартили, лучшие и худшие, динамика по периодам',
  querystring: {
    type: 'object',
    properties: {
      ...ids,
      key: { type: 'string', minLength: 1, maxLength: 200 },
      indicator: { type: 'string', minLength: 1, maxLength: 80 },
    },
    required: ['catalogueId', 'periodId', 'key', 'indicator'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        catalogue: {
          type: 'object',
          properties: { id: { type: 'integer' }, code: str, version: { type: 'integer' }, name: str },
          required: ['id', 'code', 'version', 'name'],
        },
        period: { type: 'object', properties: { id: { type: 'integer' }, name: str }, required: ['id', 'name'] },
        comparison: {
          type: 'object',
          properties: {
            key: str,
            title: str,
            computedAt: { type: ['string', 'null'] },
            scope: { type: 'object', properties: { id: { type: 'integer' }, name: str, kind: str }, required: ['id', 'name', 'kind'] },
            objectCount: { type: 'integer' },
          },
          required: ['key', 'title', 'computedAt', 'scope', 'objectCount'],
        },
        indicator: {
          type: 'object',
          properties: {
            code: str,
            name: str,
            unit: str,
            polarity: str,
            periodKind: str,
            method: str,
            formula: str,
            source: str,
            note: { type: ['string', 'null'] },
            directions: { type: 'array', items: codeName },
            elements: { type: 'array', items: codeName },
            rollUp: { type: ['string', 'null'] },
            // How a lower-is-better value becomes points (catalogue scoring.inversion); null otherwise.
            inversion: {
              anyOf: [{ type: 'null' }, { type: 'object', properties: { rule: str, text: str }, required: ['rule', 'text'] }],
            },
          },
          required: ['code', 'name', 'unit', 'polarity', 'periodKind', 'formula', 'directions', 'elements', 'rollUp', 'inversion'],
        },
        stats: {
          type: ['object', 'null'],
          properties: {
            n: { type: 'integer' },
            nWithout: { type: 'integer' },
            min: num,
            q1: num,
            median: num,
            q3: num,
            max: num,
            mean: num,
          },
        },
        scopeValue: {
          type: 'object',
          properties: { value: numOrNull, reason: { type: ['string', 'null'] } },
          required: ['value', 'reason'],
        },
        distribution: {
          type: 'object',
          properties: {
            values: { type: 'array', items: valued },
            without: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: { type: 'integer' }, name: str, kind: str, reason: str },
                required: ['id', 'name', 'kind', 'reason'],
              },
            },
            reasons: {
              type: 'array',
              items: { type: 'object', properties: { reason: str, count: { type: 'integer' } }, required: ['reason', 'count'] },
            },
          },
          required: ['values', 'without', 'reasons'],
        },
        best: { type: 'array', items: ranked },
        worst: { type: 'array', items: ranked },
        histogram: {
          type: ['object', 'null'],
          properties: {
            rule: str,
            width: num,
            bins: {
              type: 'array',
              items: {
                type: 'object',
                properties: { from: num, to: num, count: { type: 'integer' }, objects: { type: 'array', items: str } },
                required: ['from', 'to', 'count', 'objects'],
              },
            },
          },
        },
        trend: {
          type: 'object',
          properties: {
            points: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  periodId: { type: 'integer' },
                  periodName: str,
                  year: { type: 'integer' },
                  scope: numOrNull,
                  median: numOrNull,
                  q1: numOrNull,
                  q3: numOrNull,
                  n: { type: 'integer' },
                },
                required: ['periodId', 'periodName', 'year', 'scope', 'median', 'q1', 'q3', 'n'],
              },
            },
            scopeScale: { type: 'string', enum: ['same', 'total', 'share'] },
            scope: trendReading,
            median: trendReading,
          },
          required: ['points', 'scopeScale', 'scope', 'median'],
        },
      },
      required: [
        'catalogue',
        'period',
        'comparison',
        'indicator',
        'stats',
        'scopeValue',
        'distribution',
        'best',
        'worst',
        'histogram',
        'trend',
      ],
    },
    ...errorResponses,
  },
} as const;

export interface CardQuery {
  catalogueId: number;
  orgId: number;
}

const cardOutcome = {
  type: 'object',
  description: 'Число или причина его отсутствия: kind ok (value), missing (нет данных) или invalid (не рассчитан), reason',
  properties: { kind: { type: 'string', enum: ['ok', 'missing', 'invalid'] }, value: { type: 'number' }, reason: { type: 'string' } },
  required: ['kind'],
} as const;
const orNull = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] }) as const;
const cardPlace = {
  type: 'object',
  description: 'Место среди сравниваемых: place…placeTo (равные баллы делят место) из count',
  properties: { place: { type: 'integer' }, placeTo: { type: 'integer' }, label: { type: 'string' }, count: { type: 'integer' } },
  required: ['place', 'placeTo', 'label', 'count'],
} as const;
const cardOrg = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    shortName: { type: ['string', 'null'] },
    kind: { type: 'string' },
    type: { type: ['string', 'null'] },
  },
  required: ['id', 'name', 'shortName', 'kind', 'type'],
} as const;
const cardZone = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['ok', 'missing', 'invalid'] },
    reason: { type: 'string' },
    value: {
      type: 'object',
      properties: {
        zone: { type: 'string', enum: ['green', 'yellow', 'red'] },
        name: { type: 'string' },
        roundedScore: { type: 'number' },
        rule: { type: 'string' },
        explanation: { type: 'string' },
      },
      required: ['zone', 'name', 'roundedScore', 'rule', 'explanation'],
    },
  },
  required: ['kind'],
} as const;
const cardStrings = { type: 'array', items: { type: 'string' } } as const;

export const cardSchema = {
  tags: ['Результаты'],
  summary: 'Карточка результатов организации, муниципалитета или региона: значения, баллы, места и зоны по всем периодам',
  description:
    'Периоды с результатами методики (от ранних к поздним); по каждому показателю — значение, значения муниципалитета и региона для сравнения, балл и место в сравнении, где объект рейтингуется; по направлениям и в целом — балл, место, зона. Доступно тем, кто видит объект.',
  querystring: {
    type: 'object',
    properties: { catalogueId: ids.catalogueId, orgId: { type: 'integer', minimum: 1 } },
    required: ['catalogueId', 'orgId'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        org: cardOrg,
        municipality: orNull(cardOrg),
        region: orNull(cardOrg),
        catalogue: {
          type: 'object',
          properties: { id: { type: 'integer' }, code: { type: 'string' }, version: { type: 'integer' }, name: { type: 'string' } },
          required: ['id', 'code', 'version', 'name'],
        },
        notApplicable: {
          type: 'array',
          items: {
            type: 'object',
            properties: { code: { type: 'string' }, name: { type: 'string' }, reason: { type: 'string' } },
            required: ['code', 'name', 'reason'],
          },
        },
        directions: {
          type: 'array',
          items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } }, required: ['code', 'name'] },
        },
        indicators: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              code: { type: 'string' },
              name: { type: 'string' },
              unit: { type: 'string' },
              polarity: { type: 'string' },
              directions: cardStrings,
              periodKind: { type: 'string' },
            },
            required: ['code', 'name', 'unit', 'polarity', 'directions', 'periodKind'],
          },
        },
        periods: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              code: { type: 'string' },
              name: { type: 'string' },
              kind: { type: 'string' },
              startsOn: { type: 'string' },
              comparison: orNull({
                type: 'object',
                properties: {
                  key: { type: 'string' },
                  title: { type: 'string' },
                  count: { type: 'integer' },
                  zoneYear: { type: ['integer', 'null'] },
                },
                required: ['key', 'title', 'count', 'zoneYear'],
              }),
              summary: orNull({
                type: 'object',
                properties: {
                  score: cardOutcome,
                  place: orNull(cardPlace),
                  zone: orNull(cardZone),
                  completeness: {
                    type: 'object',
                    properties: {
                      scored: { type: 'integer' },
                      applicable: { type: 'integer' },
                      total: { type: 'integer' },
                      share: { type: 'number' },
                    },
                    required: ['scored', 'applicable', 'total', 'share'],
                  },
                },
                required: ['score', 'place', 'zone', 'completeness'],
              }),
              directions: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { code: { type: 'string' }, score: cardOutcome, place: orNull(cardPlace) },
                  required: ['code', 'score', 'place'],
                },
              },
              values: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    code: { type: 'string' },
                    value: cardOutcome,
                    municipality: orNull(cardOutcome),
                    region: orNull(cardOutcome),
                    score: orNull(cardOutcome),
                    place: orNull(cardPlace),
                  },
                  required: ['code', 'value', 'municipality', 'region', 'score', 'place'],
                },
              },
            },
            required: ['id', 'code', 'name', 'kind', 'startsOn', 'comparison', 'summary', 'directions', 'values'],
          },
        },
      },
      required: ['org', 'municipality', 'region', 'catalogue', 'notApplicable', 'directions', 'indicators', 'periods'],
    },
    ...errorResponses,
  },
} as const;
