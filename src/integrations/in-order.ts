/**
 * Runs tasks in the order of their places in line (0, 1, 2, ...), whatever order they arrive in:
 * a task waits until every earlier place has run its task or been skipped.
 */
export class InOrder {
  /** The next place to be taken, and the next to run. */
  #issued = 0;
  #next = 0;
  /** Places that arrived early: their task, or null for a place skipped. */
  readonly #waiting = new Map<number, (() => Promise<void>) | null>();
  #chain: Promise<void> = Promise.resolve();

  /** The next place in line. */
  take(): number {
    return this.#issued++;
  }

  /** Runs `task` once every earlier place is done; resolves when `task` has. */
  run(place: number, task: () => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.set(place, () => task().then(resolve, reject));
      this.#drain();
    });
  }

  skip(place: number): void {
    this.#waiting.set(place, null);
    this.#drain();
  }

  #drain(): void {
    while (this.#waiting.has(this.#next)) {
      const task = this.#waiting.get(this.#next);
      this.#waiting.delete(this.#next);
      this.#next += 1;
      // One after another: a task's own wait (a full queue at Pagefind) holds back the later ones.
      if (task) this.#chain = this.#chain.then(task);
    }
  }
}
