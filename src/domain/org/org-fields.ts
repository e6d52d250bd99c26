import type { OrgKind, OrgType } from './org-kind.ts';

/** What an organisation's card holds apart from its place in the tree: written by the register, the demo and the repository. */
export interface OrgFields {
  kind: OrgKind;
  type: OrgType | null;
  name: string;
  shortName: string | null;
  code: string;
  inn: string | null;
  ogrn: string | null;
  fisOkoCode: string | null;
  aliases: string[];
  attributes: Record<string, unknown>;
}
