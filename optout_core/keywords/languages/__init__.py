"""The languages the engine knows, in the order their keywords are registered (the first registration of a word
wins, so English comes first: "stop" is an English keyword wherever else it is also used)."""

from ..lexicon import Lexicon
from . import ar, de, en, es, fr, hi, ht, it, ja, ko, pl, pt, ru, tl, vi, zh

LEXICONS: tuple[Lexicon, ...] = tuple(module.LEXICON for module in (en, fr, es, pt, de, it, pl, ru, zh, ja, ko,
                                                                     vi, tl, ar, ht, hi))
