// The compliance console (docs/console.md): plain ES modules, no framework, no third-party code.
import {
  API_VERSION, ApiError, call, callJson, checkedCredential, forgetCredential, keepCredential, localTarget,
  reasonHeader, renewSignInsWith, savedCredential, withQuery,
} from "./api.js";
import { importRows } from "./csv.js";
import { endSession, finishSignIn, renewSignIn, signInConfiguration, startSignIn } from "./entra.js";
import { rendered, segments } from "./sms.js";

const IMPORT_BATCH = 500;
const VIEWS = ["search", "list", "import", "reviews", "programs"];
const CONTACT_SENTENCE = {
  en: "Help: {contact}. ", fr: "Aide : {contact}. ", es: "Ayuda: {contact}. ", pt: "Ajuda: {contact}. ",
  de: "Hilfe: {contact}. ", it: "Aiuto: {contact}. ", pl: "Pomoc: {contact}. ", ru: "Помощь: {contact}. ",
};
const REPLY_KINDS = [["optOut", "Opt-out confirmation"], ["optIn", "Opt-in confirmation"], ["help", "Help reply"]];

const $ = (id) => document.getElementById(id);
let credential = savedCredential();
let searched = null; // the E.164 number on screen in the search view
const offered = signInConfiguration(); // the service's Entra sign-in for the console (sign-in.json), or null
renewSignInsWith(async (entraSignIn) => renewSignIn(await offered, entraSignIn));

// --- feedback --------------------------------------------------------------------------------------------------

function say(text) {
  $("status").textContent = text;
}

function problem(error) {
  const box = $("problem");
  if (!error) { box.hidden = true; box.textContent = ""; return; }
  box.textContent = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  box.hidden = false;
  if (error instanceof ApiError && error.status === 401 && credential) forget(error.message);
}

// Every handler runs through here: a failure becomes a message on the page, never a blank one.
function guarded(work) {
  return async (event) => {
    event?.preventDefault?.();
    problem(null);
    try {
      await work(event);
    } catch (error) {
      problem(error);
    }
  };
}

function cell(row, content, className) {
  const td = document.createElement("td");
  if (content instanceof Node) td.append(content); else td.textContent = content ?? "";
  if (className) td.className = className;
  row.append(td);
  return td;
}

function when(text) {
  if (!text) return "";
  const moment = new Date(text);
  return Number.isNaN(moment.getTime()) ? text : moment.toISOString().replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
}

function button(label, onClick, className = "secondary") {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = label;
  element.addEventListener("click", guarded(onClick));
  return element;
}

function download(name, type, parts) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

// --- sign-in ---------------------------------------------------------------------------------------------------

async function signIn(candidate) {
  // One signed read proves the credential before anything else is shown.
  await callJson(candidate, "GET", withQuery("/sms/optouts", { maxPageSize: 1 }));
  credential = candidate;
  keepCredential(candidate);
  say("Signed in.");
  show();
}

// Forgets the sign-in in this tab only: a refused credential, or a sign-out.
function forget(reason) {
  credential = null;
  forgetCredential();
  $("access-key").value = "";
  $("bearer-token").value = "";
  show();
  if (reason) problem(new Error(reason));
}

// Sign-out forgets the sign-in here; an Entra sign-in's Microsoft session is ended too where the tenant allows.
async function signOut() {
  const viaEntra = credential?.via === "entra";
  forget();
  if (!viaEntra) { say("Signed out."); return; }
  say("Signed out of this tab; ending your Microsoft session…");
  const why = await endSession(await offered); // on its way to the tenant unless it says why not
  if (why) say(`Signed out of this tab only: your Microsoft session stays signed in (${why}).`);
}

function show() {
  const signedIn = Boolean(credential);
  $("nav").hidden = !signedIn;
  $("sign-out").hidden = !signedIn;
  $("who").hidden = !signedIn;
  $("who").textContent = !signedIn ? "" : credential.kind === "key" ? "Signed in with an access key" :
    `Signed in${credential.name ? ` as ${credential.name}` : ""} with Microsoft Entra ID`;
  const wanted = location.hash.slice(1);
  const view = signedIn ? (VIEWS.includes(wanted) ? wanted : "search") : "sign-in";
  for (const name of ["sign-in", ...VIEWS]) $(`view-${name}`).hidden = name !== view;
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.getAttribute("href") === `#${view}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${$(`view-${view}`).querySelector("h2").textContent} · Opt-out compliance console`;
}

