// Reading an import file in the browser, with the same columns as `optout import` (optout_core/cli/importing.py).
const COLUMN_NAMES = {
  from: "from", sender: "from", to: "to", recipient: "to", country: "country",
  optedoutat: "optedOutAt", opted_out_at: "optedOutAt", time: "optedOutAt",
};

// RFC 4180 records, each with the line it starts on.
function records(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') { cell += '"'; index += 1; }
      else if (character === '"') quoted = false;
      else { if (character === "\n") line += 1; cell += character; }
    } else if (character === '"') quoted = true;
    else if (character === ",") { row.push(cell); cell = ""; }
    else if (character === "\n" || character === "\r") {
      if (character === "\r" && text[index + 1] === "\n") index += 1;
      row.push(cell);
      rows.push({ line: start, cells: row });
      row = []; cell = ""; line += 1; start = line;
    } else cell += character;
  }
  if (cell || row.length) { row.push(cell); rows.push({ line: start, cells: row }); }
  return rows;
}

// {rows: [{line, from, to, ...}], problems: [{line, reason}]}; a file without usable columns throws.
export function importRows(name, text) {
  const body = text.replace(/^\uFEFF/, "");
  const rows = [];
  const problems = [];
  if (/\.ndjson$|\.jsonl$/i.test(name)) {
    body.split(/\r?\n/).forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const record = JSON.parse(line);
        const fields = {};
        for (const [key, value] of Object.entries(record)) {
          const column = COLUMN_NAMES[key.toLowerCase()];
          if (!column) continue;
          if (typeof value !== "string") throw new Error("values must be text");
          fields[column] = value;
        }
        rows.push({ line: index + 1, ...fields });
      } catch (error) {
        problems.push({ line: index + 1, reason: `not a JSON object with from and to (${error.message})` });
      }
    });
    return { rows, problems };
  }
  const [header, ...data] = records(body);
  const columns = (header?.cells ?? []).map((cell) => COLUMN_NAMES[cell.trim().toLowerCase()]);
  if (!columns.includes("from") || !columns.includes("to")) {
    throw new Error("The CSV file needs a header row naming 'from' (or 'sender') and 'to' (or 'recipient').");
  }
  for (const { line, cells } of data) {
    if (!cells.some((cell) => cell.trim())) continue;
    if (cells.length < columns.length) {
      problems.push({ line, reason: `${cells.length} columns, the header has ${columns.length}` });
      continue;
    }
    const fields = {};
    columns.forEach((column, index) => { if (column && cells[index]) fields[column] = cells[index]; });
    rows.push({ line, ...fields });
  }
  return { rows, problems };
}
