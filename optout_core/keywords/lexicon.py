"""What a language contributes to the engine: keywords, the structural rules built from its verbs and objects,
its filler and negations, and what a request can aim at that is not our messages.

Every language module in `languages/` holds one `Lexicon`; the engine (engine.py) never names a language.
Patterns are written as people write (accents, traditional Chinese, Arabic hamza forms allowed) and are folded
like the messages they are matched against (text.fold), so they must not use upper-case escapes such as \\S or \\W,
which folding would turn into their opposites.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from .text import fold, normalise


class Intent(str, Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    NONE = "none"


@dataclass(frozen=True)
class Rule:
    """One way of asking for an intent. `name` is the explanation; `negatable` is False for rules that are
    themselves negations ("don't text me"); `review` is why a person should look at what the rule decided;
    `targeted` rules name our messages themselves ("stop texting"), so what follows cannot aim them elsewhere;
    an opt-in anywhere in the message wins over an `opt_in_wins` rule ("I got a new number, put it on the texts")."""

    name: str
    pattern: str
    negatable: bool = True
    review: str | None = None
    targeted: bool = False
    opt_in_wins: bool = False


@dataclass(frozen=True)
class Lexicon:
    """A language's words and rules. `spaced` languages are matched on words (with word boundaries); the others
    (Chinese, Japanese, Korean) on the text with its spaces removed, so no rule depends on how words are spaced.

    - keywords: whole-message keywords, by intent;
    - rules: structural patterns, by intent, over the normalised text;
    - frames: request frames stripped from the start of a clause before looking for a keyword in it ("can you",
      "how do I", "is there a way to"): a question about how to stop is a request to stop;
    - tails: words that may follow a keyword in a clause without changing it ("stop these", "stop it now");
    - subjects: words that start a new sentence after a keyword whose full stop was left out ("STOP I'm driving");
    - other_targets: what a stop verb can aim at that is not our messages (calls, orders, e-mail): a rule followed
      (or, in unspaced languages, preceded) by one of these does not count;
    - target_words: other_targets without the words that may lead up to one, to find one anywhere in a message
      quickly (defaults to other_targets);
    - other_objects: what makes the object named right after a rule something else, where no list of targets can
      ("cancel the pickup", "stop taking the pills"): a rule of this language followed by one does not count;
    - reported_speech: someone else's words ("my wife said to stop texting you");
    - mistakes: an opt-out sent by mistake ("I sent stop by mistake"), which an opt-in in the same message wins over;
    - corrections: a clause that withdraws what came before it ("no wait,", "never mind."): only what follows counts;
    - told: an opt-out keyword told as something the writer once sent ("puse stop", "mandei PARE"): beside a plain
      opt-in request it is a quotation ("vuelvan a mandarme las ofertas, que puse stop"), not an opt-out left in it;
    - texts_welcome: the texts said to be fine or wanted instead of something else ("stop calling, texting is fine",
      "prefiero mensajes"): where the learned fallback reads an opt-out, such a message has said the opposite.
    """

    language: str
    keywords: Mapping[Intent, tuple[str, ...]]
    rules: Mapping[Intent, tuple[Rule, ...]] = field(default_factory=dict)
    filler: str = ""
    filler_phrases: tuple[str, ...] = ()
    negators: str = ""
    negators_after: str = ""
    frames: str = ""
    tails: str = ""
    subjects: str = ""
    other_targets: str = ""
    other_objects: str = ""
    target_words: str = ""
    reported_speech: str = ""
    mistakes: str = ""
    corrections: str = ""
    told: str = ""
    texts_welcome: str = ""
    jokes: str = ""
    messages: str = ""
    spaced: bool = True
    object_first: bool = False
    forgives_typos: bool = True

    def filler_words(self) -> frozenset[str]:
        return frozenset(normalise(self.filler).split())

    def negator_words(self) -> tuple[str, ...]:
        return tuple(fold(word) for word in self.negators.split())

    def negators_following(self) -> tuple[str, ...]:
        """Negations that follow what they negate (Japanese, Korean; Hindi after an English verb, "stop mat karo"):
        matched right after a rule's match."""
        return tuple(fold(word) for word in self.negators_after.split())

    def tail_words(self) -> frozenset[str]:
        return frozenset(normalise(self.tails).split())


def pattern(text: str) -> str:
    """A pattern folded like the text it is matched against."""
    if re.search(r"\\[SWDB]", text):
        raise ValueError(f"upper-case escapes do not survive folding: {text}")
    return fold(text)


def alternatives(words: str) -> str:
    """A regex alternation of space-separated words, longest first so that "texts" wins over "text"."""
    return "(?:" + "|".join(sorted(set(words.split()), key=lambda word: (-len(word), word))) + ")"
