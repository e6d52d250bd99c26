import type { ReactNode } from 'react';
import { useLocationSearch } from '../../hooks/use-location-path.ts';
import { indicatorPageFromRatings } from '../../lib/indicator-page-url.ts';
import { AppLink } from '../../components/app-link.tsx';

/**
 * On the ratings page: a link from an indicator's column header to its page for the rating shown
 * (methodology, period and comparison are read from the ratings page's address).
 */
export function IndicatorPageLink({ code, children }: { code: string; children: ReactNode }) {
  const to = indicatorPageFromRatings(code, useLocationSearch());
  if (!to) return <>{children}</>;
  return (
    <AppLink to={to} className="indicator-page-link" data-testid="rating-indicator-link">
      {children}
    </AppLink>
  );
}
