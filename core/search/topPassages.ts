// Why: a search shows ten hits out of thousands of matches, so ranking keeps only the best few in a small sorted buffer instead of sorting everything.

/** The best `capacity` passages by key (higher first; equal keys: lower passage first). */
export class TopPassages {
  keys: Float64Array;
  ids: Int32Array;
  size = 0;
  capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.keys = new Float64Array(Math.max(16, capacity));
    this.ids = new Int32Array(Math.max(16, capacity));
  }
  /** Empties the top and sets its capacity (reusing the buffers when they are big enough). */
  reset(capacity: number): this {
    if (capacity > this.keys.length) {
      this.keys = new Float64Array(capacity);
      this.ids = new Int32Array(capacity);
    }
    this.capacity = capacity;
    this.size = 0;
    return this;
  }
  /** Whether a passage with this key would enter. */
  admits(key: number, passage: number): boolean {
    if (this.size < this.capacity) return this.capacity > 0;
    const last = this.size - 1;
    return key > this.keys[last]! || (key === this.keys[last] && passage < this.ids[last]!);
  }
  /** Inserts a passage in order when it is among the best; the last one drops out when full. */
  add(key: number, passage: number): void {
    if (!this.admits(key, passage)) return;
    let at = this.size < this.capacity ? this.size++ : this.size - 1;
    while (at > 0 && (this.keys[at - 1]! < key || (this.keys[at - 1] === key && this.ids[at - 1]! > passage))) {
      this.keys[at] = this.keys[at - 1]!;
      this.ids[at] = this.ids[at - 1]!;
      at -= 1;
    }
    this.keys[at] = key;
    this.ids[at] = passage;
  }
  /** Empties the top, keeping its capacity. */
  clear(): void {
    this.size = 0;
  }
}
