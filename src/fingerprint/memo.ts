// Name checks repeat for every frame of every record (a 10,000-record report
// has a few hundred distinct names): remember the answers.

export function memoize<T>(fn: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let v = cache.get(name);
    if (v === undefined && !cache.has(name)) {
      v = fn(name);
      cache.set(name, v);
    }
    return v as T;
  };
}
