// Calls to the service, signed in the browser exactly as ACS clients sign them (optout_core/auth.py), or carrying
// a Microsoft Entra ID bearer token. The credential lives in this tab's sessionStorage only.
const encoder = new TextEncoder();
const STORAGE_KEY = "optout-console-credential";
export const API_VERSION = "2026-01-23";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function base64(bytes) {
  let text = "";
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text) {
  const binary = atob(text.trim());
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

export function savedCredential() {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  return stored ? JSON.parse(stored) : null;
}

export function forgetCredential() {
  sessionStorage.removeItem(STORAGE_KEY);
}

// {kind: "key", secret: base64} or {kind: "bearer", token} (an Entra sign-in's also has via, name and expiresAt,
// entra.js). A key that is not base64 is refused here, before any call.
export function checkedCredential(kind, value) {
  const text = value.trim();
  if (!text) throw new ApiError(0, "Empty", kind === "key" ? "Type the access key." : "Paste the bearer token.");
  if (kind === "key") {
    try {
      if (fromBase64(text).length === 0) throw new Error("empty");
    } catch {
      throw new ApiError(0, "NotBase64", "This is not an access key: an access key is base64 text, as shown in the " +
        "Azure portal or local.settings.json.");
    }
    return { kind, secret: text };
  }
  return { kind: "bearer", token: text.replace(/^Bearer\s+/i, "") };
}

export function keepCredential(credential) {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
}

async function hmacHeaders(secret, method, target, body) {
  const date = new Date().toUTCString();
  const hash = base64(await crypto.subtle.digest("SHA-256", body));
  // Browsers send the page's host in the Host header and allow no other: sign that one.
  const toSign = `${method}\n${target}\n${date};${location.host};${hash}`;
  const key = await crypto.subtle.importKey("raw", fromBase64(secret), { name: "HMAC", hash: "SHA-256" }, false,
    ["sign"]);
  const signature = base64(await crypto.subtle.sign("HMAC", key, encoder.encode(toSign)));
  return {
    "x-ms-date": date,
    "x-ms-content-sha256": hash,
    Authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}

// The path and query of a nextLink or Link header: calls stay on this origin whatever host the service saw.
export function localTarget(link) {
  const url = new URL(link, location.origin);
  return url.pathname + url.search;
}

export function withQuery(path, parameters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const EXPIRED = "Your Microsoft Entra ID sign-in has expired: sign in again.";

function describeFailure(status, code, message) {
  if (code === "Expired") return `${EXPIRED} (The service said: ${message})`;
  if (status === 401) return `The service refused these credentials (${message || code}).`;
  if (status === 403) return `Not allowed: ${message || code}`;
  if (status === 503) return `The service is unavailable right now; try again shortly. ${message || ""}`.trim();
  return message || `The service answered ${status}${code ? ` (${code})` : ""}.`;
}

// A renewable sign-in (an Entra sign-in with a refresh token) is renewed this long before its token ends, as
// MSAL.js does (its tokenRenewalOffsetSeconds), and once when the service finds its token expired.
const RENEW_BEFORE = 5 * 60000;
let renewer = null; // entra.js's renewal, set by app.js: a sign-in's new token, its end and next refresh token

export function renewSignInsWith(renew) {
  renewer = renew;
}

// The credential is updated in place, so every caller holding it sends the new token from now on.
async function renew(credential) {
  const kept = savedCredential()?.refreshToken === credential.refreshToken; // not a sign-in still being proven
  Object.assign(credential, await renewer(credential));
  if (kept) keepCredential(credential);
}

async function send(credential, method, target, bytes, headers) {
  const auth = credential.kind === "key"
    ? await hmacHeaders(credential.secret, method, target, bytes)
    : { Authorization: `Bearer ${credential.token}` };
  try {
    return await fetch(target, {
      method, headers: { ...auth, "Content-Type": "application/json", ...headers },
      body: method === "GET" ? undefined : bytes, credentials: "omit", cache: "no-store",
    });
  } catch (error) {
    throw new ApiError(0, "Network", `The service cannot be reached (${error.message}).`);
  }
}

async function refusal(response) {
  let code = "";
  let message = "";
  try {
    const envelope = await response.json();
    code = envelope.error?.code ?? "";
    message = envelope.error?.message ?? "";
  } catch {
    // Not an ACS error envelope (a 404 of an unknown route has no body): the status says enough.
  }
  if (response.status === 401 && /has expired/.test(message)) code = "Expired"; // a bearer token past its lifetime
  return new ApiError(response.status, code, describeFailure(response.status, code, message));
}

// One call; the raw Response on success (2xx), an ApiError carrying the service's own message otherwise.
export async function call(credential, method, path, { body, headers = {} } = {}) {
  const renewable = Boolean(renewer && credential.refreshToken);
  if (renewable && Date.now() > credential.expiresAt - RENEW_BEFORE) await renew(credential);
  // A token past its lifetime is not sent: the tenant said when it ends (expires_in), with a minute to spare.
  if (credential.expiresAt && Date.now() > credential.expiresAt - 60000) throw new ApiError(401, "Expired", EXPIRED);
  const url = new URL(path, location.origin);
  const target = url.pathname + url.search;
  const bytes = body === undefined ? new Uint8Array() : encoder.encode(typeof body === "string" ? body : JSON.stringify(body));
  const sent = credential.token;
  let response = await send(credential, method, target, bytes, headers);
  if (response.ok) return response;
  let failure = await refusal(response);
  if (renewable && failure.code === "Expired") {
    // The service's clock says the token has ended before the tenant's did: renew (unless a call that failed
    // alongside already has) and send once more.
    if (credential.token === sent) await renew(credential);
    response = await send(credential, method, target, bytes, headers);
    if (response.ok) return response;
    failure = await refusal(response);
  }
  throw failure;
}

export async function callJson(credential, method, path, options) {
  return (await call(credential, method, path, options)).json();
}

// Header values are ASCII: a reason is sent percent-encoded UTF-8, as the service expects (x-optout-reason).
export function reasonHeader(reason) {
  return reason.trim() ? { "x-optout-reason": encodeURIComponent(reason.trim()) } : {};
}
