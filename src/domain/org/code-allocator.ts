/**
 * Hands out the next free code under a prefix, from n = 1 up, `width` digits at least
 * (`allocate('05-', 3)` → `05-001`, then `05-002`…); every code handed out counts as used.
 */
export function codeAllocator(used: Set<string>): (prefix: string, width: number) => string {
  return (prefix, width) => {
    for (let n = 1; ; n++) {
      const code = `${prefix}${String(n).padStart(width, '0')}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}
