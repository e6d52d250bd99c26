import { errorResponses } from '../../../api/common.ts';
import {
  NewRiskGroup,
  SavedGroupResponse,
  ShfnsuListResponse,
  ShfnsuQuery,
  ShnorListResponse,
  ShnorQuery,
} from '../../../api/schools-at-risk.ts';

const tags = ['Школы с рисками низких результатов'];

export const shnorListSchema = {
  tags,
  summary:
    'ШНОР: школы с низкими образовательными результатами по правилам методики, с доказательствами, трендом и сигналами объективности',
  querystring: ShnorQuery,
  response: { 200: ShnorListResponse, ...errorResponses },
};

export const shfnsuListSchema = {
  tags,
  summary: 'ШФНСУ: школы, функционирующие в неблагоприятных социальных условиях, по контекстным данным и настраиваемым порогам',
  querystring: ShfnsuQuery,
  response: { 200: ShfnsuListResponse, ...errorResponses },
};

export const saveGroupSchema = {
  tags,
  summary: 'Сохранить список школ как группу организаций территории',
  body: NewRiskGroup,
  response: { 201: SavedGroupResponse, ...errorResponses },
};
