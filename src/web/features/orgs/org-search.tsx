import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { useOrgSearch } from '../../hooks/use-org-search.ts';
import { OrgOptionLabel } from '../../components/org-option-label.tsx';

// Option values are prefixed so that picking an option is not mistaken for typed text.
const OPTION_PREFIX = 'org:';

interface OrgSearchProps {
  onPick: (id: number) => void;
  /** Leave closed and merged organisations out of the results. */
  hideClosed?: boolean;
}

/** Search box over name, code, ИНН and aliases (GET /api/orgs/search). */
export function OrgSearch({ onPick, hideClosed = false }: OrgSearchProps) {
  const [text, setText] = useState('');
  const search = useOrgSearch(text);
  const { loading, error, searched } = search;
  const results = hideClosed ? search.results.filter((o) => o.closedOn === null) : search.results;

  const options = results.map((org) => ({
    value: `${OPTION_PREFIX}${org.id}`,
    label: <OrgOptionLabel org={org} />,
  }));

  let notFound: string | undefined;
  if (error) notFound = errorMessage(error);
  else if (searched && !loading && results.length === 0) notFound = 'Ничего не найдено';

  return (
    <AutoComplete
      className="org-search"
      value={text}
      options={options}
      onChange={(value: string) => setText(value.startsWith(OPTION_PREFIX) ? '' : value)}
      onSelect={(value: string) => {
        setText('');
        onPick(Number(value.slice(OPTION_PREFIX.length)));
      }}
      notFoundContent={notFound}
      popupMatchSelectWidth={520}
      style={{ width: '100%' }}
    >
      <Input.Search
        placeholder="Поиск: название, код, ИНН"
        allowClear
        loading={loading}
        data-testid="org-search"
        aria-label="Поиск организаций"
      />
    </AutoComplete>
  );
}
