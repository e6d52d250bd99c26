import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<a href="https://evil.example/login">Сессия истекла</a>')).toBe(
      '&lt;a href=&quot;https://evil.example/login&quot;&gt;Сессия истекла&lt;/a&gt;',
    );
    expect(escapeHtml(`Школа «Тест» & 'Ко'`)).toBe('Школа «Тест» &amp; &#39;Ко&#39;');
  });
  it('leaves plain names alone and shows nothing for a missing one', () => {
    expect(escapeHtml('МБОУ СОШ № 1')).toBe('МБОУ СОШ № 1');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});
