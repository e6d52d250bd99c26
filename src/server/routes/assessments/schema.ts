import { errorResponses, IdParams } from '../../../api/common.ts';
import {
  ApplyImportBody,
  ImportList,
  ImportOne,
  ReadSettingsBody,
  SavedMappingList,
  ThresholdList,
  ThresholdsBody,
  UploadQuery,
} from '../../../api/assessment-imports.ts';

const tags = ['Результаты оценочных процедур'];

export const listImportsSchema = {
  tags,
  summary: 'Загрузки результатов (ВПР, ОГЭ, ЕГЭ, НИКО, функциональная грамотность, олимпиады)',
  response: { 200: ImportList, ...errorResponses },
};

export const uploadImportSchema = {
  tags,
  summary: 'Загрузить файл результатов (CSV в UTF-8 или Windows-1251, XLSX); ответ — заголовок, образец строк и предложенное сопоставление',
  querystring: UploadQuery,
  response: { 201: ImportOne, ...errorResponses },
};

export const getImportSchema = {
  tags,
  summary: 'Загрузка: состояние, ход чтения, отчёт о проверке и сопоставлении',
  params: IdParams,
  response: { 200: ImportOne, ...errorResponses },
};

export const readImportSchema = {
  tags,
  summary: 'Прочитать файл с подтверждённым сопоставлением столбцов (в фоне; ход — в GET загрузки)',
  params: IdParams,
  body: ReadSettingsBody,
  response: { 202: ImportOne, ...errorResponses },
};

export const applyImportSchema = {
  tags,
  summary: 'Применить загрузку: решения по организациям, пропуск строк с ошибками; всё или ничего',
  params: IdParams,
  body: ApplyImportBody,
  response: { 200: ImportOne, ...errorResponses },
};

export const cancelImportSchema = {
  tags,
  summary: 'Отменить загрузку (ничего не применяется)',
  params: IdParams,
  response: { 200: ImportOne, ...errorResponses },
};

export const listThresholdsSchema = {
  tags,
  summary: 'Минимальные пороги по предметам и годам',
  response: { 200: ThresholdList, ...errorResponses },
};

export const saveThresholdsSchema = {
  tags,
  summary: 'Изменить или добавить минимальные пороги',
  body: ThresholdsBody,
  response: { 200: ThresholdList, ...errorResponses },
};

export const listMappingsSchema = {
  tags,
  summary: 'Сохранённые сопоставления столбцов',
  response: { 200: SavedMappingList, ...errorResponses },
};
