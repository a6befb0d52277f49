import type { AccessReport } from './access-report';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const DATE_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' });

function osloDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/**
 * The access report as a printable Norwegian page. Every value from the log or the organisation is
 * escaped: unit names come from configuration and ids from requests, neither is trusted as markup.
 */
export function renderAccessReportHtml(report: AccessReport): string {
  const e = escapeHtml;
  const personHeader = report.showsPersons ? '<th scope="col">Person (id)</th>' : '';
  const rows = report.accesses
    .map((line) => {
      const what = line.entriesShown === undefined ? line.whatNb : `${line.whatNb} (${line.entriesShown} oppføringer vist)`;
      const person = report.showsPersons ? `<td>${e(line.practitionerId ?? '')}</td>` : '';
      return `<tr><td>${e(osloDateTime(line.at))}</td><td>${e(line.purposeNb)}</td><td>${e(line.unitName)}</td><td>${e(line.serviceTypeNb)}</td>${person}<td>${e(what)}</td></tr>`;
    })
    .join('\n');
  const body =
    report.accesses.length === 0
      ? '<p>Ingen har sett opplysninger om barnet.</p>'
      : `<table>
<thead><tr><th scope="col">Tidspunkt</th><th scope="col">Formål</th><th scope="col">Tjenestested</th><th scope="col">Tjeneste</th>${personHeader}<th scope="col">Hva som ble sett</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  const persons = report.showsPersons
    ? 'Kolonnen «Person» viser hvem som gjorde oppslaget.'
    : 'Kommunen har valgt å ikke vise navn eller id på den enkelte ansatte; tjenestestedet vises.';
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Innsynslogg for barnet</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>Innsynslogg: hvem har sett opplysninger om barnet</h1>
<p>Oversikten viser når opplysninger om barnet ble sett, av hvilken tjeneste og med hvilket formål (personvernforordningen artikkel 15). ${e(persons)}</p>
<p>Barnets id: ${e(report.childId)}. Laget ${e(osloDateTime(report.generatedAt))}.</p>
${body}
</body>
</html>
`;
}
