/** Saves a blob under a file name, as a download link would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Converts standalone SVG markup to a 2x PNG on white in the browser and downloads it. */
export async function downloadSvgTextAsPng(text: string, fileName: string, scale = 2): Promise<void> {
  const blobUrl = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = blobUrl;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    saveBlob(
      await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
      ),
      fileName,
    );
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

/** Converts one of our prerendered standalone SVG files to a 2x PNG and downloads it. */
export async function downloadSvgAsPng(svgUrl: string, fileName: string): Promise<void> {
  await downloadSvgTextAsPng(await (await fetch(svgUrl)).text(), fileName);
}