// --- search, change, history, evidence -------------------------------------------------------------------------

// What a person typed, made international: 00 becomes +, and a number without either gets the chosen country code.
function international(typed, countryCode) {
  const text = typed.trim();
  if (text.startsWith("+")) return text;
  if (text.startsWith("00")) return `+${text.slice(2)}`;
  const code = countryCode.trim().replace(/^\+?/, "+");
  return `${code} ${text}`;
}

async function search() {
  const number = international($("search-number").value, $("search-country").value);
  const page = await callJson(credential, "GET", withQuery("/sms/optouts", { to: number }));
  searched = number;
  $("search-results").hidden = false;
  const body = $("entries-body");
  body.replaceChildren();
  for (const entry of page.value) {
    const row = document.createElement("tr");
    cell(row, entry.from);
    cell(row, when(entry.optedOutAt));
    cell(row, entry.source);
    cell(row, [entry.keyword, entry.rule].filter(Boolean).join(" · "));
    const actions = cell(row, button("History", () => { $("history-sender").value = entry.from; return history(); }));
    actions.append(" ", button("Remove…", () => {
      $("change-sender").value = entry.from;
      $("change-action").value = "remove";
      $("change-reason").focus();
    }));
    body.append(row);
  }
  $("entries-empty").hidden = page.value.length > 0;
  $("history-body").replaceChildren();
  $("evidence-body").replaceChildren();
  $("evidence-note").hidden = true;
  const shown = page.value[0]?.to ?? number;
  say(`${shown}: opted out of ${page.value.length} sender${page.value.length === 1 ? "" : "s"}.`);
}

async function change() {
  const sender = $("change-sender").value.trim();
  const action = $("change-action").value;
  const reason = $("change-reason").value;
  if (!reason.trim()) throw new Error("Give a reason: it is kept in the history.");
  const reply = await callJson(credential, "POST", withQuery(`/sms/optouts:${action}`, { "api-version": API_VERSION }), {
    body: { from: sender, recipients: [{ to: searched }] }, headers: reasonHeader(reason),
  });
  const item = reply.value[0];
  if (item.httpStatusCode !== 200) throw new ApiError(item.httpStatusCode, "", item.errorMessage);
  $("change-reason").value = "";
  await search();
  $("history-sender").value = sender;
  await history();
  say(action === "add" ? `Opted out of ${sender}; the reason is in the history.` :
    `The opt-out from ${sender} is removed; the reason is in the history.`);
}

function evidenceText(evidence) {
  return Object.entries(evidence ?? {}).map(([name, value]) => `${name}: ${value}`).join("; ");
}

async function history() {
  const sender = $("history-sender").value.trim();
  let path = withQuery("/sms/optouts/history", { from: sender, to: searched });
  const body = $("history-body");
  body.replaceChildren();
  while (path) {
    const page = await callJson(credential, "GET", path);
    for (const record of page.value) {
      const row = document.createElement("tr");
      cell(row, when(record.at));
      cell(row, record.action === "opt_out" ? "Opted out" : "Opted in");
      cell(row, record.outcome.replaceAll("_", " "));
      cell(row, record.source);
      cell(row, evidenceText(record.evidence), "evidence");
      body.append(row);
    }
    path = page.nextLink ? localTarget(page.nextLink) : null;
  }
  say(`History of ${searched} with ${sender}: ${body.children.length} change${body.children.length === 1 ? "" : "s"}.`);
}

const EVENT_NAMES = {
  opt_out: "Opt-out", opt_in: "Opt-in", confirmation: "Confirmation sent", refused_send: "Send refused",
  carrier_block: "Carrier block", review: "Review decision",
};

function evidencePath(format) {
  return withQuery("/sms/optouts/evidence", { to: searched, format });
}

function evidenceMissing(error) {
  if (error instanceof ApiError && error.status === 404 && !error.code) {
    const note = $("evidence-note");
    note.textContent = "This service does not offer the evidence report yet (GET /sms/optouts/evidence is not " +
      "found): update the service. The history above is still complete for each sender.";
    note.hidden = false;
    return true;
  }
  return false;
}

