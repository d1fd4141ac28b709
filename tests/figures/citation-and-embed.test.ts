import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from '../../src/figures/kit/citation';
import { embedHeight, embedSnippet } from '../../src/figures/kit/embed-snippet';

const input = {
  figureId: 'macro-region-trends',
  title: 'Unauthorised absence, North vs South & England, 2015/16 to 2024/25',
  sources: ['Department for Education, Pupil absence in schools in England (Academic year 2024/25)'],
  url: 'https://example.org/trends/?measure=unauthorised',
  accessed: '2026-11-24',
};

describe('citations', () => {
  it('gives a plain-text citation with the title, sources, URL with state and access date', () => {
    expect(plainCitation(input)).toBe(
      'Absence Atlas. "Unauthorised absence, North vs South & England, 2015/16 to 2024/25". Data: Department for Education, Pupil absence in schools in England (Academic year 2024/25). https://example.org/trends/?measure=unauthorised (accessed 2026-11-24).',
    );
  });

  it('gives BibTeX with LaTeX special characters escaped and a stable key', () => {
    const bib = bibtexCitation(input);
    expect(bib).toMatch(/^@misc\{absenceatlas-macro-region-trends-2026,/);
    expect(bib).toContain('title = {Unauthorised absence, North vs South \\& England, 2015/16 to 2024/25}');
    expect(bib).toContain('howpublished = {\\url{https://example.org/trends/?measure=unauthorised}}');
  });
});

describe('the embed snippet', () => {
  it('has a titled iframe, a script-free fallback link and the resize script', () => {
    const html = embedSnippet({
      src: 'https://a.org/embed/x/',
      title: 'Absence "quoted" <b>',
      fallback: 'https://a.org/trends/',
      script: 'https://a.org/embed-resize.js',
      height: 730,
    });
    expect(html).toContain(
      '<iframe src="https://a.org/embed/x/" title="Absence &quot;quoted&quot; &lt;b>" width="100%" height="730"',
    );
    expect(html).toContain('<a href="https://a.org/trends/">');
    expect(html).toContain('<script src="https://a.org/embed-resize.js" async></script>');
    expect(html).not.toContain('<b>');
  });
});

describe('the embed height', () => {
  const content = {
    title: 'Overall absence, 2024/25',
    subtitle: 'Percentage of sessions missed',
    sources: 'Source: DfE.',
    chart: { width: 768, height: 900 },
  };

  it('fits the chart at its widest (a tall map is taller at 640 px than at 320 px)', () => {
    // At 640 px the chart is 616 px wide, so 616 * 900 / 768 = 722 px tall before any text.
    expect(embedHeight(content)).toBeGreaterThan(722);
  });

  it('fits the text at its narrowest (a long title wraps onto more lines at 320 px)', () => {
    const wide = { ...content, chart: { width: 768, height: 100 } };
    const long = { ...wide, title: 'A very long title '.repeat(8) };
    expect(embedHeight(long)).toBeGreaterThan(embedHeight(wide) + 40);
  });
});
