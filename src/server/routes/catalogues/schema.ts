import { errorResponses, IdParams } from '../../../api/common.ts';
import { CatalogueDetail, CatalogueImported, CatalogueList, DataElementList } from '../../../api/catalogues.ts';

export const listCataloguesSchema = {
  tags: ['Методики'],
  summary: 'Методики (каталоги показателей и механизмов) всех версий',
  response: { 200: CatalogueList, ...errorResponses },
};

export const getCatalogueSchema = {
  tags: ['Методики'],
  summary: 'Методика целиком: блоки, направления, показатели или позиции, используемые элементы данных',
  params: IdParams,
  response: { 200: CatalogueDetail, ...errorResponses },
};

export const exportCatalogueSchema = {
  tags: ['Методики'],
  summary: 'Выгрузить методику в XLSX для правки в Excel или LibreOffice',
  params: IdParams,
};

export const importCatalogueSchema = {
  tags: ['Методики'],
  summary: 'Загрузить исправленную книгу XLSX как новую версию методики (тело — файл .xlsx)',
  response: { 201: CatalogueImported, ...errorResponses },
};

export const listDataElementsSchema = {
  tags: ['Методики'],
  summary: 'Элементы данных — исходные числа, общие для всех методик',
  response: { 200: DataElementList, ...errorResponses },
};
