import { describe, expect, it } from 'vitest';
import { breakdownLabel, fieldName } from '../../domain/collection/breakdown-label.ts';
import {
  errorFieldKeys,
  nextErrorKey,
  changedKeys,
  fedIndicatorsLead,
  draftsOf,
  fieldLabel,
  isConfirmed,
  messageUnderField,
  groupByDirection,
  issuesByField,
  needsComment,
  remainingSubmitIssues,
  savedAtLabel,
  savePayload,
  submitIssues,
} from './form-fields.ts';

const field = (key: string, direction: string, breakdownLabel = '') => ({
  key,
  name: `Поле ${key}`,
  breakdownLabel,
  direction: { code: direction, name: `Направление ${direction}` },
  value: null as string | null,
  comment: null as string | null,
});

describe('form fields', () => {
  it('labels a field with its breakdown', () => {
    expect(fieldLabel({ name: 'Численность', breakdownLabel: '' })).toBe('Численность');
    expect(fieldLabel({ name: 'Численность', breakdownLabel: '5 класс' })).toBe('Численность, 5 класс');
  });

  it('groups fields by direction in order of first appearance', () => {
    const groups = groupByDirection([field('a|', 'D1'), field('b|', 'D2'), field('c|', 'D1')]);
    expect(groups.map((g) => [g.code, g.fields.map((f) => f.key)])).toEqual([
      ['D1', ['a|', 'c|']],
      ['D2', ['b|']],
    ]);
  });

  it('saves only the changed fields, empty text as null', () => {
    const saved = draftsOf({ fields: [{ ...field('a|', 'D1'), value: '10' }, field('b|', 'D1')] as never });
    expect(saved).toEqual({ 'a|': { raw: '10', comment: '' }, 'b|': { raw: '', comment: '' } });
    const drafts = { ...saved, 'a|': { raw: ' 10 ', comment: '' }, 'b|': { raw: '5', comment: 'верно' } };
    expect(changedKeys(drafts, saved)).toEqual(['b|']);
    expect(savePayload({ ...drafts, 'a|': { raw: ' ', comment: '' } }, ['a|', 'b|'])).toEqual({
      'a|': { raw: null, comment: null },
      'b|': { raw: '5', comment: 'верно' },
    });
  });

  it('reads the fields of a refused submission', () => {
    expect(submitIssues([{ path: 'fields.grads|', message: 'не заполнено' }, { path: 'body.version', message: 'x' }, null])).toEqual([
      { key: 'grads|', message: 'не заполнено' },
    ]);
    expect(submitIssues(undefined)).toEqual([]);
  });

  it('puts issues under their fields, an unconfirmed warning becoming an error, and keeps the rest apart', () => {
    const fields = [field('a|', 'D1'), field('b|', 'D1')];
    const { byKey, other } = issuesByField(
      fields,
      [
        { element: 'a', breakdown: '', severity: 'warning', message: 'Сильно отличается. Подтвердите комментарием.' },
        { element: 'c', breakdown: 'grade=5', severity: 'error', message: 'Правило' },
      ],
      [
        { key: 'a', message: 'x' },
        { key: 'a|', message: 'Сильно отличается. Подтвердите комментарием. Без комментария форму не отправить.' },
        { key: 'b|', message: 'не заполнено' },
      ],
    );
    expect(byKey.get('a|')).toEqual([
      { severity: 'error', message: 'Сильно отличается. Подтвердите комментарием. Без комментария форму не отправить.' },
    ]);
    expect(byKey.get('b|')).toEqual([{ severity: 'error', message: 'не заполнено' }]);
    expect(other.map((o) => o.message)).toEqual(['Правило', 'x']);
  });

  it('asks for a comment on a warning or when one was given', () => {
    expect(needsComment([{ severity: 'warning', message: 'w' }], '')).toBe(true);
    expect(needsComment([{ severity: 'error', message: 'не число' }], '')).toBe(false);
    expect(needsComment(undefined, 'проверено')).toBe(true);
  });

  it('drops the submission problems a save resolved', () => {
    const submitted = [
      { key: 'a|', message: 'не заполнено' },
      { key: 'b|', message: 'не заполнено' },
      { key: 'c|', message: 'Числитель больше знаменателя.' },
    ];
    const before = [{ message: 'Числитель больше знаменателя.' }];
    expect(remainingSubmitIssues(submitted, ['a|'], before, before).map((s) => s.key)).toEqual(['b|', 'c|']);
    expect(remainingSubmitIssues(submitted, ['d|'], before, []).map((s) => s.key)).toEqual(['a|', 'b|']);
  });

  it('says when the draft was saved', () => {
    expect(savedAtLabel(new Date(2026, 0, 5, 9, 7))).toBe('Черновик сохранён в 09:07');
  });

  it('drops the field’s own name from a message shown under it', () => {
    const field = { name: 'Численность выпускников', breakdownLabel: '' };
    expect(messageUnderField('«Численность выпускников»: значение 170 сильно отличается.', field)).toBe('Значение 170 сильно отличается.');
    expect(messageUnderField('«Численность выпускников» (177) больше, чем «Всего» (172).', field)).toBe(
      '«Численность выпускников» (177) больше, чем «Всего» (172).',
    );
    expect(
      messageUnderField('«Участники» (математика, 5 класс): не заполнено.', { name: 'Участники', breakdownLabel: 'математика, 5 класс' }),
    ).toBe('Не заполнено.');
    // the breakdown as the check names it (fieldName), not its code: nothing of «(assessment: regional)» is repeated
    const prizewinners = { name: 'Число призёров', breakdownLabel: breakdownLabel({ assessment: 'regional' }) };
    expect(messageUnderField(`${fieldName('Число призёров', 'assessment=regional')}: значение 170 сильно отличается.`, prizewinners)).toBe(
      'Значение 170 сильно отличается.',
    );
  });

  it('leads the names of the indicators a field feeds', () => {
    expect(fedIndicatorsLead(1)).toBe('для показателя');
    expect(fedIndicatorsLead(2)).toBe('для показателей');
  });

  it('tells a confirmed warning', () => {
    expect(isConfirmed({ severity: 'warning', message: 'Проверьте. Подтверждено комментарием.' })).toBe(true);
    expect(isConfirmed({ severity: 'warning', message: 'Проверьте.' })).toBe(false);
    expect(isConfirmed({ severity: 'error', message: 'Подтверждено комментарием.' })).toBe(false);
  });

  it('goes from error to error in the order of the page, from the top again after the last', () => {
    const order = ['a|', 'b|', 'c|', 'd|', 'e|'];
    const byKey = new Map([
      ['d|', [{ severity: 'error' as const, message: 'x' }]],
      ['b|', [{ severity: 'error' as const, message: 'y' }]],
      ['c|', [{ severity: 'warning' as const, message: 'z' }]],
    ]);
    const errors = errorFieldKeys(order, byKey);
    expect(errors).toEqual(['b|', 'd|']);
    expect(nextErrorKey(order, errors, null)).toBe('b|');
    expect(nextErrorKey(order, errors, 'b|')).toBe('d|');
    expect(nextErrorKey(order, errors, 'd|')).toBe('b|');
    expect(nextErrorKey(order, errors, 'c|')).toBe('d|'); // from the field last focused, not from the top
    expect(nextErrorKey(order, errors, 'gone|')).toBe('b|');
    expect(nextErrorKey(order, [], 'a|')).toBeNull();
  });
});
