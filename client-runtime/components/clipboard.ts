/** What copying needs from the browser (tests pass fakes). */
export interface ClipboardAccess {
  /** `navigator.clipboard`: missing outside secure contexts (plain http on another host than localhost). */
  clipboard?: { writeText(text: string): Promise<void> };
  /** The old way: select the text on the page and run the copy command; true when it copied. */
  copyBySelection(): boolean;
}

/** Copies text to the clipboard; resolves with whether it worked. */
export async function copyText(text: string, access: ClipboardAccess): Promise<boolean> {
  if (access.clipboard) {
    try {
      await access.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, document not focused): the selection may still work.
    }
  }
  try {
    return access.copyBySelection();
  } catch {
    return false;
  }
}

/** Selects an element's text and runs the copy command, restoring nothing: the selection shows what was copied. */
export function selectAndCopy(element: Element): boolean {
  const selection = getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return document.execCommand('copy');
}
