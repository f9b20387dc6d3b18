"""What the engine decides about a message, and the keywords it decides by."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final, final

from .lexicon import Intent


class MatchingMode(str, Enum):
    EXACT = "exact"
    LEADING = "leading"
    INTENT = "intent"


# Set after the class, not as its docstring, which the compiled build (compiled.py) replaces with a filler of mypyc's,
# and by setattr, as mypyc compiles no assignment to it: the API's schema shows it (docs/openapi.json, a program
# brief's `matching`).
setattr(MatchingMode, "__doc__", "How a sender's inbound texts are read: `exact`, the whole message is a keyword "  # noqa: B010
        "(Twilio's rule); `leading`, it begins with one (AWS's rule); `intent`, the structure of a request, in 16 "
        "languages (the default).")


@final
class Decision:
    """What a message asks for, with its explanation: the rule that decided, the words it matched, their language,
    and, when the engine had to guess between our messages and something else, why a person should review it.
    A flagged opt-out is still an opt-out: the law's side wins until an operator reverses it.

    Immutable (its fields are Final: read-only in the compiled build, and to mypy everywhere), compared and hashed by
    its fields. Not a frozen dataclass: one is made for most messages, and a dataclass's generated __init__ runs as
    Python even in the compiled build (compiled.py), at a cost of about 2% of the engine's instructions."""

    __slots__ = ("intent", "language", "matched", "review_reason", "rule")

    def __init__(self, intent: Intent, rule: str, matched: str, language: str,
                 review_reason: str | None = None) -> None:
        self.intent: Final = intent
        self.rule: Final = rule
        self.matched: Final = matched
        self.language: Final = language
        self.review_reason: Final = review_reason

    def _fields(self) -> tuple[Intent, str, str, str, str | None]:
        return self.intent, self.rule, self.matched, self.language, self.review_reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Decision) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Decision(intent={self.intent!r}, rule={self.rule!r}, matched={self.matched!r}, "
                f"language={self.language!r}, review_reason={self.review_reason!r})")

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
