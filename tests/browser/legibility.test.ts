/**
 * Every chart is legible where it is shown: on each page template at 1280 and 390 px, every visible
 * text element of every chart renders at 11 px or more, lies inside its chart's SVG, and overlaps no
 * other label.
 */
import { expect, it } from 'vitest';
import { describeBrowser, DESKTOP, MOBILE, open, templates, withPage, type Page } from './harness';
import { representatives } from './templates';

const groups = await templates();
/**
 * States checked beside each template's first: the map's embed, whose drawing differs most between frame widths,
 * and a /context/ view opened straight from a link (its charts are not the build's default view).
 */
const ALSO = ['/embed/bivariate-absence-idaci/', '/context/?view=attainment'];
const MIN_FONT_PX = 11;
/** Sub-pixel rounding of boxes is not an overlap or an overflow. */
const SLACK = 1;

interface Problem {
  chart: string;
  text: string;
  problem: string;
}

/** The problems found in the page's charts (the outermost SVG of each figure), as plain data. */
function chartProblems(page: Page, minFont: number, slack: number): Promise<Problem[]> {
  return page.evaluate(
    ({ minFont, slack }) => {
      const problems: { chart: string; text: string; problem: string }[] = [];
      const charts = [...document.querySelectorAll('figure svg')].filter((svg) => !svg.parentElement?.closest('svg'));
      charts.forEach((svg, n) => {
        if (!svg.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return;
        const chart = `${svg.closest('figure')?.id || `figure ${n + 1}`}`;
        const frame = svg.getBoundingClientRect();
        if (frame.width === 0) return;
        const texts = [...svg.querySelectorAll('text')].filter(
          (t) =>
            (t.textContent ?? '').trim() !== '' &&
            t.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
            !t.closest('[visibility="hidden"]'),
        );
        const boxes = texts.map((t) => {
          const m = t.getScreenCTM();
          // The scale from the text's units to screen pixels (rotation-proof: a rotated axis title counts too).
          const size = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
          const box = t.getBoundingClientRect();
          const text = (t.textContent ?? '').trim().slice(0, 40);
          if (size < minFont - 0.05) problems.push({ chart, text, problem: `font ${size.toFixed(1)} px` });
          if (
            box.left < frame.left - slack ||
            box.right > frame.right + slack ||
            box.top < frame.top - slack ||
            box.bottom > frame.bottom + slack
          ) {
            problems.push({ chart, text, problem: 'outside its SVG' });
          }
          return { box, text };
        });
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i].box, boxes[j].box];
            const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (overlapX > slack && overlapY > slack)
              problems.push({ chart, text: `${boxes[i].text} / ${boxes[j].text}`, problem: 'overlap' });
          }
        }
      });
      return problems;
    },
    { minFont, slack },
  );
}

describeBrowser('Chart legibility', () => {
  for (const viewport of [DESKTOP, MOBILE]) {
    for (const path of [...new Set([...groups.flatMap((g) => representatives(g, 1)), ...ALSO])]) {
      it(`keeps every chart label on ${path} at ${viewport.width} px at least ${MIN_FONT_PX} px, inside its SVG and clear of the others`, () =>
        withPage(
          async (page) => {
            await open(page, path);
            // A state the build did not draw loads the page's code after first paint.
            await page.waitForLoadState('networkidle');
            // Charts redrawn for the screen's width (once scrolled to) are checked as the reader sees them.
            await page.evaluate(async () => {
              for (let y = 0; y < document.body.scrollHeight; y += 600) {
                window.scrollTo(0, y);
                await new Promise((r) => setTimeout(r, 30));
              }
            });
            await page.waitForTimeout(300);
            const problems = await chartProblems(page, MIN_FONT_PX, SLACK);
            const list = problems.map((p) => `${p.chart}: "${p.text}" ${p.problem}`);
            expect(list, list.join('\n')).toEqual([]);
          },
          { viewport },
        ));
    }
  }
});
