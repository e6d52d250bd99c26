import type { PlaceDecision } from '../../app/assessments/apply-import.ts';
import type { DataImportResult } from '../../app/data-import/apply-data-import.ts';
import type { DataImportPreview } from '../../app/data-import/prepare-data-import.ts';
import type { DataTableMapping } from '../../domain/data-import/data-table-mapping.ts';
import { apiRequest } from './api-request.ts';

export type { DataImportPreview, DataImportResult };

export interface DataImportRequest {
  fileName: string;
  /** The file in base64. */
  content: string;
  period: string;
  territory?: string | null;
  mapping?: DataTableMapping;
}

/** Reads a chosen file as base64 for the JSON body. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const dataImportsApi = {
  preview(body: DataImportRequest): Promise<DataImportPreview> {
    return apiRequest<DataImportPreview>('/api/data-imports/preview', { method: 'POST', body });
  },
  apply(body: DataImportRequest & { acceptProposals: boolean; decisions?: Record<string, PlaceDecision> }): Promise<DataImportResult> {
    return apiRequest<DataImportResult>('/api/data-imports/apply', { method: 'POST', body });
  },
};
