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
// The caption (title, unit, 数据截至, 示例数据) goes above it, so the picture says what it shows on its own.
export function downloadCanvasPng(container, fileName, caption) {
  const canvas = container?.querySelector('canvas');
  if (!canvas) {
    return;
  }
  const scale = canvas.width / canvas.clientWidth || 1;
  const lineHeight = 22 * scale;
  const padding = 12 * scale;
  const lines = caption ?? [];
  const top = lines.length === 0 ? 0 : padding + lines.length * lineHeight;
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height + top;
  const context = copy.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  const family = getComputedStyle(canvas).fontFamily || 'sans-serif';
  lines.forEach((line, i) => {
    context.font = `${i === 0 ? 'bold ' : ''}${(i === 0 ? 16 : 13) * scale}px ${family}`;
    context.fillStyle = i === 0 ? '#212121' : '#424242';
    context.fillText(line, padding, padding + (i + 0.8) * lineHeight);
  });
  context.drawImage(canvas, 0, top);
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
