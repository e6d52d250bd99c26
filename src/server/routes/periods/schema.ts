import { errorResponses, IdParams } from '../../../api/common.ts';
import { NewPeriod, PeriodChanges, PeriodList, PeriodOne } from '../../../api/periods.ts';

export const listPeriodsSchema = {
  tags: ['Периоды'],
  summary: 'Отчётные периоды: календарные и учебные годы',
  response: { 200: PeriodList, ...errorResponses },
};

export const createPeriodSchema = {
  tags: ['Периоды'],
  summary: 'Добавить отчётный период',
  body: NewPeriod,
  response: { 201: PeriodOne, ...errorResponses },
};

export const updatePeriodSchema = {
  tags: ['Периоды'],
  summary: 'Изменить название или даты периода (код и вид не меняются)',
  params: IdParams,
  body: PeriodChanges,
  response: { 200: PeriodOne, ...errorResponses },
};

export const closePeriodSchema = {
  tags: ['Периоды'],
  summary: 'Закрыть период: новые значения только через возвращённую или повторно открытую форму',
  params: IdParams,
  response: { 200: PeriodOne, ...errorResponses },
};

export const reopenPeriodSchema = {
  tags: ['Периоды'],
  summary: 'Открыть закрытый период снова',
  params: IdParams,
  response: { 200: PeriodOne, ...errorResponses },
};
