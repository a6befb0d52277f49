import { useEffect, useState } from 'react';
import { useSession } from '../session/session';
import { isProblem, unreadableProblem, type Problem } from './problem';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'loaded'; readonly data: T } | { readonly status: 'failed'; readonly problem: Problem };

interface ApiResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Data for a page from the API (an `api.GET(...)` call), with its refusal as a problem. A 401 means
 * the session ended (idle, expired, signed out elsewhere): the session is read again, which brings
 * the user to the sign-in page.
 */
export function useApi<T>(load: () => Promise<ApiResult<T>>, dependencies: readonly unknown[] = []): Loaded<T> {
  const { refresh } = useSession();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      ({ data, error, response }) => {
        if (!current) return;
        if (response.status === 401) return refresh();
        if (data !== undefined) setState({ status: 'loaded', data });
        else setState({ status: 'failed', problem: isProblem(error) ? error : unreadableProblem(response.status) });
      },
      () => current && setState({ status: 'failed', problem: unreadableProblem(0) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, dependencies);
  return state;
}
