import { readable, reports, type AccessSamples } from '../../../../test/helpers/route-access.ts';

/** Route × role samples of the public documents. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/public/documents']),
  ...readable(
    ['/api/public/documents/:id', '/api/public/documents/:id/document.docx', '/api/public/documents/:id/document.pdf'],
    ({ url }) => reports().then((r) => ({ url: url.replace(':id', String(r.publication)) })),
  ),
};
