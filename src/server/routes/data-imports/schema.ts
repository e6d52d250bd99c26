import { errorResponses } from '../../../api/common.ts';
import { DataImportApplyRequest, DataImportPreview, DataImportRequest, DataImportResult } from '../../../api/data-imports.ts';

export const previewDataImportSchema = {
  tags: ['Таблицы данных'],
  summary: 'Предварительный просмотр загрузки таблицы чисел: сопоставление, новые, изменённые, ошибки (ничего не меняет)',
  body: DataImportRequest,
  response: { 200: DataImportPreview, ...errorResponses },
};

export const applyDataImportSchema = {
  tags: ['Таблицы данных'],
  summary: 'Применить таблицу чисел к данным периода (одной транзакцией) и пересчитать результаты периода',
  body: DataImportApplyRequest,
  response: { 200: DataImportResult, ...errorResponses },
};