async function evidence() {
  let report;
  try {
    report = await callJson(credential, "GET", evidencePath());
  } catch (error) {
    if (evidenceMissing(error)) return;
    throw error;
  }
  $("evidence-note").hidden = true;
  const body = $("evidence-body");
  body.replaceChildren();
  for (const event of report.events) {
    const row = document.createElement("tr");
    row.dataset.kind = event.kind;
    cell(row, when(event.at));
    cell(row, event.from);
    cell(row, EVENT_NAMES[event.kind] ?? event.kind);
    cell(row, event.source);
    cell(row, event.detail, "evidence");
    cell(row, [event.messageId, event.status].filter(Boolean).join(" · "));
    cell(row, event.who);
    body.append(row);
  }
  say(`Evidence for ${report.to}: ${report.events.length} event${report.events.length === 1 ? "" : "s"}.`);
}

async function printable() {
  let response;
  try {
    response = await call(credential, "GET", evidencePath("html"));
  } catch (error) {
    if (evidenceMissing(error)) return;
    throw error;
  }
  download(`evidence-${searched.replace(/[^0-9]/g, "")}.html`, "text/html", [await response.text()]);
  say("The printable report is downloaded: open it and print it to PDF for the complaint file.");
}

// --- list and export -------------------------------------------------------------------------------------------

function listFilters() {
  const day = (id) => ($(id).value ? `${$(id).value}T00:00:00Z` : undefined);
  return {
    from: $("list-sender").value.trim(), country: $("list-country").value.trim().toUpperCase(),
    source: $("list-source").value, optedOutAfter: day("list-after"), optedOutBefore: day("list-before"),
  };
}

let listNext = null;

async function listPage(path, fresh) {
  const page = await callJson(credential, "GET", path);
  const body = $("list-body");
  if (fresh) body.replaceChildren();
  for (const entry of page.value) {
    const row = document.createElement("tr");
    for (const value of [entry.from, entry.to, entry.country, when(entry.optedOutAt), entry.source,
      [entry.keyword, entry.rule].filter(Boolean).join(" · ")]) cell(row, value);
    body.append(row);
  }
  listNext = page.nextLink ? localTarget(page.nextLink) : null;
  $("list-more").hidden = !listNext;
  $("list-count").textContent = `${body.children.length} shown${listNext ? "; more to load" : ""}.`;
}

async function exportCsv() {
  let path = withQuery("/sms/optouts:export", { ...listFilters(), format: "csv", maxPageSize: 5000 });
  const parts = [];
  while (path) {
    const response = await call(credential, "GET", path);
    parts.push(await response.text());
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("Link") ?? "");
    path = next ? localTarget(next[1]) : null;
    say(`Exporting: ${parts.length} page${parts.length === 1 ? "" : "s"}…`);
  }
  download(`optouts-${new Date().toISOString().slice(0, 10)}.csv`, "text/csv", parts);
  say("Export downloaded.");
}

// --- import ----------------------------------------------------------------------------------------------------

async function importFile() {
  const file = $("import-file").files[0];
  if (!file) throw new Error("Choose a file to import.");
  const { rows, problems } = importRows(file.name, await file.text());
  const totals = { imported: 0, alreadyOptedOut: 0, superseded: 0 };
  const errors = [...problems];
  const progress = $("import-progress");
  $("import-report").hidden = false;
  progress.max = Math.max(rows.length, 1);
  progress.value = 0;
  const summary = () => `${totals.imported} imported, ${totals.alreadyOptedOut} already opted out, ` +
    `${totals.superseded} superseded by a later opt-in, ${errors.length} rejected.`;
  for (let start = 0; start < rows.length; start += IMPORT_BATCH) {
    const batch = rows.slice(start, start + IMPORT_BATCH);
    const result = await callJson(credential, "POST", "/sms/optouts:import", { body: { file: file.name, rows: batch } });
    totals.imported += result.imported;
    totals.alreadyOptedOut += result.alreadyOptedOut;
    totals.superseded += result.superseded;
    errors.push(...result.errors);
    progress.value = start + batch.length;
    $("import-summary").textContent = `Lines through ${batch.at(-1).line}: ${summary()}`;
  }
  errors.sort((a, b) => a.line - b.line);
  const body = $("import-errors");
  body.replaceChildren();
  for (const error of errors) {
    const row = document.createElement("tr");
    cell(row, String(error.line));
    cell(row, error.reason);
    body.append(row);
  }
  $("import-summary").textContent = `Done: ${summary()}`;
  say(`Import of ${file.name} finished: ${summary()}`);
}

