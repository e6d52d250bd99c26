import { errorResponses, IdParams } from '../../../api/common.ts';
import { CloseOrgInput, ListOrgsQuery, MergeOrgInput, OrgChanges, OrgInput, OrgList, OrgOne, SearchOrgsQuery } from '../../../api/orgs.ts';

export const listOrgsSchema = {
  tags: ['Организации'],
  summary: 'Корни зоны доступа или дочерние организации',
  querystring: ListOrgsQuery,
  response: { 200: OrgList, ...errorResponses },
};

export const searchOrgsSchema = {
  tags: ['Организации'],
  summary: 'Поиск по названию, псевдониму, коду, ИНН или коду ФИС ОКО в зоне доступа',
  querystring: SearchOrgsQuery,
  response: { 200: OrgList, ...errorResponses },
};

export const getOrgSchema = {
  tags: ['Организации'],
  summary: 'Карточка организации',
  params: IdParams,
  response: { 200: OrgOne, ...errorResponses },
};

export const createOrgSchema = {
  tags: ['Организации'],
  summary: 'Добавить организацию (или муниципалитет в регион)',
  body: OrgInput,
  response: { 201: OrgOne, ...errorResponses },
};

export const updateOrgSchema = {
  tags: ['Организации'],
  summary: 'Изменить карточку организации (с проверкой версии)',
  params: IdParams,
  body: OrgChanges,
  response: { 200: OrgOne, ...errorResponses },
};

export const closeOrgSchema = {
  tags: ['Организации'],
  summary: 'Закрыть организацию с даты (данные прошлых периодов остаются)',
  params: IdParams,
  body: CloseOrgInput,
  response: { 200: OrgOne, ...errorResponses },
};

export const reopenOrgSchema = {
  tags: ['Организации'],
  summary: 'Открыть закрытую организацию снова',
  params: IdParams,
  response: { 200: OrgOne, ...errorResponses },
};

export const mergeOrgSchema = {
  tags: ['Организации'],
  summary: 'Присоединить организацию к другой (того же вида) с даты',
  params: IdParams,
  body: MergeOrgInput,
  response: { 200: OrgOne, ...errorResponses },
};
