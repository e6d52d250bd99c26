/** The head nouns of a territory's name: what the adjectives before them agree with. */
const HEADS: Record<string, string> = {
  округ: 'округа',
  район: 'района',
  город: 'города',
  край: 'края',
  область: 'области',
  республика: 'республики',
  образование: 'образования',
  поселение: 'поселения',
};

/** Words of a territory's kind, written in lower case inside a longer name («администрации городского округа …»). */
const GENERIC = new Set(['городской', 'муниципальный', 'муниципальное', 'город', 'республика', 'сельское', 'городское']);

/** An adjective in the genitive: «Промышленновский» → «Промышленновского», «Кемеровская» → «Кемеровской». */
function adjectiveGenitive(word: string): string | null {
  const rules: [RegExp, string][] = [
    [/(ск|цк)(ий|ой)$/u, '$1ого'],
    [/(ий)$/u, 'его'],
    [/(ый|ой)$/u, 'ого'],
    [/(ая)$/u, 'ой'],
    [/(яя)$/u, 'ей'],
    [/(ое)$/u, 'ого'],
  ];
  for (const [ending, replacement] of rules) if (ending.test(word)) return word.replace(ending, replacement);
  return null;
}

/**
 * A territory's name in the genitive, for «администрации …»: the adjectives and the head noun are
 * declined, what follows the head noun (a proper name: «городской округ Северогорск») stays.
 * Null when the name is not of that shape (then the caller does not decline it).
 */
export function territoryGenitive(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    const head = HEADS[lower];
    if (head) return [...out, head, ...words.slice(i + 1)].join(' ');
    const declined = adjectiveGenitive(GENERIC.has(lower) ? lower : word);
    if (!declined) return null;
    out.push(declined);
  }
  return null;
}

/** What a territory's card says, as the authority's name is read from it. */
export interface AuthorityOrg {
  kind: string;
  name: string;
  attributes: Readonly<Record<string, unknown>>;
}

/**
 * The name of the education authority of a territory, as an official document names it: the one
 * written on the territory's card («Орган управления образованием», attribute `authority`), else
 * the usual name made from the territory's: «Управление образования администрации Промышленновского
 * муниципального округа», «Министерство образования Кемеровской области».
 */
export function educationAuthorityName(org: AuthorityOrg): string {
  const own = org.attributes.authority;
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  const body = org.kind === 'region' ? 'Министерство образования' : 'Управление образования администрации';
  const genitive = territoryGenitive(org.name);
  return genitive
    ? `${body} ${genitive}`
    : `${org.kind === 'region' ? 'Министерство образования' : 'Управление образования'} (${org.name})`;
}
