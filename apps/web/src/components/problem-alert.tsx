import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Problem } from '../api/problem';

/** A refusal or failure that belongs to no form field: its Norwegian title and detail. */
export function ProblemAlert({ problem }: { readonly problem: Problem }) {
  return (
    <Alert data-color="danger">
      <Heading level={2} data-size="xs">
        {problem.title}
      </Heading>
      <Paragraph>{problem.detail}</Paragraph>
    </Alert>
  );
}
