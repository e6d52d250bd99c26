import type { SyncReport } from '../app/catalogues/sync-catalogues.ts';

/** Prints what the catalogue sync did; refused files go to stderr with every reason. */
export function reportCatalogues(report: SyncReport): void {
  if (report.loaded.length) process.stdout.write(`Загружены методики: ${report.loaded.join(', ')}.\n`);
  for (const refused of report.refused) {
    process.stderr.write(`Методика ${refused.file} не загружена:\n`);
    for (const issue of refused.issues.slice(0, 20)) process.stderr.write(`  • ${issue.path}: ${issue.message}\n`);
    if (refused.issues.length > 20) process.stderr.write(`  … и ещё ${refused.issues.length - 20}\n`);
  }
}
