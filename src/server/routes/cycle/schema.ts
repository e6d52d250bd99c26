import { errorResponses, IdParams } from '../../../api/common.ts';
import {
  ActionsQuery,
  ActionStatusBody,
  ApproveRecommendationsBody,
  Approved,
  CreatedIds,
  CycleActionInput,
  CycleActionList,
  CycleActionOne,
  EffectivenessInput,
  EffectivenessOne,
  EffectivenessQuery,
  EffectivenessReportCreated,
  NewRecommendations,
  NextCycleBody,
  RecommendationList,
  RecommendationOne,
  RecommendationReportBody,
  RoadmapExportQuery,
  SuggestionList,
  TerritoryQuery,
  VersionBody,
} from '../../../api/cycle.ts';

const tags = ['Рекомендации, меры, решения и анализ эффективности'];
const recommendationView = { 200: RecommendationOne, ...errorResponses };
const recommendationList = { 200: RecommendationList, ...errorResponses };
const effectivenessView = { 200: EffectivenessOne, ...errorResponses };

export const listRecommendationsSchema = {
  tags,
  summary: 'Адресные рекомендации территории: кому, что, срок, исполнение (просроченные отмечены)',
  querystring: TerritoryQuery,
  response: recommendationList,
};

export const myRecommendationsSchema = {
  tags,
  summary: 'Рекомендации, адресованные своей организации (кабинет организации)',
  response: recommendationList,
};

export const getRecommendationSchema = {
  tags,
  summary: 'Одна рекомендация',
  params: IdParams,
  response: recommendationView,
};

export const suggestionsSchema = {
  tags,
  summary: 'Рекомендации, которые предлагает отчёт: организации, названные в его дефицитах',
  params: IdParams,
  response: { 200: SuggestionList, ...errorResponses },
};

export const createRecommendationsSchema = {
  tags,
  summary: 'Записать адресные рекомендации по отчёту выбранным организациям (все или ни одной)',
  params: IdParams,
  body: NewRecommendations,
  response: { 201: CreatedIds, ...errorResponses },
};

export const acknowledgeSchema = {
  tags,
  summary: 'Организация принимает рекомендацию к исполнению',
  params: IdParams,
  body: VersionBody,
  response: recommendationView,
};

export const reportSchema = {
  tags,
  summary: 'Организация отражает, что сделано по рекомендации',
  params: IdParams,
  body: RecommendationReportBody,
  response: recommendationView,
};

export const approveRecommendationsSchema = {
  tags,
  summary: 'Записать одобрение рекомендаций рабочей группой (дата заседания, протокол)',
  querystring: TerritoryQuery,
  body: ApproveRecommendationsBody,
  response: { 200: Approved, ...errorResponses },
};

export const listActionsSchema = {
  tags,
  summary: 'Дорожная карта мероприятий и управленческие решения территории',
  querystring: ActionsQuery,
  response: { 200: CycleActionList, ...errorResponses },
};

export const createActionSchema = {
  tags,
  summary: 'Записать мероприятие дорожной карты или управленческое решение (вид, акт, сроки, участники, ответственные)',
  querystring: TerritoryQuery,
  body: CycleActionInput,
  response: { 201: CycleActionOne, ...errorResponses },
};

export const actionStatusSchema = {
  tags,
  summary: 'Изменить состояние мероприятия или решения и записать результат',
  params: IdParams,
  body: ActionStatusBody,
  response: { 200: CycleActionOne, ...errorResponses },
};

export const exportRoadmapSchema = {
  tags,
  summary: 'Дорожная карта и решения файлом: XLSX или DOCX',
  querystring: RoadmapExportQuery,
};

export const getEffectivenessSchema = {
  tags,
  summary: 'Анализ эффективности мер и решений направления: динамика показателей целевых организаций против сопоставимых',
  querystring: EffectivenessQuery,
  response: effectivenessView,
};

export const saveEffectivenessSchema = {
  tags,
  summary: 'Сохранить выводы анализа эффективности и проблемы, которые он называет',
  body: EffectivenessInput,
  response: effectivenessView,
};

export const nextCycleSchema = {
  tags,
  summary: 'Поставить цели следующего управленческого цикла из проблем анализа',
  params: IdParams,
  body: NextCycleBody,
  response: { 201: EffectivenessOne, ...errorResponses },
};

export const effectivenessReportSchema = {
  tags,
  summary: 'Сформировать аналитический отчёт об эффективности принятых мер (далее — рабочая группа, утверждение, DOCX/PDF)',
  params: IdParams,
  response: { 201: EffectivenessReportCreated, ...errorResponses },
};
