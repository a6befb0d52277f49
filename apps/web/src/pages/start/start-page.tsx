import { Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { dayBefore, daysLeftText, formatDate, formatDateTime } from '../../format/oslo-time';
import { useSignedIn } from '../../session/session';
import { WorklistSection } from './worklist-section';

const LEVEL_NAMES = ['0 – undring', '1 – tiltak i egen tjeneste', '2 – samarbeid med en annen tjeneste', '3 – bredt tverrfaglig samarbeid'];

/** Cases have no name a worklist may show; the short reference finds the case with the family or colleagues. */
const caseTitle = (caseId: string) => `Sak ${caseId.slice(0, 8)}`;
const levelName = (level: number) => LEVEL_NAMES[level] ?? String(level);
const deadline = (isoDate: string, daysLeft: number) => `${formatDate(isoDate)} (${daysLeftText(daysLeft)})`;

/** The start page: the unit's worklists, every deadline with its date in Norwegian and every unit and person by name. */
export function StartPage() {
  const { me, names } = useSignedIn();
  const decisions = useApi(() => api.GET('/api/v1/worklists/level-zero-decisions'));
  const evaluations = useApi(() => api.GET('/api/v1/worklists/evaluations'));
  const handovers = useApi(() => api.GET('/api/v1/worklists/handovers'));
  const withoutHolder = useApi(() => api.GET('/api/v1/worklists/without-stafettholder'));
  const consents = useApi(() => api.GET('/api/v1/worklists/expiring-consents'));

  return (
    <>
      <PageHeading>Arbeidsliste</PageHeading>
      <Paragraph>
        Frister og oppgaver for {me.unit.name}. Datoer er norsk tid.
      </Paragraph>
      <div className="worklists">
        <WorklistSection
          title="Undringer som venter på beslutning"
          what="undringer"
          empty="Ingen undringer venter på beslutning."
          loaded={decisions}
          entries={(list) =>
            [...list.overdue, ...list.due].map((item) => ({
              key: item.caseId,
              title: caseTitle(item.caseId),
              overdue: item.daysLeft < 0,
              facts: [{ term: 'Frist for beslutning', value: deadline(item.decisionDueOn, item.daysLeft) }],
            }))
          }
        />
        <WorklistSection
          title="Tiltak som skal evalueres"
          what="evalueringer"
          empty="Ingen tiltak skal evalueres de neste to ukene."
          loaded={evaluations}
          entries={(list) =>
            [...list.overdue, ...list.due].map((item) => ({
              key: item.measureId,
              title: caseTitle(item.caseId),
              overdue: item.daysLeft < 0,
              facts: [
                { term: 'Nivå', value: levelName(item.level) },
                { term: 'Ansvarlig', value: names.practitioner(item.responsiblePractitionerId) },
                { term: 'Evalueres', value: deadline(item.nextEvaluationOn, item.daysLeft) },
              ],
            }))
          }
        />
        <WorklistSection
          title="Stafettpinner som venter på å bli tatt imot"
          what="overleveringer"
          empty="Ingen stafettpinner venter på enheten."
          loaded={handovers}
          entries={(list) =>
            list.items.map((item) => ({
              key: item.caseId,
              title: caseTitle(item.caseId),
              facts: [
                { term: 'Nivå', value: levelName(item.level) },
                { term: 'Fra', value: `${names.practitioner(item.from.practitionerId)}, ${names.unit(item.from.unitId)}` },
                { term: 'Til', value: `${names.practitioner(item.to.practitionerId)}, ${names.unit(item.to.unitId)}` },
                { term: 'Foreslått', value: formatDateTime(item.proposedAt) },
              ],
            }))
          }
        />
        <WorklistSection
          title="Saker uten stafettholder"
          what="saker"
          empty="Alle saker på nivå 1 eller høyere har en stafettholder."
          loaded={withoutHolder}
          entries={(list) =>
            list.items.map((item) => ({
              key: item.caseId,
              title: caseTitle(item.caseId),
              facts: [
                { term: 'Nivå', value: levelName(item.level) },
                { term: 'Eies av', value: names.unit(item.owningUnit) },
                { term: 'Sist endret', value: formatDateTime(item.updatedAt) },
              ],
            }))
          }
        />
        <WorklistSection
          title="Samtykker som snart utløper"
          what="samtykker"
          empty="Ingen samtykker i dine saker utløper snart."
          loaded={consents}
          entries={(list) =>
            list.items.map((item) => ({
              key: item.consentId,
              title: item.caseIds.length > 0 ? item.caseIds.map(caseTitle).join(', ') : 'Samtykke',
              overdue: item.daysLeft < 0,
              facts: [{ term: 'Gjelder til og med', value: `${formatDate(dayBefore(item.validTo))} (utløper ${daysLeftText(item.daysLeft)})` }],
            }))
          }
        />
      </div>
    </>
  );
}
