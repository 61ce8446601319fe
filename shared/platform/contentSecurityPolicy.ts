/**
 * The one Content-Security-Policy of the app, sent by Electron's protocol handler and the web-mode
 * server, and mirrored by renderer/index.html's meta tag (tested). No `unsafe-eval`; inline styles
 * only because antd injects CSS-in-JS (docs/decisions/0004).
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as a response header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The policy for a `<meta http-equiv>` tag: `frame-ancestors` is ignored there, so it is left out. */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter(
  (directive) => !directive.startsWith('frame-ancestors'),
).join('; ');
