// One rule for Russian plural forms, shared with the server: it lives in the domain.
export { pluralRu } from '../../domain/export/plural-ru.ts';
