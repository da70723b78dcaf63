import cliProgress from "cli-progress";

/** Where progress goes: stderr by default; a TTY gets a bar, anything else plain lines. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  total: number;
  stream?: ProgressStream;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
  /** Plain mode: a line at least every this many ms while work goes on (default 2000). */
  intervalMs?: number;
}

export interface Progress {
  /** Reports that `done` of `total` are finished. */
  update(done: number): void;
  /** Ends the bar (or writes the last plain line if it is still missing). */
  stop(): void;
}

/** `正在生成 3/12（25%）` */
export function progressLine(done: number, total: number): string {
  const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
  return `正在生成 ${done}/${total}（${pct}%）`;
}

/** `共写出12个文件，位于out/，用时3.4秒。` — pure, for the end of a run. */
export function summaryLine(files: number, dir: string, ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  const shown = seconds < 10 ? seconds.toFixed(1) : String(Math.round(seconds));
  return `共写出${files}个文件，位于${dir}，用时${shown}秒。`;
}

/** Plain lines: one whenever another 10% is done or `intervalMs` has passed, and one at the end. */
function plainProgress(total: number, stream: ProgressStream, now: () => number, intervalMs: number): Progress {
  let lastDone = -1;
  let lastStep = 0;
  let lastAt = now();
  const emit = (done: number) => {
    stream.write(`${progressLine(done, total)}\n`);
    lastDone = done;
    lastAt = now();
  };
  return {
    update(done) {
      const step = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (done === lastDone) return;
      if (step > lastStep || done >= total || now() - lastAt >= intervalMs) {
        lastStep = Math.max(lastStep, step);
        emit(done);
      }
    },
    stop() {
      if (lastDone !== total) emit(total);
    },
  };
}

/** A cli-progress bar on a TTY. */
function barProgress(total: number, stream: ProgressStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: "正在生成 {bar} {value}/{total}（{percentage}%）",
      barCompleteChar: "█",
      barIncompleteChar: "░",
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

/** A progress reporter for `total` jobs: a bar on a TTY, plain periodic lines otherwise. */
export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  if (stream.isTTY) return barProgress(opts.total, stream);
  return plainProgress(opts.total, stream, opts.now ?? Date.now, opts.intervalMs ?? 2000);
}
