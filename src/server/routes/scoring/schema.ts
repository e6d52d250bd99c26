import { errorResponses } from '../../../api/common.ts';
import {
  AgreeBody,
  CycleOne,
  CycleQuery,
  EvidenceOne,
  ImportReportOne,
  ObjectParams,
  RoundInput,
  RoundList,
  RoundOne,
  RoundParams,
  ScorerList,
  ScorersQuery,
  ScoresBody,
  SheetOne,
} from '../../../api/scoring.ts';

const tags = ['Экспертная оценка механизмов'];

export const listRoundsSchema = {
  tags,
  summary: 'Раунды оценки, доступные пользователю (эксперту — где он назначен)',
  response: { 200: RoundList, ...errorResponses },
};

export const createRoundSchema = {
  tags,
  summary: 'Открыть раунд оценки: методика механизмов, период, объекты и назначенные им эксперты',
  body: RoundInput,
  response: { 201: RoundOne, ...errorResponses },
};

export const getRoundSchema = {
  tags,
  summary: 'Раунд: ход оценки по объектам и экспертам, расхождения, индексы (9 этапов) и рейтинг объектов',
  params: RoundParams,
  response: { 200: RoundOne, ...errorResponses },
};

export const getSheetSchema = {
  tags,
  summary: 'Лист оценки объекта: позиции, баллы эксперта (оператору — всех экспертов), согласованные баллы, индекс с пояснениями',
  params: ObjectParams,
  response: { 200: SheetOne, ...errorResponses },
};

export const saveScoresSchema = {
  tags,
  summary: 'Сохранить свои баллы объекта (только назначенный эксперт; null удаляет балл позиции)',
  params: ObjectParams,
  body: ScoresBody,
  response: { 200: SheetOne, ...errorResponses },
};

export const agreeSchema = {
  tags,
  summary: 'Записать согласованный балл позиции (оператор раунда; null снимает согласование)',
  params: ObjectParams,
  body: AgreeBody,
  response: { 200: SheetOne, ...errorResponses },
};

export const uploadEvidenceSchema = {
  tags,
  summary: 'Приложить документ к баллу позиции (тело — файл; заголовки x-file-name и x-position)',
  params: ObjectParams,
  response: { 201: EvidenceOne, ...errorResponses },
};

export const fileSchema = (summary: string) => ({ tags, summary, params: RoundParams, response: { ...errorResponses } });

export const importSchema = {
  tags,
  summary: 'Загрузить баллы из книги Excel (эксперт — свои; проверяется целиком, с ошибками не меняет ничего)',
  params: RoundParams,
  response: { 200: ImportReportOne, ...errorResponses },
};

export const cycleSchema = {
  tags,
  summary: 'Управленческий цикл по направлениям: что есть в системе для каждого из девяти компонентов, самооценка и экспертная оценка',
  querystring: CycleQuery,
  response: { 200: CycleOne, ...errorResponses },
};

export const closeRoundSchema = {
  tags,
  summary: 'Закрыть раунд: баллы и согласования фиксируются, индексы окончательные (при несогласованных расхождениях — отказ)',
  params: RoundParams,
  response: { 200: RoundOne, ...errorResponses },
};

export const scorersSchema = {
  tags,
  summary:
    'Кого можно назначить оценивать в раунде территории (по умолчанию — своей зоны): экспертов этой территории и охватывающих её (экспертный раунд) или операторов и экспертов территории (самооценка)',
  querystring: ScorersQuery,
  response: { 200: ScorerList, ...errorResponses },
};
