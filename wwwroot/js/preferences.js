// Stores a display preference in a cookie so the server can render the next page with it.
export function savePreference(name, value) {
  document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
