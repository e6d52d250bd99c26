import { describe, expect, it } from 'vitest';
import { auditEntityName, type AuditEntityNames } from './audit-entity-name.ts';

const none: AuditEntityNames = {
  orgName: null,
  userName: null,
  userLogin: null,
  campaignName: null,
  periodName: null,
  frameworkName: null,
  frameworkVersion: null,
  reportTitle: null,
  roundName: null,
};

describe('auditEntityName', () => {
  it('names each kind of object as a person does', () => {
    expect(auditEntityName('org', '3', { ...none, orgName: 'МБОУ «СОШ № 1»' })).toBe('МБОУ «СОШ № 1»');
    expect(auditEntityName('user', '1', { ...none, userName: 'Иванова М. П.', userLogin: 'admin' })).toBe('Иванова М. П. (admin)');
    expect(auditEntityName('submission', '1:3', { ...none, orgName: 'МБОУ «СОШ № 1»', campaignName: 'Мониторинг' })).toBe(
      'МБОУ «СОШ № 1», кампания «Мониторинг»',
    );
    expect(auditEntityName('cyclogram', '2:2026', { ...none, orgName: 'Первый район' })).toBe('Первый район, 2026 год');
    expect(auditEntityName('framework', '4', { ...none, frameworkName: 'Показатели', frameworkVersion: 2 })).toBe('«Показатели», версия 2');
    expect(auditEntityName('report', '9', { ...none, reportTitle: 'Отчёт' })).toBe('«Отчёт»');
  });

  it('gives no name when the object is gone or has none', () => {
    expect(auditEntityName('org', '999', none)).toBeNull();
    expect(auditEntityName('submission', '1:3', { ...none, campaignName: 'Мониторинг' })).toBeNull();
    expect(auditEntityName('login', 'nobody', { ...none, orgName: 'x' })).toBeNull();
  });
});
