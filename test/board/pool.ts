// Runs jobs with at most `width` at a time; returns one promise per item, in
// order, so each test can await its own boot while the others keep going.
export function runPool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running < width) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return items.map(async (item) => {
    await slot();
    try {
      return await job(item);
    } finally {
      release();
    }
  });
}
