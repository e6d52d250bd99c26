import { errorResponses, IdParams } from '../../../api/common.ts';
import { OwnPublicationList, Published, PublishRatingInput, Withdrawn } from '../../../api/publications.ts';
import {
  ApprovalInput,
  ChartParams,
  GenerateReportInput,
  ReportFileOne,
  ReportFileParams,
  ReportList,
  ReportOne,
  ReviewInput,
  SaveSectionsInput,
} from '../../../api/reports.ts';
import { WorkingGroupInput, WorkingGroupOne, WorkingGroupQuery } from '../../../api/working-group.ts';

const tags = ['Аналитические отчёты'];
const publicTags = ['Публичный раздел'];

export const listReportsSchema = {
  tags,
  summary: 'Аналитические отчёты, доступные пользователю',
  response: { 200: ReportList, ...errorResponses },
};

export const generateReportSchema = {
  tags,
  summary: 'Сформировать аналитический отчёт по рассчитанным результатам: по направлению, по мониторингу или по организации',
  body: GenerateReportInput,
  response: { 201: ReportOne, ...errorResponses },
};

export const getReportSchema = {
  tags,
  summary: 'Отчёт: числа, тексты разделов, шаги рассмотрения и утверждения',
  params: IdParams,
  response: { 200: ReportOne, ...errorResponses },
};

export const saveSectionsSchema = {
  tags,
  summary: 'Сохранить тексты разделов черновика',
  params: IdParams,
  body: SaveSectionsInput,
  response: { 200: ReportOne, ...errorResponses },
};

export const refreshSchema = {
  tags,
  summary: 'Обновить числа черновика по текущим результатам (тексты сохраняются)',
  params: IdParams,
  response: { 200: ReportOne, ...errorResponses },
};

export const reviewSchema = {
  tags,
  summary: 'Записать решение рабочей группы: дата заседания, решение, номер протокола, приложенный протокол',
  params: IdParams,
  body: ReviewInput,
  response: { 200: ReportOne, ...errorResponses },
};

export const approveSchema = {
  tags,
  summary: 'Записать утверждение отчёта должностным лицом: ФИО, должность, дата',
  params: IdParams,
  body: ApprovalInput,
  response: { 200: ReportOne, ...errorResponses },
};

export const stepSchema = (summary: string) => ({ tags, summary, params: IdParams, response: { 200: ReportOne, ...errorResponses } });

export const newVersionSchema = {
  tags,
  summary: 'Начать новую версию утверждённого отчёта (новый черновик)',
  params: IdParams,
  response: { 201: ReportOne, ...errorResponses },
};

export const exportSchema = (format: string) => ({
  tags,
  summary: `Отчёт в формате ${format}`,
  params: IdParams,
  response: errorResponses,
});

export const chartSchema = {
  tags,
  summary: 'Рисунок отчёта (PNG)',
  params: ChartParams,
  response: errorResponses,
};

export const uploadFileSchema = {
  tags,
  summary: 'Приложить документ к отчёту (протокол заседания рабочей группы); имя файла — в заголовке x-file-name',
  params: IdParams,
  response: { 201: ReportFileOne, ...errorResponses },
};

export const downloadFileSchema = {
  tags,
  summary: 'Приложенный к отчёту документ',
  params: ReportFileParams,
  response: errorResponses,
};

export const getWorkingGroupSchema = {
  tags,
  summary: 'Рабочая группа территории: состав и приказ о её создании',
  querystring: WorkingGroupQuery,
  response: { 200: WorkingGroupOne, ...errorResponses },
};

export const saveWorkingGroupSchema = {
  tags,
  summary: 'Записать состав рабочей группы и приказ о её создании',
  body: WorkingGroupInput,
  response: { 200: WorkingGroupOne, ...errorResponses },
};

export const publishRatingSchema = {
  tags: publicTags,
  summary: 'Опубликовать рассчитанный рейтинг (числа фиксируются на момент публикации)',
  body: PublishRatingInput,
  response: { 201: Published, ...errorResponses },
};

export const listPublicationsSchema = {
  tags: publicTags,
  summary: 'Публикации территории пользователя, включая снятые',
  response: { 200: OwnPublicationList, ...errorResponses },
};

export const withdrawSchema = {
  tags: publicTags,
  summary: 'Снять рейтинг или регламент с публикации',
  params: IdParams,
  response: { 200: Withdrawn, ...errorResponses },
};
