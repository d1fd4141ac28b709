import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from '../../src/figures/kit/citation';
import { embedSnippet } from '../../src/figures/kit/embed-snippet';

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
    const html = embedSnippet({ src: 'https://a.org/embed/x/', title: 'Absence "quoted" <b>', fallback: 'https://a.org/trends/', script: 'https://a.org/embed-resize.js' });
    expect(html).toContain('<iframe src="https://a.org/embed/x/" title="Absence &quot;quoted&quot; &lt;b>"');
    expect(html).toContain('<a href="https://a.org/trends/">');
    expect(html).toContain('<script src="https://a.org/embed-resize.js" async></script>');
    expect(html).not.toContain('<b>');
  });
});
