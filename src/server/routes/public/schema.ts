import { ApiErrorBody, IdParams } from '../../../api/common.ts';
import { PublicDocumentOne, PublicList, PublicQuery } from '../../../api/public.ts';

const tags = ['Публичный раздел'];
const errors = { 400: ApiErrorBody, 404: ApiErrorBody };

export const listPublicSchema = {
  tags,
  summary: 'Опубликованные документы: аналитические отчёты, приказы, рейтинги',
  querystring: PublicQuery,
  response: { 200: PublicList, ...errors },
};

export const getPublicSchema = {
  tags,
  summary: 'Опубликованный документ по его постоянному номеру',
  params: IdParams,
  response: { 200: PublicDocumentOne, ...errors },
};

export const publicFileSchema = (format: string) => ({
  tags,
  summary: `Файл опубликованного документа (${format.toUpperCase()})`,
  params: IdParams,
  response: errors,
});