// --- review queue ----------------------------------------------------------------------------------------------

let reviewsNext = null;

async function reviews(path, fresh) {
  const page = await callJson(credential, "GET", path);
  const body = $("reviews-body");
  if (fresh) body.replaceChildren();
  for (const review of page.value) {
    const row = document.createElement("tr");
    cell(row, when(review.receivedAt));
    cell(row, review.from);
    cell(row, review.to);
    cell(row, review.text, "evidence");
    cell(row, `${review.intent} (${review.reason})`);
    cell(row, review.status + (review.decidedBy ? ` by ${review.decidedBy}` : ""));
    const decide = cell(row, "");
    if (review.status === "open") {
      const label = document.createElement("label");
      label.className = "visually-hidden";
      label.htmlFor = `note-${review.id}`;
      label.textContent = `Note on the decision for ${review.to}`;
      const note = document.createElement("input");
      note.id = `note-${review.id}`;
      note.maxLength = 200;
      note.placeholder = "Note";
      const decideWith = (action) => async () => {
        await callJson(credential, "POST", "/sms/optouts/reviews:decide",
          { body: { from: review.from, id: review.id, action, note: note.value } });
        say(`Review of ${review.to}: ${action === "confirm" ? "confirmed" : "reversed"}.`);
        await reviews(reviewsPath(), true);
      };
      decide.append(label, note, " ", button("Confirm", decideWith("confirm")), " ",
        button("Reverse", decideWith("reverse")));
    } else {
      decide.textContent = [when(review.decidedAt), review.note].filter(Boolean).join(": ");
    }
    body.append(row);
  }
  reviewsNext = page.nextLink ? localTarget(page.nextLink) : null;
  $("reviews-more").hidden = !reviewsNext;
  say(`${body.children.length} review${body.children.length === 1 ? "" : "s"} shown.`);
}

function reviewsPath() {
  return withQuery("/sms/optouts/reviews", { from: $("reviews-sender").value.trim(), status: $("reviews-status").value });
}

// --- program briefs --------------------------------------------------------------------------------------------

let brief = null;

function programPath() {
  return `/sms/programs/${encodeURIComponent($("program-sender").value.trim())}`;
}

async function loadProgram() {
  try {
    brief = await callJson(credential, "GET", programPath());
    say("Program brief loaded.");
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    brief = { matching: "intent", repliesEnabled: true, defaultLanguage: "en", replies: {} };
    say("This sender has no program brief yet: the defaults apply until you save one.");
  }
  $("program-name").value = brief.programName ?? "";
  $("program-contact").value = brief.helpContact ?? "";
  $("program-matching").value = brief.matching ?? "intent";
  $("program-language").value = brief.defaultLanguage ?? "en";
  $("program-replies-enabled").checked = brief.repliesEnabled !== false;
  $("program-replies").replaceChildren();
  for (const [language, texts] of Object.entries(brief.replies ?? {})) addLanguage(language, texts);
  $("program-form").hidden = false;
}

function preview(textarea, output, language) {
  const contact = $("program-contact").value.trim();
  const sentence = contact ? (CONTACT_SENTENCE[language] ?? CONTACT_SENTENCE.en).replace("{contact}", contact) : "";
  const text = rendered(textarea.value, $("program-name").value.trim(), sentence);
  if (!textarea.value) {
    output.textContent = "Empty: the built-in reply for this language is sent.";
    return;
  }
  const counted = segments(text);
  output.textContent = `${text}\n— ${counted.units} ${counted.encoding === "GSM-7" ? "characters" : "UCS-2 units"}, ` +
    `${counted.encoding}, ${counted.count} SMS segment${counted.count === 1 ? "" : "s"}`;
}

