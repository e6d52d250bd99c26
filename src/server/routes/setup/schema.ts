import { errorResponses } from '../../../api/common.ts';
import { SetupBody, SetupDone, SetupParams, SetupTokenState } from '../../../api/setup.ts';

export const checkSetupSchema = {
  tags: ['Первоначальная настройка'],
  summary: 'Действует ли адрес первоначальной настройки',
  params: SetupParams,
  response: { 200: SetupTokenState, ...errorResponses },
};

export const completeSetupSchema = {
  tags: ['Первоначальная настройка'],
  summary: 'Создать первого администратора, регион и его муниципалитеты (адрес действует один раз)',
  params: SetupParams,
  body: SetupBody,
  response: { 201: SetupDone, ...errorResponses },
};
