/**
 * The browser's side of the web front's sign-in, without a browser: follows the redirects of the
 * authorization code flow through the development provider, keeping cookies per host like a
 * browser does, and picks a demo user on the provider's sign-in page.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line);
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export interface Hop {
  readonly url: string;
  readonly status: number;
  readonly response: Response;
}

/** Fetches `url` and follows redirects (GET after 302/303), returning every hop. */
export async function follow(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Hop[]> {
  const hops: Hop[] = [];
  let next: string | undefined = url;
  let request: RequestInit = init;
  while (next && hops.length < 15) {
    const response: Response = await fetch(next, { ...request, redirect: 'manual', headers: { ...(request.headers as Record<string, string>), cookie: jar.header() } });
    jar.store(response);
    hops.push({ url: next, status: response.status, response });
    const location = response.headers.get('location');
    next = location ? new URL(location, next).href : undefined;
    request = {};
  }
  return hops;
}

/** The form action of the development provider's sign-in page. */
export function signInFormAction(page: string, base: string): string {
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error('no sign-in form on the page');
  return new URL(action.replace(/&#47;/g, '/'), base).href;
}

/** Signs `user` in through `/auth/login` and the development provider; returns the hops after the user was picked. */
export async function signIn(jar: CookieJar, base: string, user: string, returnTo = '/'): Promise<Hop[]> {
  const toProvider = await follow(jar, `${base}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  const page = toProvider.at(-1)!;
  if (page.status !== 200) throw new Error(`sign-in page answered ${page.status}`);
  return follow(jar, signInFormAction(await page.response.text(), base), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user }).toString(),
  });
}
