import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import type { ReceiveReport } from './report.commands';
import { reportDecider } from './report.decide';
import {
  FeedbackAlreadySentError,
  InvestigationAlreadyExtendedError,
  InvestigationNotConcludedError,
  NotInvestigatingError,
  PublicReporterOnlyError,
  ReceiptAlreadyHandledError,
  ReportAlreadyReceivedError,
  ReportNotFoundError,
  ReviewAlreadyDecidedError,
  ReviewNotDecidedError,
} from './report.refusals';
import type { ReportEvent } from './report.events';
import { publicReport, privateReport, REPORT_ID, RECEIVED_AT, reviewed, concluded } from './testing/report.fixtures';

const NOW = '2026-03-30T08:00:00.000Z';
const spec = deciderSpec(reportDecider, { now: NOW });
const reportId = REPORT_ID;

const receive: ReceiveReport = {
  type: 'ReceiveReport',
  reportId,
  reporterKind: 'public',
  reporterCategory: 'barnehage',
  channel: { kind: 'service-unit', unitId: 'demo-barnehage' },
  receivedAt: RECEIVED_AT,
  kommunenummer: '5001',
  children: [{ childId: 'child-1', unborn: false }],
  content: { ref: 'opaque' },
};

const problemsOf = (e: InvalidCommandError) => e.problems.map((p) => p.field);

