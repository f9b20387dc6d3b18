"""The keyword engine: what an inbound text asks for (opt out, opt in, help, or nothing), and why.

Pure code, no I/O, deterministic (no locale, no hash order: the same text gets the same decision everywhere).
Three matching modes (docs/keywords.md):
- `exact`: the whole message, normalised, is a keyword;
- `leading`: the message begins with a keyword;
- `intent` (default): the structure of a request, in 16 languages: a keyword alone or with filler ("STOP
  please"), a keyword in a request frame ("how do I unsubscribe?", "can you stop these"), a stop verb aimed at
  our messages or the person's number ("quit texting me", "remove my number"), a wrong, reassigned or deceased
  person's number, a refusal of consent, a legal threat; a request aimed at something else (calls, orders,
  e-mail, refills), someone else's words, a joke or a negation does not count.

Layout: `text` normalises every script; `lexicon` defines what a language contributes; `languages/` holds one
lexicon per language (data only); `engine` applies them, with `keyword_index` filing the keywords and looking them
up, `rules`, `patterns` and `screen` finding rule matches fast and `typos` reading misspelt keywords last;
`fallback`, a linear model over n-grams, reads what no rule matched (opt-out or help only, its opt-outs flagged);
`decision` is what comes out. `compiled` runs the modules a message passes through compiled by mypyc, where a
build of exactly this source is present, and the source otherwise.

Every `Decision` says which rule decided, on which words, in which language. `Decision.review_reason` is set when
the engine opted out on a guess a person should check (the message also mentions another target such as an
order or calls, a typo, a weak signal such as "not interested"); `Decision.review` is its boolean. A flagged
decision is applied like any other: when in doubt, the message opts out.
"""

from . import compiled  # noqa: F401 - first: it chooses the compiled build or the source before either loads
from .decision import NO_DECISION, Decision, MatchingMode
from .engine import KeywordEngine, classify, engine_for
from .lexicon import Intent
from .text import normalise

__all__ = ["NO_DECISION", "Decision", "Intent", "KeywordEngine", "MatchingMode", "classify", "engine_for",
           "normalise"]
