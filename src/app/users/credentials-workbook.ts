import ExcelJS from 'exceljs';
import type { CreatedOrgAccount } from './accounts-for-orgs.ts';

export const CREDENTIALS_SHEET = 'Учётные записи';
export const CREDENTIALS_HEADERS = ['Организация', 'Код организации', 'Территория', 'Логин', 'Одноразовый пароль', 'Адрес для входа'];

/**
 * The credentials workbook: one row per account created (organisation, its code, territory, login,
 * one-time password, the address to log in), and a sheet that says how to log in. Made in memory
 * from the answer of the creation and handed over once: nothing stores it.
 */
export async function credentialsWorkbook(accounts: readonly CreatedOrgAccount[], loginUrl: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'СОКО';
  const sheet = book.addWorksheet(CREDENTIALS_SHEET);
  const header = sheet.addRow(CREDENTIALS_HEADERS);
  header.font = { bold: true };
  [50, 18, 30, 24, 22, 36].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  for (const a of accounts) sheet.addRow([a.orgName, a.orgCode, a.territoryName ?? '', a.login, a.password, loginUrl]);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = book.addWorksheet('Как войти');
  for (const line of [
    'Как войти в СОКО',
    `1. Откройте в браузере адрес ${loginUrl}`,
    '2. Введите логин и одноразовый пароль из листа «Учётные записи».',
    '3. Система сразу попросит придумать новый пароль: до его смены другие действия недоступны.',
    'Пароли в этом файле действуют до первого входа. Передавайте каждой организации только её строку и удалите файл после рассылки.',
  ]) {
    help.addRow([line]);
  }
  help.getRow(1).font = { bold: true, size: 12 };
  help.getColumn(1).width = 110;
  return Buffer.from(await book.xlsx.writeBuffer());
}