describe('report decider', () => {
  describe('when a report arrives', () => {
    it('records it with its reporter, children and the time it was registered', () =>
      spec.given([]).when(receive).then([
        {
          type: 'ReportReceived',
          data: {
            reportId,
            reporterKind: 'public',
            reporterCategory: 'barnehage',
            channel: { kind: 'service-unit', unitId: 'demo-barnehage' },
            receivedAt: RECEIVED_AT,
            kommunenummer: '5001',
            children: [{ childId: 'child-1', unborn: false }],
            content: { ref: 'opaque' },
            registeredAt: NOW,
          },
        },
      ]));

    it('takes a private person’s report about an unborn child, registered by intake, with a linked case', () =>
      spec
        .given([])
        .when({ ...receive, reporterKind: 'private', reporterCategory: 'andre', channel: { kind: 'intake', registeredBy: 'intake-1' }, children: [{ unborn: true }], linkedCaseId: 'case-9' })
        .then([expect.objectContaining({ data: expect.objectContaining({ children: [{ unborn: true }], linkedCaseId: 'case-9', reporterKind: 'private' }) }) as ReportEvent]));

    it('takes the police as a public reporter registered by intake', () =>
      spec.given([]).when({ ...receive, reporterCategory: 'politi', channel: { kind: 'intake', registeredBy: 'intake-1' } }).then([expect.objectContaining({ type: 'ReportReceived' }) as ReportEvent]));

    it('refuses the same report twice', () => spec.given([publicReport]).when(receive).thenThrows(ReportAlreadyReceivedError));

    it('lists every invalid field at once', () =>
      spec
        .given([])
        .when({ ...receive, reportId: '', kommunenummer: '50011', reporterKind: 'private', receivedAt: '2026-04-01T00:00:00.000Z', children: [] })
        .thenThrows(InvalidCommandError, (e) =>
          expect(problemsOf(e).sort()).toEqual(['children', 'kommunenummer', 'receivedAt', 'reportId', 'reporterCategory', 'reporterKind'].sort()),
        ));

    it('refuses a kindergarten as a private reporter and parents as a public one', () => {
      spec.given([]).when({ ...receive, reporterKind: 'private', channel: { kind: 'fiks' } }).thenThrows(InvalidCommandError, (e) => expect(problemsOf(e)).toEqual(['reporterCategory']));
      spec.given([]).when({ ...receive, reporterCategory: 'foreldre', channel: { kind: 'fiks' } }).thenThrows(InvalidCommandError, (e) => expect(e.userMessage).toMatch(/offentlig/));
    });
  });

  describe('when nothing has been received', () => {
    it.each([
      { type: 'DecideReview', reportId, decision: { outcome: 'investigate' } },
      { type: 'SendReceiptConfirmation', reportId },
      { type: 'SendOutcomeFeedback', reportId },
    ] as const)('refuses $type', (command) => spec.given([]).when(command).thenThrows(ReportNotFoundError));
  });

  describe('when the report awaits review', () => {
    it('dismisses it with the written reason, trimmed', () =>
      spec
        .given([publicReport])
        .when({ type: 'DecideReview', reportId, decision: { outcome: 'dismiss', reason: '  Forhold allerede kjent og fulgt opp. ' } })
        .then([{ type: 'ReviewDecided', data: { reportId, decision: { outcome: 'dismiss', reason: 'Forhold allerede kjent og fulgt opp.' }, decidedAt: NOW } }]));

    it.each(['', '   ', undefined])('refuses a dismissal without a written reason (%p)', (reason) =>
      spec
        .given([publicReport])
        .when({ type: 'DecideReview', reportId, decision: { outcome: 'dismiss', reason: reason as string } })
        .thenThrows(InvalidCommandError, (e) => expect(e.userMessage).toBe('Skriv en begrunnelse for at meldingen henlegges.')));

    it('opens an investigation', () =>
      spec.given([publicReport]).when({ type: 'DecideReview', reportId, decision: { outcome: 'investigate' } }).then([{ type: 'ReviewDecided', data: { reportId, decision: { outcome: 'investigate' }, decidedAt: NOW } }]));

    it('refers to low-threshold help, with or without a reason', () =>
      spec.given([publicReport]).when({ type: 'DecideReview', reportId, decision: { outcome: 'refer-low-threshold', reason: ' ' } }).then([
        { type: 'ReviewDecided', data: { reportId, decision: { outcome: 'refer-low-threshold' }, decidedAt: NOW } },
      ]));

    it('refuses an unknown outcome as invalid input', () =>
      spec.given([publicReport]).when({ type: 'DecideReview', reportId, decision: { outcome: 'ignore' } as never }).thenThrows(InvalidCommandError));

    it('refuses to extend or conclude an investigation that was never opened', () => {
      spec.given([publicReport]).when({ type: 'ExtendInvestigation', reportId, reason: 'Trenger mer tid.' }).thenThrows(NotInvestigatingError);
      spec
        .given([publicReport])
        .when({ type: 'ConcludeInvestigation', reportId, outcome: 'closed' })
        .thenThrows(NotInvestigatingError, (e) => expect(e.userMessage).toBe('En undersøkelse kan ikke avsluttes før det er besluttet å undersøke.'));
    });

    it('refuses the investigation-opened notice before the review', () =>
      spec.given([publicReport]).when({ type: 'SendInvestigationOpenedNotice', reportId }).thenThrows(ReviewNotDecidedError));
  });

  describe('when the review is decided', () => {
    it('refuses a second decision', () =>
      spec.given([publicReport, reviewed('dismiss')]).when({ type: 'DecideReview', reportId, decision: { outcome: 'investigate' } }).thenThrows(ReviewAlreadyDecidedError));

    it('tells a public reporter that no investigation was opened after a dismissal', () =>
      spec.given([publicReport, reviewed('dismiss')]).when({ type: 'SendInvestigationOpenedNotice', reportId }).then([
        { type: 'InvestigationOpenedNoticeSent', data: { reportId, investigationOpened: false, sentAt: NOW } },
      ]));

    it('tells a public reporter that an investigation was opened, once', () => {
      spec.given([publicReport, reviewed('investigate')]).when({ type: 'SendInvestigationOpenedNotice', reportId }).then([
        { type: 'InvestigationOpenedNoticeSent', data: { reportId, investigationOpened: true, sentAt: NOW } },
      ]);
      const [notice] = reportDecider.decide({ type: 'SendInvestigationOpenedNotice', reportId }, [publicReport, reviewed('investigate')].reduce(reportDecider.evolve, reportDecider.initialState()), { now: NOW });
      spec.given([publicReport, reviewed('investigate'), notice]).when({ type: 'SendInvestigationOpenedNotice', reportId }).thenThrows(FeedbackAlreadySentError);
    });

    it('never tells a private reporter whether an investigation was opened', () =>
      spec
        .given([privateReport, reviewed('investigate')])
        .when({ type: 'SendInvestigationOpenedNotice', reportId })
        .thenThrows(PublicReporterOnlyError, (e) => expect(e.userMessage).toBe('Bare meldere med opplysningsplikt skal få vite om det er åpnet undersøkelse.')));

    it('tells a reporter with a duty to report, whatever KS form was used (legal review, issue 10)', () => {
      const doctorOnPrivateForm = { ...privateReport, data: { ...(privateReport.data as object), reporterCategory: 'lege' } } as ReportEvent;
      const [notice] = reportDecider.decide({ type: 'SendInvestigationOpenedNotice', reportId }, [doctorOnPrivateForm, reviewed('investigate')].reduce(reportDecider.evolve, reportDecider.initialState()), { now: NOW });
      expect(notice).toMatchObject({ type: 'InvestigationOpenedNoticeSent', data: { investigationOpened: true } });
    });
  });

  describe('when an investigation is running', () => {
    const investigating = [publicReport, reviewed('investigate')];

    it('extends it once, with a reason', () =>
      spec.given(investigating).when({ type: 'ExtendInvestigation', reportId, reason: ' Venter på sakkyndig. ' }).then([
        { type: 'InvestigationExtended', data: { reportId, reason: 'Venter på sakkyndig.', extendedAt: NOW } },
      ]));

    it('refuses an extension without a reason', () =>
      spec.given(investigating).when({ type: 'ExtendInvestigation', reportId, reason: '' }).thenThrows(InvalidCommandError, (e) => expect(problemsOf(e)).toEqual(['reason'])));

    it('refuses a second extension', () =>
      spec
        .given([...investigating, { type: 'InvestigationExtended', data: { reportId, reason: 'Venter.', extendedAt: NOW } }])
        .when({ type: 'ExtendInvestigation', reportId, reason: 'Igjen.' })
        .thenThrows(InvestigationAlreadyExtendedError, (e) => expect(e.userMessage).toMatch(/bare forlenges én gang/)));

    it.each(['closed', 'followed-up'] as const)('concludes it as %s', (outcome) =>
      spec.given(investigating).when({ type: 'ConcludeInvestigation', reportId, outcome }).then([{ type: 'InvestigationConcluded', data: { reportId, outcome, concludedAt: NOW } }]));

    it('refuses outcome feedback before the conclusion', () =>
      spec.given(investigating).when({ type: 'SendOutcomeFeedback', reportId }).thenThrows(InvestigationNotConcludedError));
  });

  describe('when the investigation is concluded', () => {
    it('gives a public reporter the outcome, once', () => {
      spec.given([publicReport, reviewed('investigate'), concluded('followed-up')]).when({ type: 'SendOutcomeFeedback', reportId }).then([
        { type: 'OutcomeFeedbackSent', data: { reportId, outcome: 'followed-up', sentAt: NOW } },
      ]);
      spec
        .given([publicReport, reviewed('investigate'), concluded('closed'), { type: 'OutcomeFeedbackSent', data: { reportId, outcome: 'closed', sentAt: NOW } }])
        .when({ type: 'SendOutcomeFeedback', reportId })
        .thenThrows(FeedbackAlreadySentError);
    });

    it('refuses outcome feedback to a private reporter', () =>
      spec.given([privateReport, reviewed('investigate'), concluded('closed')]).when({ type: 'SendOutcomeFeedback', reportId }).thenThrows(PublicReporterOnlyError));

    it('refuses to conclude or extend again', () => {
      spec.given([publicReport, reviewed('investigate'), concluded('closed')]).when({ type: 'ConcludeInvestigation', reportId, outcome: 'followed-up' }).thenThrows(NotInvestigatingError);
      spec.given([publicReport, reviewed('investigate'), concluded('closed')]).when({ type: 'ExtendInvestigation', reportId, reason: 'For sent.' }).thenThrows(NotInvestigatingError);
    });
  });

  describe('the receipt confirmation', () => {
    it('is sent to any reporter, once', () => {
      spec.given([privateReport]).when({ type: 'SendReceiptConfirmation', reportId }).then([{ type: 'ReceiptConfirmationSent', data: { reportId, sentAt: NOW } }]);
      spec
        .given([privateReport, { type: 'ReceiptConfirmationSent', data: { reportId, sentAt: NOW } }])
        .when({ type: 'SendReceiptConfirmation', reportId })
        .thenThrows(ReceiptAlreadyHandledError, (e) => expect(e.handledAs).toBe('confirmed'));
    });

    it.each(['obviously-unfounded', 'special-reasons'] as const)('may be skipped with a recorded exemption (%s)', (ground) =>
      spec.given([privateReport]).when({ type: 'RecordReceiptExemption', reportId, ground, reason: ' Begrunnelse. ' }).then([
        { type: 'ReceiptExemptionRecorded', data: { reportId, ground, reason: 'Begrunnelse.', recordedAt: NOW } },
      ]));

    it('refuses an exemption without ground or reason', () =>
      spec
        .given([privateReport])
        .when({ type: 'RecordReceiptExemption', reportId, ground: 'too-busy' as never, reason: '' })
        .thenThrows(InvalidCommandError, (e) => expect(problemsOf(e)).toEqual(['ground', 'reason'])));

    it('cannot be sent after an exemption, nor exempted after it was sent', () => {
      const exempted: ReportEvent = { type: 'ReceiptExemptionRecorded', data: { reportId, ground: 'special-reasons', reason: 'X', recordedAt: NOW } };
      spec.given([privateReport, exempted]).when({ type: 'SendReceiptConfirmation', reportId }).thenThrows(ReceiptAlreadyHandledError, (e) => expect(e.handledAs).toBe('exempted'));
      spec
        .given([privateReport, { type: 'ReceiptConfirmationSent', data: { reportId, sentAt: NOW } }])
        .when({ type: 'RecordReceiptExemption', reportId, ground: 'special-reasons', reason: 'X' })
        .thenThrows(ReceiptAlreadyHandledError);
    });
  });
});
