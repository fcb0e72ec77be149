/** Calls `action` once the calls have stopped for `delay()` milliseconds; `cancel` forgets a pending call. */
export function debounce<T extends unknown[]>(action: (...args: T) => void, delay: () => number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: T) => {
    if (timer !== undefined) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = undefined;
      action(...args);
    }, delay());
  };
  debounced.cancel = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  return debounced;
}
