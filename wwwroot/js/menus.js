// Opens the MudMenu inside `holder` as its own button does when a key presses it: the key reaches the menu first, so
// the menu knows the keyboard opened it (it then focuses its first item, and its arrow keys and Enter count from
// there), then the button's click opens it. A key event made here has no default action: it clicks nothing itself.
export function openFromKey(holder) {
  const button = holder.querySelector('.mud-menu-icon-button-activator');
  button.focus();
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
  button.click();
}
