/** The copy-paste embed code: an iframe with a title, a script-free fallback link, and the optional resize script. */
export const EMBED_HEIGHT = 560;

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(o: { src: string; title: string; fallback: string; script: string }): string {
  return [
    `<iframe src="${attr(o.src)}" title="${attr(o.title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" data-absence-atlas-embed></iframe>`,
    `<p><a href="${attr(o.fallback)}">${attr(o.title)} (Absence Atlas)</a></p>`,
    `<script src="${attr(o.script)}" async></script>`,
  ].join('\n');
}
