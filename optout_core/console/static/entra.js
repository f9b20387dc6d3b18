// Sign-in with Microsoft Entra ID: the OAuth 2.0 authorization code flow with PKCE (RFC 7636) of a single-page
// app, by hand with WebCrypto (docs/decisions.md says why not MSAL.js). The page goes to the tenant's authorize
// endpoint; the tenant sends the browser back here with a code, which the page redeems at the token endpoint
// (cross-origin, as Entra requires of a single-page app) with the verifier only this tab knows. The refresh token
// that comes with it renews the access token silently (api.js asks); sign-out ends the Microsoft session too.
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

// offline_access: a refresh token, so the page can renew the access token without sending the person away.
function scopes(entra) {
  return `${entra.scope} openid profile offline_access`;
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
    scope: scopes(entra), state, code_challenge: challenge, code_challenge_method: "S256", prompt: "select_account",
  });
  location.assign(`${entra.authorizeUrl}?${query}`);
}

// The tenant's descriptions end with a full stop or not (its own have trace ids): one, at the end.
function sentence(text) {
  return text.replace(/\.?$/, ".");
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

// One call to the tenant's token endpoint (cross-origin, no cookies, a public client: no secret): its tokens, or an
// Error saying why there are none.
async function redeem(entra, grant) {
  let response;
  try {
    response = await fetch(entra.tokenUrl, {
      method: "POST", credentials: "omit", cache: "no-store",
      body: new URLSearchParams({ client_id: entra.clientId, scope: scopes(entra), ...grant }),
    });
  } catch (error) {
    throw new Error(`Microsoft Entra ID cannot be reached (${error.message})`);
  }
  const tokens = await response.json().catch(() => ({}));
  if (!response.ok || !tokens.access_token) {
    throw new Error(`Microsoft Entra ID did not issue a token: ${tokens.error_description || tokens.error || response.status}`);
  }
  return tokens;
}

// What a credential keeps of the tokens: the access token with the lifetime the tenant gave it, and the refresh
// token that renews it (the tenant rotates it: each answer's replaces the last).
function tokensKept(tokens, previousRefreshToken) {
  return {
    token: tokens.access_token, expiresAt: Date.now() + Number(tokens.expires_in ?? 0) * 1000,
    refreshToken: tokens.refresh_token ?? previousRefreshToken,
  };
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
  let tokens;
  try {
    tokens = await redeem(entra, {
      grant_type: "authorization_code", code: answer.get("code"), redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    });
  } catch (error) {
    throw failed(sentence(error.message));
  }
  return { kind: "bearer", via: "entra", name: displayName(tokens.id_token ?? ""), ...tokensKept(tokens) };
}

async function renewed(entra, credential) {
  try {
    if (!entra) throw new Error("this service no longer offers Entra ID sign-in to the console");
    const grant = { grant_type: "refresh_token", refresh_token: credential.refreshToken };
    return tokensKept(await redeem(entra, grant), credential.refreshToken);
  } catch (error) {
    throw new ApiError(401, "RenewalFailed",
      `Your Microsoft Entra ID sign-in could not be renewed: sign in again. (${sentence(error.message)})`);
  }
}

let renewal = null; // the renewal under way: calls that need one meanwhile share it, so a refresh token is used once

// New tokens for an Entra sign-in, from its refresh token; an ApiError (401) when the tenant refuses or cannot be
// reached, so the page says so and offers sign-in again.
export function renewSignIn(entra, credential) {
  renewal ??= renewed(entra, credential).finally(() => { renewal = null; });
  return renewal;
}

// Ends the Microsoft session too (OpenID Connect RP-initiated logout): where the tenant's OpenID metadata names an
// end-session endpoint, the browser goes there and the tenant sends it back to this page. Otherwise nothing happens
// and the answer says why, for the page to tell the person.
export async function endSession(entra) {
  if (!entra) return "this service no longer offers Entra ID sign-in to the console";
  let endpoint;
  try {
    const response = await fetch(entra.openIdConfigurationUrl, { credentials: "omit", cache: "no-store" });
    if (!response.ok) throw new Error(`its OpenID metadata answered ${response.status}`);
    endpoint = (await response.json()).end_session_endpoint;
  } catch (error) {
    return `Microsoft Entra ID cannot be reached (${error.message})`;
  }
  if (!endpoint) return "the tenant's OpenID metadata names no end-session endpoint";
  const url = new URL(endpoint);
  url.searchParams.set("post_logout_redirect_uri", redirectUri());
  url.searchParams.set("client_id", entra.clientId);
  location.assign(url);
  return null;
}
