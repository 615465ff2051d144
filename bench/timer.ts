/** Milliseconds per named stage, measured around each. */
export function timer(): { times: Record<string, number>; time: <T>(stage: string, run: () => Promise<T> | T) => Promise<T> } {
  const times: Record<string, number> = {};
  return {
    times,
    time: async (stage, run) => {
      const started = performance.now();
      const result = await run();
      times[stage] = Math.round(performance.now() - started);
      return result;
    },
  };
}
