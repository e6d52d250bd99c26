import { errorResponses, IdParams } from '../../../api/common.ts';
import {
  AcceptReportOne,
  CampaignInput,
  CampaignList,
  CampaignOne,
  CyclogramInput,
  CyclogramOne,
  CyclogramQuery,
  FormOne,
  FormParams,
  RegulationOrder,
  ReopenFormBody,
  ReturnFormBody,
  SaveFormBody,
  SubmitFormBody,
  TemplateQuery,
  UploadReportOne,
} from '../../../api/campaigns.ts';

const tags = ['Сбор данных'];

export const listCampaignsSchema = {
  tags,
  summary: 'Кампании сбора данных, доступные пользователю',
  response: { 200: CampaignList, ...errorResponses },
};

export const createCampaignSchema = {
  tags,
  summary: 'Создать кампанию мониторинга: методика (или её показатели), период, участники, сроки, ответственный',
  body: CampaignInput,
  response: { 201: CampaignOne, ...errorResponses },
};

export const getCampaignSchema = {
  tags,
  summary: 'Кампания и ход сбора: статусы организаций, заполненность, просрочки',
  params: IdParams,
  response: { 200: CampaignOne, ...errorResponses },
};

/** A file download: the body is the file, so only the errors are described. */
export const fileSchema = (summary: string, querystring?: typeof TemplateQuery) => ({
  tags,
  summary,
  params: IdParams,
  ...(querystring ? { querystring } : {}),
  response: { ...errorResponses },
});

export const templateQuery = TemplateQuery;

export const uploadSchema = {
  tags,
  summary: 'Загрузить заполненный шаблон (XLSX) или CSV: проверяется целиком, с ошибками не меняет ничего',
  params: IdParams,
  response: { 200: UploadReportOne, ...errorResponses },
};

export const approveSchema = {
  tags,
  summary: 'Записать приказ об утверждении регламента мониторинга (номер и дата)',
  params: IdParams,
  body: RegulationOrder,
  response: { 200: CampaignOne, ...errorResponses },
};

export const publishSchema = {
  tags,
  summary: 'Опубликовать утверждённый регламент',
  params: IdParams,
  response: { 200: CampaignOne, ...errorResponses },
};

const formResponse = { 200: FormOne, ...errorResponses };

export const getFormSchema = { tags, summary: 'Форма организации в кампании', params: FormParams, response: formResponse };

export const saveFormSchema = {
  tags,
  summary: 'Сохранить черновик формы (только изменённые поля; 409, если форму изменили после version)',
  params: FormParams,
  body: SaveFormBody,
  response: formResponse,
};

export const submitSchema = {
  tags,
  summary: 'Отправить форму на проверку (проверяется вся форма)',
  params: FormParams,
  body: SubmitFormBody,
  response: formResponse,
};

export const returnSchema = {
  tags,
  summary: 'Вернуть форму на доработку с комментарием',
  params: FormParams,
  body: ReturnFormBody,
  response: formResponse,
};

export const reopenSchema = {
  tags,
  summary: 'Открыть принятую форму повторно с указанием причины',
  params: FormParams,
  body: ReopenFormBody,
  response: formResponse,
};

export const acceptSchema = {
  tags,
  summary: 'Принять форму: значения становятся принятыми данными, результаты пересчитываются',
  params: FormParams,
  response: { 200: AcceptReportOne, ...errorResponses },
};

export const getCyclogramSchema = {
  tags,
  summary: 'Циклограмма мониторинга территории на год (сохранённая или по умолчанию из методики)',
  querystring: CyclogramQuery,
  response: { 200: CyclogramOne, ...errorResponses },
};

export const saveCyclogramSchema = {
  tags,
  summary: 'Сохранить циклограмму территории на год (все четыре этапа)',
  body: CyclogramInput,
  response: { 200: CyclogramOne, ...errorResponses },
};
