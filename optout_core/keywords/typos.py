"""Keywords misspelt, spaced out or stretched ("unsubscibe", "strat", "s t o p", "stooop"): what the engine tries
last, on a message of at most a few words that matched nothing else."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .decision import Decision, Keyword
from .lexicon import Intent

# Typos are forgiven in opt-out keywords (one edit for words of 6+ letters, a swap of neighbours for 4-5) and, as a
# swap of neighbours only, in START and HELP ("strat", "hlep"). Other opt-in words are not: a misread opt-in
# ("recibi", I received, ~ "recibir") would text someone who said STOP.
_TYPO_ANY_EDIT_MIN_LENGTH = 6
_TYPO_SWAP_MIN_LENGTH = 4
_SWAP_TYPO_KEYWORDS = {Intent.OPT_IN: ("start", "unstop"), Intent.HELP: ("help",)}
# Words one edit from a keyword that mean something else: "Cancer", "Remote", "Removed?".
_REAL_WORDS_NEAR_KEYWORDS = frozenset(("cancer", "remote", "removed", "remover", "removes", "revoked", "revokes",
                                       "cancels", "quits", "ended", "ends", "stops", "halts", "stars", "start",
                                       "stop", "unstop", "help", "hello", "bajar", "pare", "para", "sair", "stare"))
# STOP, the word every program tells people to send, also through a key next to the right one ("stoo", "stip");
# not the real words one key away ("atop", "shop").
_NEIGHBOUR_KEY_KEYWORDS = frozenset(("stop",))
_NEIGHBOUR_KEY_REAL_WORDS = frozenset(("atop", "shop", "step", "stow"))
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOUR_KEYS = {
    key: frozenset(other for near_row in _KEYBOARD_ROWS[max(0, row - 1):row + 2]
                   for other in near_row[max(0, column - 1):column + 2] if other != key)
    for row, keys in enumerate(_KEYBOARD_ROWS) for column, key in enumerate(keys)}
_REPEATED_LETTER = re.compile(r"(.)\1+")


class Typos:
    """The misspellings an engine forgives, built once from its keywords: one-word opt-outs of the languages that
    forgive typos (`single_word_opt_outs`), and START and HELP with a swap of neighbours only."""

    def __init__(self, keywords: Mapping[str, Keyword], single_word_opt_outs: Mapping[str, Keyword]) -> None:
        # "s t o p", "un subscribe", "stooop": the same word, spaced out or stretched.
        self._squeezed = {_REPEATED_LETTER.sub(r"\1", words): keyword
                          for words, keyword in single_word_opt_outs.items()}
        for words in sum(_SWAP_TYPO_KEYWORDS.values(), ()):  # "Staaart", "heeelp"
            self._squeezed.setdefault(_REPEATED_LETTER.sub(r"\1", words), keywords[words])
        candidates = [(words, keyword, len(words) < _TYPO_ANY_EDIT_MIN_LENGTH)
                      for words, keyword in single_word_opt_outs.items() if len(words) >= _TYPO_SWAP_MIN_LENGTH]
        candidates += [(words, keywords[words], True) for words in sum(_SWAP_TYPO_KEYWORDS.values(), ())]
        # Each candidate filed under itself and every one-letter deletion of it: a word one edit from a candidate
        # (a letter added, dropped, changed, or two neighbours swapped) shares one of these with it, so only the
        # candidates filed under the word or its own deletions need comparing, in the candidates' order.
        self._candidates = candidates
        self._index: dict[str, list[int]] = {}
        for number, (words, _, _) in enumerate(candidates):
            for variant in sorted(_with_deletions(words)):
                self._index.setdefault(variant, []).append(number)

    def misspelt(self, core: list[str]) -> Decision | None:
        """The keyword a message's few meaningful words misspell, spread out or stretch, if any."""
        if not core or len(core) > 4:
            return None
        joined = "".join(core)
        squeezed = self._squeezed.get(_REPEATED_LETTER.sub(r"\1", joined))
        if squeezed is not None:
            return Decision(squeezed.intent, "keyword spaced out or stretched", f"{' '.join(core)} ~ {squeezed.words}",
                            squeezed.language)
        if len(core) > 2 or joined in _REAL_WORDS_NEAR_KEYWORDS:
            return None
        near = sorted({number for variant in _with_deletions(joined) for number in self._index.get(variant, ())})
        for words, keyword, swaps_only in (self._candidates[number] for number in near):
            if _one_edit_apart(joined, words, swaps_only) or _neighbour_key_typo(joined, words):
                review = "a keyword with a typo" if keyword.intent is Intent.OPT_OUT else None
                return Decision(keyword.intent, "keyword with a typo", f"{' '.join(core)} ~ {words}",
                                keyword.language, review)
        return None


def _one_edit_apart(word: str, keyword: str, swaps_only: bool) -> bool:
    """One insertion, deletion, substitution or swap of neighbours (Damerau-Levenshtein distance 1)."""
    if abs(len(word) - len(keyword)) > 1 or word == keyword:
        return False
    prefix = 0
    while prefix < min(len(word), len(keyword)) and word[prefix] == keyword[prefix]:
        prefix += 1
    a, b = word[prefix:], keyword[prefix:]
    swapped = len(a) >= 2 and len(a) == len(b) and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:]
    return swapped or (not swaps_only and (a[1:] == b[1:] or a[1:] == b or a == b[1:]))


def _neighbour_key_typo(word: str, keyword: str) -> bool:
    """One letter typed with a key next to the right one: "stoo", "stip"."""
    if len(word) != len(keyword) or keyword not in _NEIGHBOUR_KEY_KEYWORDS or word in _NEIGHBOUR_KEY_REAL_WORDS:
        return False
    differences = [(typed, meant) for typed, meant in zip(word, keyword, strict=True) if typed != meant]
    return len(differences) == 1 and differences[0][0] in _NEIGHBOUR_KEYS.get(differences[0][1], ())


def _with_deletions(word: str) -> set[str]:
    return {word, *(word[:index] + word[index + 1:] for index in range(len(word)))}
