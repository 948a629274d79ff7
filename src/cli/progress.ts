const WIDTH = 24;

/** A one-line progress bar redrawn in place on a terminal's stderr. */
export class ProgressBar {
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(done: number, total: number, label: string): void {
    const filled = Math.round((done / total) * WIDTH);
    const columns = this.stream.columns ?? 80;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
    this.stream.write(`\r\x1b[K${line.slice(0, columns - 1)}`);
    this.shown = true;
  }

  /** Clears the bar so the next line starts clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
