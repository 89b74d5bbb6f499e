// Stores a display preference in a cookie so the server can render the next page with it. Set here, so it
// cannot be HttpOnly; it holds only "Light", "Dark" or "System". Secure whenever the page came over HTTPS.
export function savePreference(name, value) {
  const secure = location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax${secure}`;
}
