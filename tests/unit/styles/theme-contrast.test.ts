/** WCAG AA contrast of the theme colours in src/styles/global.css, for both themes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Quotes normalised: the formatter writes attribute selectors with single quotes.
const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8').replace(/'/g, '"');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}
const light = variables(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf(':root[data-theme="dark"]');
const dark = variables(css.slice(darkStart, css.indexOf('}', darkStart)));
const systemDarkStart = css.indexOf(':root:not([data-theme="light"])');
const systemDark = variables(css.slice(systemDarkStart, css.indexOf('}', systemDarkStart)));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme colours', () => {
  it("declares the same dark colours for the system setting and for the reader's choice", () => {
    expect(Object.keys(dark).length).toBeGreaterThanOrEqual(7);
    expect(systemDark).toEqual(dark);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`gives text, muted text and links at least 4.5:1 on the page and on panels in the ${name} theme`, () => {
      for (const fg of ['fg', 'muted', 'accent']) {
        for (const bg of ['bg', 'panel'])
          expect(contrast(theme[fg], theme[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`gives the focus ring at least 3:1 against the page and panels in the ${name} theme`, () => {
      for (const bg of ['bg', 'panel']) expect(contrast(theme.focus, theme[bg])).toBeGreaterThanOrEqual(3);
    });
  }
});
