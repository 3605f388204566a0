/**
 * Code loaded on first use. The module promise is kept, so later calls cost nothing: repeated
 * `import()` of a loaded module is cheap in browsers but not under every loader (tsx, for one).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
