/** Saves `text` as a file through a temporary object URL: no server is involved. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // revoke on the next turn: the download has been handed to the browser by then
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
