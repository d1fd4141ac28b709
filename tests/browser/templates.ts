/**
 * Groups crawled pages by the src/pages route file that made them, so tests and the benchmark cover
 * one representative page per template (e.g. every /la/<slug>/ page comes from la/[slug].astro)
 * without a hand-kept list of pages.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const PAGES_DIR = resolve(import.meta.dirname, '../../src/pages');
const PAGE_FILE = /\.(astro|md|mdx|html)$/;

export interface Template {
  /** Route as Astro writes it, e.g. /la/[slug]/ */
  route: string;
  /** Pages built from it, sorted. */
  pages: string[];
}

interface Route {
  route: string;
  regex: RegExp;
  dynamicSegments: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

function pageRoutes(): Route[] {
  return (
    listFiles(PAGES_DIR)
      .filter(
        (file) =>
          PAGE_FILE.test(file) &&
          !relative(PAGES_DIR, file)
            .split('/')
            .some((s) => s.startsWith('_')),
      )
      .map((file) => {
        const segments = relative(PAGES_DIR, file)
          .replace(PAGE_FILE, '')
          .split('/')
          .filter((s) => s !== 'index');
        const route = `/${segments.map((s) => `${s}/`).join('')}`;
        const pattern = segments
          .map((s) => {
            if (/^\[\.\.\..+\]$/.test(s)) return '(?:.+/)?';
            return `${s.replace(/\[[^\]]+\]/g, '[^/]+')}/`;
          })
          .join('');
        return { route, regex: new RegExp(`^/${pattern}$`), dynamicSegments: (route.match(/\[/g) ?? []).length };
      })
      // Astro prefers static routes over dynamic ones, and single params over rest params.
      .sort(
        (a, b) =>
          a.dynamicSegments - b.dynamicSegments || Number(a.route.includes('[...')) - Number(b.route.includes('[...')),
      )
  );
}

/** Templates with the pages each made; a page no route file explains is its own template. */
export function groupByTemplate(paths: string[]): Template[] {
  const routes = pageRoutes();
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const route = routes.find((r) => r.regex.test(path))?.route ?? path;
    groups.set(route, [...(groups.get(route) ?? []), path]);
  }
  return [...groups].map(([route, pages]) => ({ route, pages })).sort((a, b) => a.route.localeCompare(b.route));
}

/** Representative pages of a template: the first, plus the last when several pages share it. */
export function representatives(template: Template, count = 1): string[] {
  const { pages } = template;
  return count > 1 && pages.length > 1 ? [pages[0] as string, pages.at(-1) as string] : [pages[0] as string];
}
