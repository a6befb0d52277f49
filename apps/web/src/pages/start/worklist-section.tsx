import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { Loaded } from '../../api/use-api';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';

export interface WorklistFact {
  readonly term: string;
  readonly value: ReactNode;
}

export interface WorklistEntry {
  readonly key: string;
  readonly title: string;
  readonly overdue?: boolean;
  readonly facts: readonly WorklistFact[];
}

/**
 * One worklist of the start page: a heading with the count, and its entries as a list of cards
 * (readable at 320 px, where a table would not be), or a sentence saying the list is empty.
 */
export function WorklistSection<T>(props: {
  readonly title: string;
  readonly what: string;
  readonly empty: string;
  readonly loaded: Loaded<T>;
  readonly entries: (data: T) => readonly WorklistEntry[];
}) {
  const headingId = useId();
  const entries = props.loaded.status === 'loaded' ? props.entries(props.loaded.data) : [];
  return (
    <section className="worklist" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {props.title}
        {props.loaded.status === 'loaded' && <span className="worklist__count"> ({entries.length})</span>}
      </Heading>
      {props.loaded.status === 'loading' && <Loading what={props.what} />}
      {props.loaded.status === 'failed' && <ProblemAlert problem={props.loaded.problem} />}
      {props.loaded.status === 'loaded' && entries.length === 0 && <Paragraph>{props.empty}</Paragraph>}
      {entries.length > 0 && (
        <ul className="worklist__items">
          {entries.map((entry) => (
            <li key={entry.key}>
              <Card data-color={entry.overdue ? 'danger' : 'neutral'} className="worklist__card">
                <Heading level={3} data-size="2xs">
                  {entry.title} {entry.overdue && <Tag data-color="danger">Over fristen</Tag>}
                </Heading>
                <dl className="worklist__facts">
                  {entry.facts.map((fact) => (
                    <div key={fact.term}>
                      <dt>{fact.term}</dt>
                      <dd>{fact.value}</dd>
                    </div>
                  ))}
                </dl>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
