import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

/**
 * The page's one h1, also its document title. Focused when the page opens, so that a screen reader
 * announces the new page after a client-side navigation, as it would after a full page load.
 */
export function PageHeading({ children }: { readonly children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – Stafett`;
    heading.current?.focus();
  }, [children]);
  return (
    <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
