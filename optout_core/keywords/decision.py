"""What the engine decides about a message, and the keywords it decides by."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .lexicon import Intent


class MatchingMode(str, Enum):
    EXACT = "exact"
    LEADING = "leading"
    INTENT = "intent"


@dataclass(frozen=True)
class Decision:
    """What a message asks for, with its explanation: the rule that decided, the words it matched, their language,
    and, when the engine had to guess between our messages and something else, why a person should review it.
    A flagged opt-out is still an opt-out: the law's side wins until an operator reverses it."""

    intent: Intent
    rule: str
    matched: str
    language: str
    review_reason: str | None = None

    @property
    def review(self) -> bool:
        return self.review_reason is not None

    def explain(self) -> str:
        if not self.matched:
            return "none"
        flagged = f"; review: {self.review_reason}" if self.review_reason else ""
        return f"{self.intent.value} by {self.rule} on '{self.matched}' ({self.language}){flagged}"


NO_DECISION = Decision(Intent.NONE, "no match", "", "")


@dataclass(frozen=True)
class Keyword:
    """A keyword as the engine files it: normalised words (without spaces in an unspaced script), what they ask for,
    and their language."""

    intent: Intent
    language: str
    words: str
