import { Select } from 'antd';
import { useState } from 'react';
import type { OrgKind, OrgSummary } from '../api/types.ts';
import { errorMessage } from '../api/api-error.ts';
import { useOrgSearch } from '../hooks/use-org-search.ts';
import { OrgOptionLabel } from './org-option-label.tsx';

interface OrgSelectProps {
  /** Injected by Form.Item so that the label points at the control. */
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  disabled?: boolean;
  /** Offer only organisations of this kind. */
  kind?: OrgKind | undefined;
}

/** Form control choosing an organisation through GET /api/orgs/search. */
export function OrgSelect({ id, value, onChange, placeholder = 'Начните вводить название, код или ИНН', disabled, kind }: OrgSelectProps) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<OrgSummary | null>(null);
  const search = useOrgSearch(query, 50);
  const { loading, error, searched } = search;
  const results = kind ? search.results.filter((o) => o.kind === kind) : search.results;

  const list = picked && !results.some((o) => o.id === picked.id) ? [picked, ...results] : results;
  const options = list.map((org) => ({
    value: org.id,
    label: org.shortName || org.name,
    org,
  }));

  let notFound: string | undefined;
  if (error) notFound = errorMessage(error);
  else if (searched && !loading) notFound = 'Ничего не найдено';
  else if (query.trim().length < 2) notFound = 'Введите не менее 2 символов';

  return (
    <Select<number | null, (typeof options)[number]>
      id={id}
      value={value ?? null}
      placeholder={placeholder}
      disabled={disabled}
      allowClear
      loading={loading}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      notFoundContent={notFound}
      optionRender={(option) => <OrgOptionLabel org={option.data.org} />}
      onChange={(id, option) => {
        const chosen = Array.isArray(option) ? undefined : option?.org;
        setPicked(chosen ?? null);
        onChange?.(id ?? null);
      }}
      data-testid="org-select"
      style={{ width: '100%' }}
    />
  );
}
