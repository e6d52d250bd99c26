import { COMPETENCE_LEVELS, EDUCATION_LEVELS, LEADER_EVENT_KINDS, POST_KINDS } from '../../../domain/personnel/personnel.ts';
import { errorResponses, idParamsSchema } from '../../common-schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['Руководители и кадровый резерв'];
const withErrors = (ok: Record<number, unknown>) => ({ ...ok, ...errorResponses });
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;
const id = { type: 'integer', minimum: 1 } as const;
const nullableId = { type: ['integer', 'null'], minimum: 1 } as const;
const municipalityQuery = { type: 'object', properties: { municipalityId: id }, additionalProperties: false } as const;
const leaderView = withErrors({
  200: { type: 'object', properties: { leader: anyObject, recomputed: { type: 'boolean' } }, required: ['leader'] },
});
const candidateView = withErrors({
  200: { type: 'object', properties: { candidate: anyObject, recomputed: { type: 'boolean' } }, required: ['candidate'] },
});
const candidateParams = idParamsSchema;

export const mySchema = {
  tags,
  summary: 'Свои записи в реестре руководителей и кадровом резерве (для самого человека)',
  response: withErrors({ 200: anyObject }),
} as const;

export const listLeadersSchema = {
  tags,
  summary: 'Реестр руководителей муниципалитета с зонами (только муниципальный оператор и администратор; чтение записывается в журнал)',
  querystring: municipalityQuery,
  response: withErrors({ 200: { type: 'object', properties: { register: anyObject }, required: ['register'] } }),
} as const;

const leaderBody = {
  type: 'object',
  properties: {
    orgId: id,
    fullName: text(300),
    postKind: { type: 'string', enum: [...POST_KINDS] },
    postTitle: text(300),
    appointedOn: text(20),
    leftOn: nullableText(20),
    educationLevel: { type: 'string', enum: [...EDUCATION_LEVELS] },
    education: text(1000),
    mgmtEducation: nullableText(200),
    login: nullableText(100),
  },
  required: ['orgId', 'fullName', 'postKind', 'postTitle', 'appointedOn', 'educationLevel'],
  additionalProperties: false,
} as const;

export const createLeaderSchema = {
  tags,
  summary: 'Добавить руководителя в реестр',
  querystring: municipalityQuery,
  body: leaderBody,
  response: withErrors({
    201: { type: 'object', properties: { leader: anyObject, recomputed: { type: 'boolean' } }, required: ['leader'] },
  }),
} as const;

export const updateLeaderSchema = {
  tags,
  summary: 'Изменить запись руководителя (с проверкой версии)',
  params: idParamsSchema,
  body: { ...leaderBody, properties: { ...leaderBody.properties, version: id }, required: [...leaderBody.required, 'version'] },
  response: leaderView,
} as const;

export const getLeaderSchema = {
  tags,
  summary: 'Карточка руководителя: записи, результаты организации, зона',
  params: idParamsSchema,
  response: leaderView,
} as const;

export const addLeaderEventSchema = {
  tags,
  summary: 'Записать повышение квалификации, диагностику дефицитов, оценку или аттестацию руководителя',
  params: idParamsSchema,
  body: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: [...LEADER_EVENT_KINDS] },
      heldOn: text(20),
      title: text(500),
      hours: { type: ['integer', 'null'] },
      relevant: { type: ['boolean', 'null'] },
      voluntary: { type: ['boolean', 'null'] },
      level: { type: ['string', 'null'], enum: [...COMPETENCE_LEVELS, 'passed', 'failed', null] },
      result: text(2000),
    },
    required: ['kind', 'heldOn', 'title'],
    additionalProperties: false,
  },
  response: leaderView,
} as const;

export const removeLeaderEventSchema = {
  tags,
  summary: 'Удалить ошибочную запись руководителя',
  params: { type: 'object', properties: { id, eventId: id }, required: ['id', 'eventId'] },
  response: leaderView,
} as const;

export const getReserveSchema = {
  tags,
  summary: 'Кадровый резерв муниципалитета: правила, отборы, кандидаты, показатели (чтение записывается в журнал)',
  querystring: municipalityQuery,
  response: withErrors({ 200: { type: 'object', properties: { reserve: anyObject }, required: ['reserve'] } }),
} as const;

export const saveSettingsSchema = {
  tags,
  summary: 'Правила резерва (критерии, подготовка, сопровождение, приказ) и пороги зон руководителей',
  querystring: municipalityQuery,
  body: {
    type: 'object',
    properties: {
      criteria: { type: 'array', maxItems: 50, items: text(1000) },
      trainingSystem: text(4000),
      supportMechanism: text(4000),
      orderNumber: nullableText(100),
      orderDate: nullableText(20),
      greenMin: { type: 'number' },
      yellowMin: { type: 'number' },
    },
    required: ['criteria', 'trainingSystem', 'supportMechanism', 'greenMin', 'yellowMin'],
    additionalProperties: false,
  },
  response: withErrors({
    200: { type: 'object', properties: { reserve: anyObject, recomputed: { type: 'boolean' } }, required: ['reserve'] },
  }),
} as const;

