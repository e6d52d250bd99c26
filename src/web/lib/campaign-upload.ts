export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Files a campaign accepts: a filled-in template (.xlsx) or a CSV export. */
export const UPLOAD_ACCEPT = `.xlsx,.csv,${XLSX_TYPE},text/csv`;

/** Whether a file name looks like something the campaign upload reads. */
export function isCampaignUpload(fileName: string): boolean {
  return /\.(xlsx|csv)$/i.test(fileName.trim());
}

/** The Content-Type to send a campaign file with, by its extension. */
export function uploadContentType(fileName: string): string {
  const name = fileName.trim().toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}
