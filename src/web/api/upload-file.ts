import { ApiError } from './api-error.ts';

/**
 * POSTs a file as the request body with XHR, which reports the bytes sent (fetch does not), so a
 * big file shows its progress while it goes up. Resolves with the JSON answer of a 201; any other
 * answer rejects with an ApiError carrying the server's code, Russian message and details.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body = null as (T & { code?: string; message?: string; details?: unknown }) | null;
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON */
      }
      if (xhr.status === 201 && body) resolve(body);
      else reject(new ApiError(xhr.status, body?.code ?? 'error', body?.message ?? `Файл не загружен (код ${xhr.status}).`, body?.details));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Нет связи с сервером: проверьте сеть и загрузите файл снова.'));
    xhr.send(file);
  });
}
