import { EDUCATION_LEVELS } from '../org/education-levels.ts';
import { ORG_TYPES } from '../org/org-kind.ts';
import { BREAKDOWNS, CYCLE_BLOCKS, LEVELS, METHODS, POLARITIES, UNITS, VALUE_TYPES } from './catalogue.ts';

const code = { type: 'string', pattern: '^[A-Za-z0-9._-]+$', minLength: 1, maxLength: 80 } as const;
const text = { type: 'string', minLength: 1 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const dataElementSchema = {
  type: 'object',
  properties: {
    code: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 80 },
    name: text,
    valueType: { enum: [...VALUE_TYPES] },
    unit: { enum: [...UNITS] },
    level: { enum: [...LEVELS] },
    breakdowns: { type: 'array', items: { enum: [...BREAKDOWNS] }, uniqueItems: true },
    orgTypes: { type: 'array', items: { enum: [...ORG_TYPES] }, uniqueItems: true },
  },
  required: ['code', 'name', 'valueType', 'unit', 'level'],
  additionalProperties: false,
} as const;

export const dataElementFileSchema = {
  type: 'object',
  properties: { dataElements: { type: 'array', items: dataElementSchema } },
  required: ['dataElements'],
  additionalProperties: false,
} as const;

const positionSchema = {
  type: 'object',
  properties: {
    code,
    component: code,
    name: text,
    maxPoints: { type: 'number', exclusiveMinimum: 0, maximum: 1000 },
    source: text,
    derived: { type: 'boolean' },
  },
  required: ['code', 'component', 'name', 'maxPoints', 'source'],
  additionalProperties: false,
} as const;

const directionSchema = {
  type: 'object',
  properties: {
    code,
    name: text,
    goals: { type: 'array', items: text },
    optional: { type: 'boolean' },
    positions: { type: 'array', items: positionSchema },
  },
  required: ['code', 'name'],
  additionalProperties: false,
} as const;

const indicatorSchema = {
  type: 'object',
  properties: {
    code,
    name: text,
    directions: { type: 'array', items: code, minItems: 1, uniqueItems: true },
    unit: { enum: [...UNITS] },
    polarity: { enum: [...POLARITIES] },
    periodKind: { enum: ['calendar_year', 'school_year'] },
    orgTypes: { type: 'array', items: { enum: [...ORG_TYPES] }, minItems: 1, uniqueItems: true },
    method: { enum: [...METHODS] },
    formula: text,
    source: text,
    note: { type: 'string' },
    levels: { type: 'array', items: { enum: [...EDUCATION_LEVELS] }, minItems: 1, uniqueItems: true },
  },
  required: ['code', 'name', 'directions', 'unit', 'polarity', 'periodKind', 'orgTypes', 'method', 'formula', 'source'],
  additionalProperties: false,
} as const;

export const catalogueSchema = {
  type: 'object',
  properties: {
    code: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 80 },
    version: { type: 'integer', minimum: 1 },
    kind: { enum: ['indicators', 'mechanisms'] },
    name: text,
    validFrom: isoDate,
    validTo: { anyOf: [isoDate, { type: 'null' }] },
    source: text,
    description: { type: 'string' },
    summary: { enum: ['directions', 'indicators'] },
    precision: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    minCompleteness: { type: 'number', minimum: 0, maximum: 1 },
    blocks: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { code, name: text, directions: { type: 'array', items: directionSchema, minItems: 1 } },
        required: ['code', 'name', 'directions'],
        additionalProperties: false,
      },
    },
    indicators: { type: 'array', items: indicatorSchema },
    components: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code, name: text, block: { enum: [...CYCLE_BLOCKS] } },
        required: ['code', 'name', 'block'],
        additionalProperties: false,
      },
    },
    // Free-form rules of the methodology, but zone thresholds have a fixed shape (zone-thresholds.ts).
    scoring: {
      type: 'object',
      properties: {
        // What a missing indicator does to a mean: zero (the seed's divisor, default) | exclude (the authority's deviation).
        missingRule: { enum: ['zero', 'exclude'] },
        missingRuleNote: text,
        // Step scores are rounded to before places and zones (default: 1 with zones, else precision).
        placePrecision: { type: 'number', exclusiveMinimum: 0, maximum: 10 },
        // How lower-is-better values become points: linear (default) | ratio (best / value × 100).
        inversion: { enum: ['linear', 'ratio'] },
        inversionByIndicator: { type: 'object', additionalProperties: { enum: ['linear', 'ratio'] } },
        zones: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              year: { type: 'integer', minimum: 2000, maximum: 2100 },
              appliesTo: { type: 'string' },
              bands: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  properties: {
                    zone: { enum: ['green', 'yellow', 'red'] },
                    name: text,
                    level: { type: 'string' },
                    min: { type: 'number' },
                    max: { type: 'number' },
                  },
                  required: ['zone', 'name', 'min', 'max'],
                  additionalProperties: false,
                },
              },
              gaps: { type: 'string' },
              source: { type: 'string' },
              check: { type: 'string' },
            },
            required: ['year', 'bands'],
            additionalProperties: false,
          },
        },
      },
    },
  },
  required: ['code', 'version', 'kind', 'name', 'validFrom', 'validTo', 'source', 'blocks'],
  additionalProperties: false,
} as const;
