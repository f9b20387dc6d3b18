"""Evidence for a complaint file: the whole story of one recipient, for one sender or across every sender, from
what the service keeps (history records, message receipts, refused sends, reviews), in time order; as data and as a
printable document."""

from .document import printable
from .story import Entry, Event, EvidenceReader, Kind, Story

__all__ = ["Entry", "Event", "EvidenceReader", "Kind", "Story", "printable"]
