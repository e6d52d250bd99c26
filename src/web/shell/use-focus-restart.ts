import { useEffect, type RefObject } from 'react';

/**
 * After a navigation that removed the focused element (a button that opened another page, the login form),
 * the browser would continue Tab from wherever that element was. Restart the Tab order at the top of the
 * shell instead, as on a freshly loaded page: the next Tab reaches «Перейти к содержимому». The start
 * element (an empty one: the browser keeps its place even while the page around it changes) is focused
 * and blurred at once, so nothing is shown and screen readers announce nothing.
 */
export function useFocusRestart(start: RefObject<HTMLElement | null>, path: string): void {
  useEffect(() => {
    const active = document.activeElement;
    // React hides (display: none) the page it replaces while the next one loads: the focus is lost then too.
    const lost = active === null || active === document.body || active.getClientRects().length === 0;
    const element = start.current;
    if (!lost || !element) return;
    element.focus({ preventScroll: true });
    element.blur();
  }, [start, path]);
}
