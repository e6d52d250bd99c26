import { errorResponses, IdParams } from '../../../api/common.ts';
import { MunicipalityQuery, MyRecords } from '../../../api/personnel.ts';
import {
  AppointmentInput,
  CandidateInput,
  CandidateOne,
  EnrollBody,
  ExcludeBody,
  MentorBody,
  PlanItemMark,
  PlanItemParams,
  PlanItemsBody,
  ReserveEventInput,
} from '../../../api/personnel-candidates.ts';
import {
  LeaderEventInput,
  LeaderEventParams,
  LeaderInput,
  LeaderOne,
  LeaderRegister,
  LeaderUpdate,
} from '../../../api/personnel-leaders.ts';
import { ReserveOne, ReserveSaved, RoundAdded, RoundInput, SettingsInput } from '../../../api/personnel-reserve.ts';

const tags = ['Руководители и кадровый резерв'];
const leaderView = { 200: LeaderOne, ...errorResponses };
const candidateView = { 200: CandidateOne, ...errorResponses };

export const mySchema = {
  tags,
  summary: 'Свои записи в реестре руководителей и кадровом резерве (для самого человека)',
  response: { 200: MyRecords, ...errorResponses },
};

export const listLeadersSchema = {
  tags,
  summary: 'Реестр руководителей муниципалитета с зонами (только муниципальный оператор и администратор; чтение записывается в журнал)',
  querystring: MunicipalityQuery,
  response: { 200: LeaderRegister, ...errorResponses },
};

export const createLeaderSchema = {
  tags,
  summary: 'Добавить руководителя в реестр',
  querystring: MunicipalityQuery,
  body: LeaderInput,
  response: { 201: LeaderOne, ...errorResponses },
};

export const updateLeaderSchema = {
  tags,
  summary: 'Изменить запись руководителя (с проверкой версии)',
  params: IdParams,
  body: LeaderUpdate,
  response: leaderView,
};

export const getLeaderSchema = {
  tags,
  summary: 'Карточка руководителя: записи, результаты организации, зона',
  params: IdParams,
  response: leaderView,
};

export const addLeaderEventSchema = {
  tags,
  summary: 'Записать повышение квалификации, диагностику дефицитов, оценку или аттестацию руководителя',
  params: IdParams,
  body: LeaderEventInput,
  response: leaderView,
};

export const removeLeaderEventSchema = {
  tags,
  summary: 'Удалить ошибочную запись руководителя',
  params: LeaderEventParams,
  response: leaderView,
};

export const getReserveSchema = {
  tags,
  summary: 'Кадровый резерв муниципалитета: правила, отборы, кандидаты, показатели (чтение записывается в журнал)',
  querystring: MunicipalityQuery,
  response: { 200: ReserveOne, ...errorResponses },
};

export const saveSettingsSchema = {
  tags,
  summary: 'Правила резерва (критерии, подготовка, сопровождение, приказ) и пороги зон руководителей',
  querystring: MunicipalityQuery,
  body: SettingsInput,
  response: { 200: ReserveSaved, ...errorResponses },
};

export const addRoundSchema = {
  tags,
  summary: 'Записать конкурсный отбор в резерв',
  querystring: MunicipalityQuery,
  body: RoundInput,
  response: { 201: RoundAdded, ...errorResponses },
};

export const addCandidateSchema = {
  tags,
  summary: 'Выдвинуть кандидата в кадровый резерв',
  querystring: MunicipalityQuery,
  body: CandidateInput,
  response: { 201: CandidateOne, ...errorResponses },
};

export const getCandidateSchema = {
  tags,
  summary: 'Карточка кандидата резерва',
  params: IdParams,
  response: candidateView,
};

export const addReserveEventSchema = {
  tags,
  summary: 'Записать лично-профессиональную диагностику или обучение кандидата',
  params: IdParams,
  body: ReserveEventInput,
  response: candidateView,
};

export const addPlanItemsSchema = {
  tags,
  summary: 'Добавить пункты плана индивидуального развития',
  params: IdParams,
  body: PlanItemsBody,
  response: candidateView,
};

export const markPlanItemSchema = {
  tags,
  summary: 'Отметить выполнение пункта плана (doneOn: дата или null)',
  params: PlanItemParams,
  body: PlanItemMark,
  response: candidateView,
};

export const enrollSchema = {
  tags,
  summary: 'Зачислить кандидата в резерв',
  params: IdParams,
  body: EnrollBody,
  response: candidateView,
};

export const excludeSchema = {
  tags,
  summary: 'Исключить кандидата из резерва',
  params: IdParams,
  body: ExcludeBody,
  response: candidateView,
};

export const mentorSchema = {
  tags,
  summary: 'Назначить наставника (руководителя муниципалитета) или снять его',
  params: IdParams,
  body: MentorBody,
  response: candidateView,
};

export const appointSchema = {
  tags,
  summary: 'Назначить кандидата на вакантную должность (утверждённый шаг: приказ и кто утвердил)',
  params: IdParams,
  body: AppointmentInput,
  response: candidateView,
};

export const exportSchema = {
  tags,
  summary: 'Выгрузка реестра руководителей и резерва в Excel (записывается в журнал)',
  querystring: MunicipalityQuery,
};
