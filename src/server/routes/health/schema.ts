import { Health, Meta } from '../../../api/health.ts';

export const healthSchema = {
  tags: ['Служебное'],
  summary: 'Проверка работоспособности',
  response: { 200: Health },
};

export const metaSchema = {
  tags: ['Служебное'],
  summary: 'Сведения о системе: демо-режим (для страницы входа) и версия (только после входа)',
  response: { 200: Meta },
};
