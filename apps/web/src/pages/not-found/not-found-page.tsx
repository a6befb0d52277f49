import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from '../../components/page-heading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>Siden finnes ikke</PageHeading>
      <Paragraph>Adressen du fulgte, peker ikke til noen side i Stafett.</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">Gå til arbeidslisten</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
