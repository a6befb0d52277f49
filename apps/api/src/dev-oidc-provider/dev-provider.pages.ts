/** A demo user the development provider offers on its sign-in page. */
export interface DemoAccount {
  readonly practitionerId: string;
  readonly displayName: string;
  readonly unitName: string;
  readonly roles: readonly string[];
}

const ROLE_NAMES: Readonly<Record<string, string>> = {
  practitioner: 'ansatt',
  leader: 'leder',
  intake: 'mottak i barnevernet',
  caseworker: 'saksbehandler i barnevernet',
  administrator: 'administrator',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * One page of the development provider, in Norwegian, readable at 320 px and with the keyboard
 * alone. Plain HTML with an inline stylesheet: the provider has no part in the web front's build.
 */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)} – Stafett (utvikling)</title>
<style>
  body { margin: 0; font-family: Inter, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1e2b3c; background: #f4f5f6; line-height: 1.5; }
  main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 0.75rem; overflow-wrap: break-word; hyphens: auto; }
  p { margin: 0 0 1rem; }
  .note { background: #fff7e0; border-left: 4px solid #9c6b00; padding: 0.75rem 1rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  button, .link { display: block; width: 100%; box-sizing: border-box; text-align: left; font: inherit; padding: 0.75rem 1rem; border-radius: 4px; cursor: pointer; }
  button { color: #fff; background: #0062ba; border: 2px solid #0062ba; }
  button:hover { background: #004a8c; }
  button.secondary { color: #0062ba; background: #fff; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1e2b3c; outline-offset: 2px; box-shadow: 0 0 0 6px #ffda06; }
  .who { display: block; font-weight: 600; }
  .what { display: block; font-size: 0.95rem; }
  a { color: #0062ba; }
  .error { color: #b3001b; font-weight: 600; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export function signInPage(action: string, accounts: readonly DemoAccount[], error?: string): string {
  const items = accounts
    .map((account) => {
      const roles = account.roles.map((role) => ROLE_NAMES[role] ?? role).join(', ');
      return `<li><button type="submit" name="user" value="${html(account.practitionerId)}"><span class="who">${html(account.displayName)}</span><span class="what">${html(roles)}, ${html(account.unitName)}</span></button></li>`;
    })
    .join('\n');
  return page(
    'Logg inn',
    `<h1>Logg inn i Stafett</h1>
<p class="note">Dette er innloggingen for utvikling og demonstrasjon. I drift logger du inn hos kommunens innloggingstjeneste.</p>
${error ? `<p class="error" role="alert">${html(error)}</p>` : ''}
<form method="post" action="${html(action)}">
<h2>Velg en demobruker</h2>
<ul>
${items}
</ul>
</form>
<p><a href="${html(action.replace(/\/login$/, '/abort'))}">Avbryt innloggingen</a></p>`,
  );
}

/** `form` is oidc-provider's own hidden form (`op.logoutForm`), which carries its CSRF token. */
export function signOutPage(form: string): string {
  return page(
    'Logg ut',
    `<h1>Logg ut av innloggingstjenesten</h1>
<p>Du er logget ut av Stafett. Fullfør utloggingen her, så må du logge inn på nytt neste gang.</p>
${form}
<ul>
<li><button type="submit" form="op.logoutForm" name="logout" value="yes">Fullfør utloggingen</button></li>
</ul>`,
  );
}

export function errorPage(message: string): string {
  return page('Innloggingen feilet', `<h1>Innloggingen feilet</h1>\n<p>${html(message)}</p>\n<p><a href="/">Gå til Stafett og prøv igjen</a></p>`);
}
