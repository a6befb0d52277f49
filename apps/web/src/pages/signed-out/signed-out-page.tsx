import { Link, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../../components/page-heading';

export function SignedOutPage() {
  return (
    <main id="innhold" className="app-main app-main--narrow">
      <PageHeading>Du er logget ut</PageHeading>
      <Paragraph>Økten din i Stafett er avsluttet. Lukk nettleseren hvis du bruker en delt datamaskin.</Paragraph>
      <Paragraph>
        <Link href="/logg-inn">Logg inn igjen</Link>
      </Paragraph>
    </main>
  );
}
