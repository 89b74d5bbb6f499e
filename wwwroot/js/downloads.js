// Files and prints made in the browser: the server streams the bytes, the browser saves them.

// Blazor's documented pattern for a file from a DotNetStreamReference
// (learn.microsoft.com/aspnet/core/blazor/file-downloads).
export async function downloadFile(fileName, contentType, streamRef) {
  const buffer = await streamRef.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
  saveUrl(url, fileName);
  URL.revokeObjectURL(url);
}

// The chart's canvas is transparent; drawn onto white, the PNG reads the same in a document or on a slide.
export function downloadCanvasPng(container, fileName) {
  const canvas = container?.querySelector('canvas');
  if (!canvas) {
    return;
  }
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(canvas, 0, 0);
  saveUrl(copy.toDataURL('image/png'), fileName);
}

export function printPage() {
  window.print();
}

function saveUrl(url, fileName) {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}
