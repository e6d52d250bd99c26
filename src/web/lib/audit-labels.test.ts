import { describe, expect, it } from 'vitest';
import { auditObjectLabel, entityLabel } from './audit-labels.ts';

describe('auditObjectLabel', () => {
  it('names the object by the name the server resolved', () => {
    expect(auditObjectLabel({ entity: 'user', entityId: '1', entityName: 'Иванова Мария Петровна (admin)' })).toBe(
      'Пользователь: Иванова Мария Петровна (admin)',
    );
    expect(auditObjectLabel({ entity: 'submission', entityId: '1:3', entityName: 'МБОУ «СОШ № 1», кампания «Мониторинг»' })).toBe(
      'Форма организации: МБОУ «СОШ № 1», кампания «Мониторинг»',
    );
  });

  it('falls back to the number or code when there is no name, and to the kind alone without an id', () => {
    expect(auditObjectLabel({ entity: 'period', entityId: '5', entityName: null })).toBe('Период №5');
    expect(auditObjectLabel({ entity: 'data_element', entityId: 'pupils_total', entityName: null })).toBe('Элемент данных «pupils_total»');
    expect(auditObjectLabel({ entity: 'system', entityId: null, entityName: null })).toBe('Система');
  });

  it('names in Russian every kind of object the server audits', () => {
    for (const entity of ['org_group', 'scoring_round', 'publication', 'login', 'address', 'assessment_import', 'working_group'])
      expect(entityLabel(entity)).toMatch(/^[А-ЯЁ]/);
  });
});
