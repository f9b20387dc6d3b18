"""The story as a printable HTML document, for a complaint file: a browser prints it to PDF.

Self-contained (inline CSS, no scripts, no external resources; its own Content-Security-Policy says so), every
value escaped, since message texts and notes come from outside. Phone numbers are shown in full: unlike a log line,
the document is the evidence.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from .story import Kind, Story

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_KIND_LABELS = {Kind.OPT_OUT: "Opt-out", Kind.OPT_IN: "Opt-in", Kind.CONFIRMATION: "Confirmation sent",
                Kind.REFUSED_SEND: "Send refused", Kind.CARRIER_BLOCK: "Carrier block", Kind.REVIEW: "Review"}

_STYLE = """
body { font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #111; margin: 2em; }
h1 { font-size: 16pt; margin: 0 0 .3em; }
h2 { font-size: 12pt; margin: 1.6em 0 .4em; border-bottom: 1px solid #999; }
dl { display: grid; grid-template-columns: max-content auto; gap: .15em 1.2em; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .3em .45em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.mono, dd.mono { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; word-break: break-all; }
tr { page-break-inside: avoid; }
p.note { color: #444; font-size: 9pt; }
@media print { body { margin: 0; } th { background: #eee !important; -webkit-print-color-adjust: exact; } }
"""


def _time(moment: datetime) -> str:
    return escape(moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"))


def _cell(value: str | None, mono: bool = False) -> str:
    opening = '<td class="mono">' if mono else "<td>"
    return f"{opening}{escape(value) if value else '&mdash;'}</td>"


def _table(headings: list[str], rows: str, empty: str) -> str:
    if not rows:
        return f"<p>{empty}</p>"
    head = "".join(f'<th scope="col">{heading}</th>' for heading in headings)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def printable(story: Story) -> str:
    subject = escape(story.recipient)
    scope = escape(story.sender) if story.sender else "every sender"
    entries = "".join(
        f"<tr>{_cell(entry.sender, True)}{_cell('opted out' if entry.opted_out else 'opted in')}"
        f"{_cell(entry.source)}<td class=\"mono\">{_time(entry.changed_at)}</td></tr>" for entry in story.entries)
    events = "".join(
        f"<tr><td class=\"mono\">{_time(event.at)}</td>{_cell(event.sender, True)}"
        f"{_cell(_KIND_LABELS[event.kind])}{_cell(event.source)}{_cell(event.detail)}"
        f"{_cell(event.message_id, True)}{_cell(event.status)}{_cell(event.who)}</tr>" for event in story.events)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opt-out evidence for {subject}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Opt-out evidence for {subject}</h1>
<dl>
<dt>Recipient</dt><dd class="mono">{subject}</dd>
<dt>Senders</dt><dd class="mono">{scope}</dd>
<dt>Generated</dt><dd class="mono">{_time(story.generated_at)}</dd>
<dt>Events</dt><dd>{len(story.events)}</dd>
</dl>
<h2>Current state</h2>
{_table(["Sender", "State", "Source", "Since"], entries, "No sender has an entry for this recipient.")}
<h2>What happened, in time order</h2>
{_table(["Time (UTC)", "Sender", "Event", "Source", "Detail", "Message id", "Status", "By"], events,
        "Nothing is recorded for this recipient.")}
<p class="note">Times are when each thing happened: a text message's receipt time, a request's time, a carrier
report's time; a review's reversal is shown when the reviewer made it. A refused send's message id is the caller's
repeatability id, or the service's own request id when the caller gave none. Message texts are excerpts of at most
160 characters; the text of refused sends is not kept.</p>
</body>
</html>
"""
