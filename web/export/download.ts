// The one place that hands a file to the browser as a download.

/** Browser only: offers a blob or text as a download. */
export function download(filename: string, content: Blob | Uint8Array | string, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([typeof content === 'string' ? content : (content as BlobPart)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
