/**
 * The job queue: at most `concurrency` jobs run at once (one per core), the rest wait in order; past
 * `maxWaiting` waiting jobs a new one is refused at once, so a flood is answered instead of piling up.
 */
export class QueueFullError extends Error {
  override readonly name = "QueueFullError";
}

export interface Queue {
  /** Runs `job` when a place is free; rejects with QueueFullError when too many wait. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running and waiting now. */
  readonly load: { running: number; waiting: number };
}

export function createQueue(concurrency: number, maxWaiting: number): Queue {
  let running = 0;
  const waiting: (() => void)[] = [];
  /** A finished job hands its place straight to the first waiting one. */
  const next = () => {
    const first = waiting.shift();
    if (first) first();
    else running--;
  };
  return {
    get load() {
      return { running, waiting: waiting.length };
    },
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxWaiting) throw new QueueFullError("queue full");
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running++;
      try {
        return await job();
      } finally {
        next();
      }
    },
  };
}
