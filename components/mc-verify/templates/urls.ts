/**
 * URL allow-lists for everything a credential names. Lit binds attribute values as given, so every
 * `href` and `src` taken from a credential goes through here first.
 */

const MAX_URL_LENGTH = 2048;
/** Large enough for a badge image, small enough not to stall the page. */
const MAX_DATA_URL_LENGTH = 2 * 1024 * 1024;
/** Raster images only: an SVG data: URL is still only shown through `<img>`, but is refused to keep the rule simple. */
const RASTER_DATA_URL = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

/**
 * The URL to link to, or undefined: http(s) only, no user name or password in it. `javascript:`,
 * `data:` and every other scheme never become links.
 */
export function linkUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url;
}

/** The `src` for a badge image, or undefined: an http(s) URL or a raster `data:image/…;base64` URL. */
export function imageSrc(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return trimmed.length <= MAX_DATA_URL_LENGTH && RASTER_DATA_URL.test(trimmed) ? trimmed : undefined;
  return linkUrl(trimmed)?.href;
}

/** The host to show next to a link; the URL parser gives internationalised names in punycode. */
export function displayHost(url: URL): string {
  return url.host;
}
