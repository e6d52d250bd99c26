import { Command } from 'commander';
import { AppError } from '../app/app-error.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { BackupError } from '../db/backup.ts';
import { DatabaseOpenError, DataDirUnwritableError } from '../db/database-open-error.ts';
import { STORAGE_MESSAGES, storageFailureKind } from '../db/storage-failure-kind.ts';
import { ConfigError, readConfig } from './config.ts';
import { privateUmask } from './private-data-dir.ts';
import { registerCampaignCommand } from './campaign-command.ts';
import { registerComputeCommand } from './compute-command.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerDataImportCommand } from './data-import-command.ts';
import { registerImportCommand } from './import-command.ts';
import { registerOrgsCommand } from './orgs-command.ts';
import { registerRateCommand } from './rate/rate-command.ts';
import { registerUsersCommand } from './users-command.ts';
import { russianHelp } from './russian-help.ts';
import { serve } from './serve.ts';
import { readServerFile } from './server-file.ts';

// Before anything is created: the database, uploads and demo passwords are the owner's only.
privateUmask();

/** The running server's address, for a command that cannot work beside it. */
const serverHint = (dataDir: string) => {
  const url = readServerFile(dataDir)?.url;
  return url ? ` Работающий сервер: ${url}` : '';
};

// Russian help and parse errors, set before the subcommands are created so that they inherit them.
const program = russianHelp(new Command());
program
  .name('soko')
  .description(
    'СОКО — система оценки качества образования.\nНастройки — переменные окружения: PORT, HOST, SOKO_DATA_DIR, SOKO_DATABASE_URL, SOKO_DEMO.',
  )
  .showHelpAfterError('(справка: soko --help)');

program
  .command('serve')
  .description('запустить сервер (при пустой базе загружает демо-регион, если SOKO_DEMO не 0)')
  .option('--build-ui-if-missing', 'собрать веб-интерфейс, если он ещё не собран')
  .action(async (opts: { buildUiIfMissing?: boolean }) => {
    await serve(readConfig(), { buildUi: opts.buildUiIfMissing === true });
  });

registerDataCommands(program);
registerComputeCommand(program);
registerCampaignCommand(program);
registerRateCommand(program);
registerImportCommand(program);
registerUsersCommand(program);
registerDataImportCommand(program);
registerOrgsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // The caller's mistakes get a message, not a stack trace.
  if (
    error instanceof ConfigError ||
    error instanceof AppError ||
    error instanceof DataDirLockedError ||
    error instanceof BackupError ||
    error instanceof DatabaseOpenError
  ) {
    process.stderr.write(`Ошибка: ${error.message}${error instanceof DataDirLockedError ? serverHint(error.dataDir) : ''}\n`);
    process.exit(error instanceof DataDirUnwritableError ? 1 : 2);
  }
  // A full, read-only or failing disk on any command: what happened and what to do, not a stack.
  const storage = storageFailureKind(error);
  if (storage) {
    process.stderr.write(`Ошибка: ${STORAGE_MESSAGES[storage]}\n`);
    process.exit(1);
  }
  throw error;
}
