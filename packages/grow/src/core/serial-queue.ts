/**
 * Runs async tasks one at a time, in call order. Stores use it so that an operation's reads and
 * writes are never interleaved with another operation of the same store object.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    // why: a failed task must not stop the queue; its caller still sees the rejection.
    tail = run.catch(() => undefined);
    return run;
  };
}
