import { describe, expect, it } from 'vitest';
import { russianCommanderMessage, russianValueNames } from './russian-help.ts';

describe('russianCommanderMessage', () => {
  it('words commander’s errors in Russian', () => {
    expect(russianCommanderMessage("error: unknown option '--bogus'\n")).toBe('ошибка: неизвестный параметр «--bogus»\n');
    expect(russianCommanderMessage("error: unknown option '--ot'\n(Did you mean --out?)")).toBe(
      'ошибка: неизвестный параметр «--ot»\n(возможно, имелось в виду --out)',
    );
    expect(russianCommanderMessage("error: unknown command 'x'\n(Did you mean one of a, b?)")).toBe(
      'ошибка: неизвестная команда «x»\n(возможно, имелось в виду одно из: a, b)',
    );
    expect(russianCommanderMessage("error: missing required argument 'file'")).toBe('ошибка: не указан обязательный аргумент «файл»');
    expect(russianCommanderMessage("error: option '--org <code>' argument missing")).toBe(
      'ошибка: у параметра «--org <код>» не указано значение',
    );
    expect(russianCommanderMessage("error: too many arguments for 'rate'. Expected 1 argument but got 2.")).toBe(
      'ошибка: слишком много аргументов (ожидается 1, передано 2).',
    );
    // an unknown message keeps its text, only the prefix is translated
    expect(russianCommanderMessage('error: something new')).toBe('ошибка: something new');
  });
});

describe('russianValueNames', () => {
  it('names placeholders in Russian and leaves unknown ones', () => {
    expect(russianValueNames('--zones <year|bands> <file...> [code] <other>')).toBe('--zones <год|границы> <файл...> [код] <other>');
  });
});
