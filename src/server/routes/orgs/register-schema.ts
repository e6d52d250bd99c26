import { errorResponses, IdParams } from '../../../api/common.ts';
import {
  ExportRegisterQuery,
  RegisterApplyResult,
  RegisterImportSettings,
  RegisterImportView,
  UploadRegisterQuery,
} from '../../../api/org-register.ts';

const TAGS = ['Организации'];

export const uploadRegisterSchema = {
  tags: TAGS,
  summary: 'Загрузить файл реестра организаций (XLSX или CSV в теле запроса) и получить предпросмотр',
  querystring: UploadRegisterQuery,
  response: { 201: RegisterImportView, ...errorResponses },
};

export const previewRegisterSchema = {
  tags: TAGS,
  summary: 'Предпросмотр загрузки реестра с исправленным сопоставлением столбцов и ответами на вопросы',
  params: IdParams,
  body: RegisterImportSettings,
  response: { 200: RegisterImportView, ...errorResponses },
};

export const applyRegisterSchema = {
  tags: TAGS,
  summary: 'Применить предпросмотренную загрузку реестра (одной транзакцией)',
  params: IdParams,
  response: { 200: RegisterApplyResult, ...errorResponses },
};

export const exportRegisterSchema = {
  tags: TAGS,
  summary: 'Выгрузить реестр организаций (XLSX в столбцах загрузки)',
  querystring: ExportRegisterQuery,
};
