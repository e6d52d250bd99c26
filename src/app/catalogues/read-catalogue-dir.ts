import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { ValidationIssue } from '../../domain/validation/describe-ajv-error.ts';

export interface RawFile {
  label: string;
  raw: unknown;
}

export interface CatalogueDir {
  dataElementFiles: RawFile[];
  catalogueFiles: RawFile[];
  issues: ValidationIssue[];
}

function readYaml(path: string, label: string, issues: ValidationIssue[]): RawFile | null {
  try {
    return { label, raw: parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    const e = error as { message: string; linePos?: { line: number; col: number }[] };
    const pos = e.linePos?.[0];
    issues.push({
      path: label,
      message: `Файл ${label} — не корректный YAML${pos ? ` (строка ${pos.line}, столбец ${pos.col})` : ''}: ${e.message.split('\n')[0]}`,
    });
    return null;
  }
}

/** Reads catalogs/*.yaml (framework versions) and catalogs/data-elements/*.yaml. */
export function readCatalogueDir(dir: string): CatalogueDir {
  const issues: ValidationIssue[] = [];
  const yamlIn = (d: string) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
      : [];
  const elementsDir = join(dir, 'data-elements');
  const dataElementFiles = yamlIn(elementsDir)
    .map((f) => readYaml(join(elementsDir, f), `data-elements/${f}`, issues))
    .filter((f): f is RawFile => f !== null);
  const catalogueFiles = yamlIn(dir)
    .map((f) => readYaml(join(dir, f), basename(f), issues))
    .filter((f): f is RawFile => f !== null);
  return { dataElementFiles, catalogueFiles, issues };
}
