// Sign-in with Microsoft Entra ID: the OAuth 2.0 authorization code flow with PKCE (RFC 7636) of a single-page
// app, by hand with WebCrypto (docs/decisions.md says why not MSAL.js). The page goes to the tenant's authorize
// endpoint; the tenant sends the browser back here with a code, which the page redeems at the token endpoint
// (cross-origin, as Entra requires of a single-page app) with the verifier only this tab knows.
import { ApiError } from "./api.js";

const PENDING = "optout-console-entra-pending"; // the verifier and state of a sign-in under way, this tab only
const encoder = new TextEncoder();

function base64url(bytes) {
  let text = "";
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function randomText() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

// Where the tenant sends the browser back: this page, without query or fragment (the app registration lists it).
function redirectUri() {
  return location.origin + location.pathname;
}

// {entra: null} where the service has no console app registration (OPTOUT_ENTRA_CONSOLE_CLIENT_ID).
export async function signInConfiguration() {
  try {
    const response = await fetch("sign-in.json", { cache: "no-store", credentials: "omit" });
    return response.ok ? (await response.json()).entra : null;
  } catch {
    return null; // key sign-in still works; the Entra button stays hidden
  }
}

export async function startSignIn(entra) {
  const verifier = randomText();
  const state = randomText();
  const challenge = base64url(await crypto.subtle.digest("SHA-256", encoder.encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, view: location.hash }));
  const query = new URLSearchParams({
    client_id: entra.clientId, response_type: "code", redirect_uri: redirectUri(), response_mode: "query",
    scope: `${entra.scope} openid profile`, state, code_challenge: challenge, code_challenge_method: "S256",
    prompt: "select_account",
  });
  location.assign(`${entra.authorizeUrl}?${query}`);
}

function failed(message) {
  return new ApiError(0, "SignInFailed", message);
}

function displayName(idToken) {
  // For the page's "signed in as" only; the API judges the access token, never this.
  try {
    const payload = JSON.parse(atob(idToken.split(".")[1].replaceAll("-", "+").replaceAll("_", "/")));
    return payload.name || payload.preferred_username || "";
  } catch {
    return "";
  }
}

// On arriving back from the tenant: null when this load is no sign-in's return; else a bearer credential, or an
// ApiError saying why there is none. The code and state leave the address bar at once.
export async function finishSignIn(entra) {
  const answer = new URLSearchParams(location.search);
  if (!answer.has("state") || !(answer.has("code") || answer.has("error"))) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "null");
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, "", redirectUri() + (pending?.view ?? ""));
  if (!pending || pending.state !== answer.get("state")) {
    throw failed("This sign-in was not started from this tab (its state does not match): sign in again.");
  }
  if (answer.has("error")) {
    const error = answer.get("error");
    if (error === "access_denied" && answer.get("error_subcode") === "cancel") {
      throw failed("Sign-in with Microsoft Entra ID was cancelled.");
    }
    throw failed(`Microsoft Entra ID did not sign you in: ${answer.get("error_description") || error} (${error}).`);
  }
  if (!entra) throw failed("This service no longer offers Entra ID sign-in to the console.");
  let response;
  try {
    response = await fetch(entra.tokenUrl, {
      method: "POST", credentials: "omit", cache: "no-store",
      body: new URLSearchParams({
        client_id: entra.clientId, grant_type: "authorization_code", code: answer.get("code"),
        redirect_uri: redirectUri(), code_verifier: pending.verifier, scope: `${entra.scope} openid profile`,
      }),
    });
  } catch (error) {
    throw failed(`Microsoft Entra ID cannot be reached to finish the sign-in (${error.message}).`);
  }
  const tokens = await response.json().catch(() => ({}));
  if (!response.ok || !tokens.access_token) {
    throw failed(`Microsoft Entra ID did not issue a token: ${tokens.error_description || tokens.error || response.status}.`);
  }
  return {
    kind: "bearer", via: "entra", token: tokens.access_token, name: displayName(tokens.id_token ?? ""),
    expiresAt: Date.now() + Number(tokens.expires_in ?? 0) * 1000,
  };
}
