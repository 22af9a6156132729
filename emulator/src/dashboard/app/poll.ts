/** Polling of the dashboard API from the browser: one timer per hook, cleared on unmount. */
import { useEffect, useRef, useState } from "preact/hooks";

/** What a polled resource holds. */
export interface Polled<T> {
  /** The latest answer. */
  data?: T;
  /** The latest error message, cleared by the next good answer. */
  error?: string;
  /** When the latest good answer came. */
  updatedAt?: Date;
}

/**
 * GETs a dashboard API path as JSON.
 * @param path - Path under the page's origin.
 * @param signal - Abort signal.
 * @returns The parsed body.
 * @throws An Error with the API's message on a non-2xx status.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => undefined)) as { message?: string } | undefined;
  if (!res.ok) throw new Error(body?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/**
 * Polls a path every `intervalMs` (the next poll starts after the previous one ended).
 * @param path - API path, or undefined to stop.
 * @param intervalMs - Delay between polls.
 * @returns The latest data, error and time.
 */
export function usePoll<T>(path: string | undefined, intervalMs: number): Polled<T> {
  const [state, setState] = useState<Polled<T>>({});
  const pathRef = useRef(path);
  pathRef.current = path;
  useEffect(() => {
    setState({});
    if (path === undefined) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (): Promise<void> => {
      try {
        const data = await getJson<T>(path, controller.signal);
        if (!controller.signal.aborted) setState({ data, updatedAt: new Date() });
      } catch (e) {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void tick(), intervalMs);
    };
    void tick();
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [path, intervalMs]);
  return state;
}
