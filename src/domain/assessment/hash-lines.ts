/**
 * A set of 53-bit hashes, each with the line it was first seen on: open addressing over typed
 * arrays (16 bytes a slot, half of the slots free), so a million rows cost about 32 MB and no
 * per-entry objects. 0 is the empty slot, so a hash of 0 is stored as 1.
 */
export class HashLines {
  private keys = new Float64Array(1 << 16);
  private lines = new Int32Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The line the hash was first seen on, or undefined (then it is recorded with this line). */
  firstOrAdd(hash: number, line: number): number | undefined {
    const h = hash === 0 ? 1 : hash;
    if (this.count * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = (h ^ (h / 0x100000000)) & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === 0) {
        this.keys[i] = h;
        this.lines[i] = line;
        this.count++;
        return undefined;
      }
      if (k === h) return this.lines[i];
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const lines = this.lines;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.firstOrAdd(keys[i]!, lines[i]!);
  }
}
