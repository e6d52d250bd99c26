/** Check digit of a legal entity's 10-digit ИНН (weights of the Federal Tax Service). */
export function innCheckDigit(first9: string): number {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  return (sum % 11) % 10;
}

/** True for a 10-digit ИНН of a legal entity whose check digit is right. */
export function isValidLegalInn(inn: string): boolean {
  return /^\d{10}$/.test(inn) && innCheckDigit(inn.slice(0, 9)) === Number(inn[9]);
}

/** Check digit of a 13-digit ОГРН: the first 12 digits mod 11, then mod 10. */
export function ogrnCheckDigit(first12: string): number {
  return (Number(first12) % 11) % 10;
}

/** True for a 13-digit ОГРН whose check digit is right. */
export function isValidOgrn(ogrn: string): boolean {
  return /^\d{13}$/.test(ogrn) && ogrnCheckDigit(ogrn.slice(0, 12)) === Number(ogrn[12]);
}
