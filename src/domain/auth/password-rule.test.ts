import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePasswordProblems, parseCommonPasswords, passwordProblems, patternPieces } from './password-rule.ts';

const common = parseCommonPasswords(readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8'));
const owner = { login: 'i.ivanova', fullName: 'Иванова Мария Петровна' };
const problems = (password: string) => passwordProblems(password, owner, common);

describe('the password rule', () => {
  it('ships a list of a few thousand common passwords, Russian ones included', () => {
    expect(common.size).toBeGreaterThan(3000);
    for (const p of ['йцукен', 'qwerty123', 'пароль', 'gfhjkm', 'parol', 'password', '1q2w3e4r', 'qwertyuiop'])
      expect(common.has(p), p).toBe(true);
  });

  it('accepts long unrelated words, a generated password and a passphrase in Russian', () => {
    for (const p of ['grey-Lantern-48', 'Kp7wN2xqR9vTz4Ma', 'Сирень-над-рекой-42', 'correct horse battery staple']) {
      expect(problems(p), p).toEqual([]);
    }
  });

  it('refuses a short password, saying how long it must be', () => {
    expect(problems('Kp7wN2x')).toEqual(['Слишком короткий: нужно не менее 10 символов, сейчас 7.']);
  });

  it('refuses repeated characters', () => {
    for (const p of ['aaaaaaaaaa', '1212121212', 'abababababab', 'zzzzzzzzzzzz1']) {
      expect(problems(p).join(' '), p).toMatch(/повторов/);
    }
  });

  it('refuses sequences of the alphabet, the digits and the keyboard rows of both layouts', () => {
    for (const p of ['1234567890', '0987654321', 'abcdefghij', 'qwertyuiop', 'йцукенгшщз', 'asdfgh12345', 'zxcvbnm123!', 'абвгдежзик']) {
      expect(problems(p).join(' '), p).toMatch(/последовательностей/);
    }
    expect(patternPieces('qwerty12345!')).toBe(3);
  });

  it('refuses the login and the name, also transliterated or typed in the other layout', () => {
    expect(problems('i.ivanova-2024!')).toContain('Содержит логин.');
    expect(problems('My-ivanova-Rose')).toContain('Содержит часть логина («ivanova»).');
    expect(problems('Мария-лучше-всех')).toContain('Содержит часть имени («мария»).');
    expect(problems('maria-best-friend')).toEqual([]); // «maria» is not how «мария» transliterates here, and the name is not in it
    expect(problems('mariya-best-friend')).toContain('Содержит часть имени («мария»).');
    expect(problems('vfhbz-best-friend')).toContain('Содержит часть имени («мария»).');
  });

  it('refuses common passwords and common words with digits and signs added, in any case and layout', () => {
    for (const p of [
      'Password123',
      'qwerty123456',
      'ПАРОЛЬ2024!',
      'gfhjkm12345',
      '123пароль!!!',
      'Пароль123',
      'Наташа1234',
      'Dragon2025!',
    ]) {
      expect(problems(p).join(' '), p).toMatch(/распространённый/);
    }
  });

  it('puts the reasons in one sentence', () => {
    expect(describePasswordProblems(problems('aaaaaaaaaa'))).toMatch(/^Пароль не подходит: состоит из повторов .*Придумайте другой/);
  });
});
