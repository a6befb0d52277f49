import { Spinner } from '@digdir/designsystemet-react';

export function Loading({ what }: { readonly what: string }) {
  return (
    <p className="loading" role="status">
      <Spinner aria-hidden data-size="sm" /> Henter {what} …
    </p>
  );
}