function addLanguage(language, texts = {}) {
  const fieldset = $("reply-language").content.firstElementChild.cloneNode(true);
  fieldset.dataset.language = language;
  fieldset.querySelector("legend").textContent = `Language: ${language}`;
  const replies = fieldset.querySelector(".replies");
  for (const [kind, title] of REPLY_KINDS) {
    const id = `reply-${language}-${kind}`;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = `${title} (${language})`;
    const textarea = document.createElement("textarea");
    textarea.id = id;
    textarea.name = kind;
    textarea.rows = 2;
    textarea.maxLength = 320;
    textarea.value = texts[kind] ?? "";
    const output = document.createElement("output");
    output.htmlFor = id;
    output.className = "preview";
    textarea.addEventListener("input", () => preview(textarea, output, language));
    preview(textarea, output, language);
    replies.append(label, textarea, output);
  }
  fieldset.querySelector(".remove-language").addEventListener("click", () => fieldset.remove());
  $("program-replies").append(fieldset);
}

function refreshPreviews() {
  for (const fieldset of $("program-replies").children) {
    for (const textarea of fieldset.querySelectorAll("textarea")) {
      preview(textarea, textarea.nextElementSibling, fieldset.dataset.language);
    }
  }
}

async function saveProgram() {
  const replies = {};
  for (const fieldset of $("program-replies").children) {
    const texts = {};
    for (const textarea of fieldset.querySelectorAll("textarea")) if (textarea.value) texts[textarea.name] = textarea.value;
    replies[fieldset.dataset.language] = texts;
  }
  const updated = {
    ...brief, matching: $("program-matching").value, defaultLanguage: $("program-language").value.trim(),
    repliesEnabled: $("program-replies-enabled").checked, replies,
  };
  for (const [name, id] of [["programName", "program-name"], ["helpContact", "program-contact"]]) {
    const value = $(id).value.trim();
    if (value) updated[name] = value; else delete updated[name];
  }
  brief = await callJson(credential, "PUT", programPath(), { body: updated });
  say("Program brief saved.");
}

// --- wiring ----------------------------------------------------------------------------------------------------

function wire() {
  $("sign-in-key").addEventListener("submit", guarded(() => signIn(checkedCredential("key", $("access-key").value))));
  $("sign-in-entra").addEventListener("submit",
    guarded(() => signIn(checkedCredential("bearer", $("bearer-token").value))));
  $("sign-out").addEventListener("click", guarded(signOut));
  $("search-form").addEventListener("submit", guarded(search));
  $("change-form").addEventListener("submit", guarded(change));
  $("history-form").addEventListener("submit", guarded(history));
  $("evidence-load").addEventListener("click", guarded(evidence));
  $("evidence-print").addEventListener("click", guarded(printable));
  $("list-form").addEventListener("submit", guarded(() => listPage(withQuery("/sms/optouts", listFilters()), true)));
  $("list-more").addEventListener("click", guarded(() => listPage(listNext, false)));
  $("export-csv").addEventListener("click", guarded(exportCsv));
  $("import-form").addEventListener("submit", guarded(importFile));
  $("reviews-form").addEventListener("submit", guarded(() => reviews(reviewsPath(), true)));
  $("reviews-more").addEventListener("click", guarded(() => reviews(reviewsNext, false)));
  $("program-load").addEventListener("submit", guarded(loadProgram));
  $("program-form").addEventListener("submit", guarded(saveProgram));
  $("program-add-language").addEventListener("click", guarded(() => {
    const language = $("program-new-language").value.trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(language)) throw new Error("A language is two letters, such as fr.");
    if ($("program-replies").querySelector(`[data-language="${language}"]`)) throw new Error(`${language} is already there.`);
    addLanguage(language);
    $("program-new-language").value = "";
  }));
  for (const id of ["program-name", "program-contact"]) $(id).addEventListener("input", refreshPreviews);
  window.addEventListener("hashchange", () => { problem(null); show(); $("main").focus(); });
  $("sign-in-microsoft").addEventListener("click", guarded(async () => startSignIn(await offered)));
  window.addEventListener("unhandledrejection", (event) => problem(event.reason));
  show();
}

// The Entra button shows only where the service offers it; arriving back from the tenant finishes that sign-in.
async function offerEntraSignIn() {
  const entra = await offered;
  $("entra-interactive").hidden = !entra;
  $("entra-unavailable").hidden = Boolean(entra);
  const candidate = await finishSignIn(entra);
  if (candidate) await signIn(candidate);
}

wire();
guarded(offerEntraSignIn)();
