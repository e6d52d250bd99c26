import { describe, expect, it } from 'vitest';
import { isCampaignUpload, uploadContentType, XLSX_TYPE } from './campaign-upload.ts';

describe('campaign upload', () => {
  it('sends a workbook, a CSV and anything else with their content types', () => {
    expect(uploadContentType('Шаблон — все.XLSX')).toBe(XLSX_TYPE);
    expect(uploadContentType('данные.csv')).toBe('text/csv');
    expect(uploadContentType('данные.xls')).toBe('application/octet-stream');
  });
  it('accepts .xlsx and .csv only', () => {
    expect(isCampaignUpload('форма.xlsx')).toBe(true);
    expect(isCampaignUpload('форма.csv ')).toBe(true);
    expect(isCampaignUpload('форма.docx')).toBe(false);
  });
});
