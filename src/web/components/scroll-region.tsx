import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Wraps a table that scrolls (a wide one sideways, a long one within a fixed height): its scroll box
 * becomes a named region the keyboard can reach and scroll with the arrow keys (WCAG 2.1.1), which
 * antd's Table does not do by itself.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
    }
  });
  return <div ref={ref}>{children}</div>;
}
