import type { AnchorHTMLAttributes } from 'react';
import { useLocationSearch } from '../../hooks/use-location-path.ts';
import { resultCardPathFromRatings } from '../../lib/result-card.ts';
import { AppLink } from '../../components/app-link.tsx';

interface ResultCardLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  orgId: number;
}

/** On the ratings page: a link from a compared object to its results card in the methodology shown. */
export function ResultCardLink({ orgId, children, ...rest }: ResultCardLinkProps) {
  return (
    <AppLink to={resultCardPathFromRatings(orgId, useLocationSearch())} {...rest}>
      {children}
    </AppLink>
  );
}
