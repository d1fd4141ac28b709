/**
 * `npm run figures -- --report <id> [--out DIR]`: a reproduced report's figures, each a registered figure
 * in the report's state (SVG, PNG, CSV), the reconciliation of every number the report quotes
 * (reconciliation.csv) and a manifest (figures.json). Same chart code as the site; deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serverDocument } from '../../src/charts/ssr';
import { figureCsv, standaloneSvg } from '../../src/figures/kit/export';
import { viewPath } from '../../src/figures/kit/meta';
import { svgToPng } from '../../src/figures/kit/png';
import { toCsv } from '../../src/lib/csv';
import { stateToSearch } from '../../src/lib/url-state';
import { REPORTS, doiUrl, reportCitation } from '../../src/reports/index';
import { reportModel } from '../../src/reports/model';

/** `site`: the public address with its trailing slash (scripts/lib/site-url.ts). */
export function writeReportFigures(id: string, outDir: string, site: string, log: (msg: string) => void): void {
  const at = (path: string) => new URL(path.slice(1), site).href;
  const report = REPORTS[id];
  if (!report) throw new Error(`unknown report "${id}"; known: ${Object.keys(REPORTS).join(', ')}`);
  const model = reportModel(report);
  mkdirSync(outDir, { recursive: true });
  const figures = model.figures.map(({ report: f, spec, state, findings }) => {
    const stem = `figure-${f.number}${f.part ? `-${f.part}` : ''}-${spec.id}`;
    const url = at(viewPath(spec, state));
    const svg = standaloneSvg(spec, state, { document: serverDocument(), url });
    writeFileSync(resolve(outDir, `${stem}.svg`), svg);
    writeFileSync(resolve(outDir, `${stem}.png`), svgToPng(svg));
    writeFileSync(resolve(outDir, `${stem}.csv`), figureCsv(spec, state, url));
    log(`wrote ${stem}`);
    return {
      number: f.number,
      part: f.part,
      reportTitle: f.title,
      id: spec.id,
      title: spec.title(state),
      subtitle: spec.subtitle(state),
      state,
      url,
      embed: at(`/embed/${spec.id}/${stateToSearch(spec.state, state)}`),
      files: [`${stem}.svg`, `${stem}.png`, `${stem}.csv`],
      note: f.note,
      findings,
      sources: spec.provenance.flatMap((p) =>
        p.sources.map((s) => ({
          publisher: s.publisher,
          title: s.title,
          release: s.release,
          url: s.url,
          licence: s.licence,
          sha256: s.sha256,
        })),
      ),
    };
  });
  const rows = [
    ...model.quotes,
    ...model.claims.map((c) => ({
      ...c,
      area: '',
      year: '',
      measure: '',
      schoolType: '',
      report: '',
      published: '',
      difference: '',
    })),
  ].map((r) => ({ ...r, explanation: r.explanation.join(' '), note: 'note' in r ? (r.note ?? '') : '' }));
  const columns = [
    'figure',
    'quote',
    'area',
    'year',
    'measure',
    'schoolType',
    'report',
    'published',
    'difference',
    'verdict',
    'explanation',
    'note',
  ] as const;
  writeFileSync(
    resolve(outDir, 'reconciliation.csv'),
    toCsv(
      rows,
      [...columns],
      `Reconciliation of ${reportCitation(report)}\nAgainst DfE's published files; ${at(`/reports/${id}/`)}`,
    ),
  );
  const manifest = {
    generatedBy: `npm run figures -- --report ${id}`,
    report: {
      title: report.title,
      authors: report.authors,
      year: report.year,
      doi: report.doi,
      url: doiUrl(report),
      citation: reportCitation(report),
    },
    page: at(`/reports/${id}/`),
    verdicts: model.tally,
    notes: model.notes,
    figures,
    files: ['reconciliation.csv'],
  };
  writeFileSync(resolve(outDir, 'figures.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`${figures.length} figure(s), reconciliation.csv and figures.json in ${outDir}`);
}