export const addRoundSchema = {
  tags,
  summary: 'Записать конкурсный отбор в резерв',
  querystring: municipalityQuery,
  body: {
    type: 'object',
    properties: { title: text(500), heldOn: text(20), orderNumber: nullableText(100) },
    required: ['title', 'heldOn'],
    additionalProperties: false,
  },
  response: withErrors({
    201: { type: 'object', properties: { id: { type: 'integer' }, reserve: anyObject }, required: ['id', 'reserve'] },
  }),
} as const;

export const addCandidateSchema = {
  tags,
  summary: 'Выдвинуть кандидата в кадровый резерв',
  querystring: municipalityQuery,
  body: {
    type: 'object',
    properties: {
      fullName: text(300),
      workplaceOrgId: nullableId,
      currentPost: text(300),
      targetPost: text(300),
      educationLevel: { type: 'string', enum: [...EDUCATION_LEVELS] },
      mgmtEducation: nullableText(200),
      roundId: nullableId,
      nominatedOn: text(20),
      login: nullableText(100),
    },
    required: ['fullName', 'currentPost', 'targetPost', 'educationLevel', 'nominatedOn'],
    additionalProperties: false,
  },
  response: withErrors({
    201: { type: 'object', properties: { candidate: anyObject, recomputed: { type: 'boolean' } }, required: ['candidate'] },
  }),
} as const;

export const getCandidateSchema = {
  tags,
  summary: 'Карточка кандидата резерва',
  params: candidateParams,
  response: candidateView,
} as const;

export const addReserveEventSchema = {
  tags,
  summary: 'Записать лично-профессиональную диагностику или обучение кандидата',
  params: candidateParams,
  body: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['diagnostics', 'training'] },
      heldOn: text(20),
      title: text(500),
      hours: { type: ['integer', 'null'] },
      passed: { type: ['boolean', 'null'] },
      result: text(2000),
    },
    required: ['kind', 'heldOn', 'title'],
    additionalProperties: false,
  },
  response: candidateView,
} as const;

export const addPlanItemsSchema = {
  tags,
  summary: 'Добавить пункты плана индивидуального развития',
  params: candidateParams,
  body: {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          properties: { title: text(1000), dueOn: text(20) },
          required: ['title', 'dueOn'],
          additionalProperties: false,
        },
      },
    },
    required: ['items'],
    additionalProperties: false,
  },
  response: candidateView,
} as const;

export const markPlanItemSchema = {
  tags,
  summary: 'Отметить выполнение пункта плана (doneOn: дата или null)',
  params: { type: 'object', properties: { id, itemId: id }, required: ['id', 'itemId'] },
  body: { type: 'object', properties: { doneOn: nullableText(20) }, required: ['doneOn'], additionalProperties: false },
  response: candidateView,
} as const;

export const enrollSchema = {
  tags,
  summary: 'Зачислить кандидата в резерв',
  params: candidateParams,
  body: { type: 'object', properties: { enrolledOn: text(20) }, required: ['enrolledOn'], additionalProperties: false },
  response: candidateView,
} as const;

export const excludeSchema = {
  tags,
  summary: 'Исключить кандидата из резерва',
  params: candidateParams,
  body: {
    type: 'object',
    properties: { excludedOn: text(20), reason: text(1000) },
    required: ['excludedOn', 'reason'],
    additionalProperties: false,
  },
  response: candidateView,
} as const;

export const mentorSchema = {
  tags,
  summary: 'Назначить наставника (руководителя муниципалитета) или снять его',
  params: candidateParams,
  body: { type: 'object', properties: { mentorLeaderId: nullableId }, required: ['mentorLeaderId'], additionalProperties: false },
  response: candidateView,
} as const;

export const appointSchema = {
  tags,
  summary: 'Назначить кандидата на вакантную должность (утверждённый шаг: приказ и кто утвердил)',
  params: candidateParams,
  body: {
    type: 'object',
    properties: {
      orgId: id,
      postKind: { type: 'string', enum: [...POST_KINDS] },
      postTitle: text(300),
      appointedOn: text(20),
      orderNumber: text(100),
      orderDate: text(20),
      approvedByName: text(300),
      approvedByPost: text(300),
    },
    required: ['orgId', 'postKind', 'postTitle', 'appointedOn', 'orderNumber', 'orderDate', 'approvedByName', 'approvedByPost'],
    additionalProperties: false,
  },
  response: candidateView,
} as const;

export const exportSchema = {
  tags,
  summary: 'Выгрузка реестра руководителей и резерва в Excel (записывается в журнал)',
  querystring: municipalityQuery,
} as const;
