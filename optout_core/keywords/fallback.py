"""The learned fallback: a linear model over character and word n-grams, read only where no rule found anything.

Rules written from misses learn the wordings their writers saw; each new writer brings new wordings of the same
requests (docs/keywords.md, "The fourth round"). The model generalises from every labelled message at once.
It is consulted last, on a message in which no rule matched at all (not even one set aside as negated, someone
else's words or aimed at something else), and it decides only toward opt-out or help, never opt-in: reading an
opt-in wrongly would text someone who said STOP. Its opt-outs are flagged for review.

Deterministic: the weights are a file in the repository (`fallback_weights.tsv`, written by
`tests/train_keyword_fallback.py` from the labelled sets), the features are read from the normalised text in a fixed
order, and the decision compares sums of those weights (no exponential, no randomness). Explainable: the n-grams
that weighed most toward the decision are its `matched` words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from .lexicon import Intent
from .text import keep, words_of

# Beside this module in its package (not by __file__, which in the compiled build names the source as it was built).
WEIGHTS = Path(str(files(__name__.rpartition(".")[0]) / "fallback_weights.tsv"))
# The classes of the model, in the weights file's column order.
CLASSES = (Intent.HELP, Intent.NONE, Intent.OPT_IN, Intent.OPT_OUT)
_WORD = "="  # marks a word or a pair of words, apart from the character n-grams inside a word
_EXPLAINED = 3
_DECIDED = (Intent.OPT_OUT, Intent.HELP)  # what the model decides where no rule matched; never an opt-in
_LANGUAGE = "@"  # a row naming the language a word is nearly always written in
# Scripts that tell the language by themselves; Han after kana, as Japanese writes kanji too.
_SCRIPTS = (("ja", re.compile("[\u3040-\u30ff]")), ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff]")),
            ("zh", re.compile("[\u3400-\u9fff]")), ("ar", re.compile("[\u0600-\u06ff]")))


def features(normalised: str) -> list[str]:
    """The n-grams of a normalised text: its characters 4 at a time inside each word padded by a space (so a word's
    start and end count, and a misspelt word shares most of its n-grams with the right one), each word, and each
    pair of neighbouring words. Scripts without spaces are one long "word", read by its character n-grams."""
    words = normalised.split()
    return [gram for word in words for gram in _inside(word)] + [_WORD + word for word in words] + _pairs(words)


def _inside(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[index:index + 4] for index in range(len(padded) - 3)]


def _pairs(words: list[str]) -> list[str]:
    return [f"{_WORD}{first} {second}" for first, second in pairwise(words)]


# What an n-gram adds to the sums: its idf squared, then its idf times each class's weight.
_Added = tuple[float, ...]
# What a word (or a pair) adds to the bounds of Fallback._leads: its weights toward none over opt-out, toward opt-out
# over none and toward help over none (its character n-grams' parts toward the first class only, its whole word's and a
# pair's exactly), its whole word's (a pair's) idf squared, and its character n-grams' idf squared.
_Bound = tuple[float, float, float, float, float]
# The pairs the model knows that begin with a word: by the pair's second word, the pair, what it adds to the sums
# and to the bounds.
_Following = dict[str, tuple[str, _Added, _Bound]]


class _Word:
    """What the model knows of a word: what it adds to the bounds of Fallback._leads (the five floats of a _Bound),
    the pairs it begins, its character n-grams and itself. A class of its own, not a tuple: in the compiled build
    (compiled.py) its floats are read as they are stored, not unpacked from objects."""

    __slots__ = ("following", "grams", "inside", "itself", "to_help", "to_none", "to_opt_out", "whole")

    def __init__(self, bound: _Bound, following: _Following | None, grams: dict[str, _Added],
                 itself: tuple[str, _Added] | None) -> None:
        self.to_none, self.to_opt_out, self.to_help, self.whole, self.inside = bound
        self.following = following
        self.grams = grams
        self.itself = itself


_NONE, _OPT_OUT, _HELP = (1 + CLASSES.index(intent) for intent in (Intent.NONE, Intent.OPT_OUT, Intent.HELP))
# How far short of a threshold a bound must fall to decide without the exact sums: far beyond any rounding.
_SLACK = 1e-6


class Guess(NamedTuple):
    intent: Intent
    margin: float  # the winning class's score above the best other class's
    grams: Collection[str]  # the message's n-grams that the model knows


class Fallback:
    """The model, loaded once: for every n-gram its inverse document frequency and its weight for each class."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()
        self.thresholds = {Intent(name): float(value) for line in lines if line.startswith("# threshold ")
                           for name, value in [line.removeprefix("# threshold ").split()]}
        self._languages = dict(line.removeprefix(_LANGUAGE).split("\t") for line in lines
                               if line.startswith(_LANGUAGE))
        rows = [line.split("\t") for line in lines if line and not line.startswith(("#", _LANGUAGE))]
        self._bias = tuple(float(value) for value in next(row for row in rows if row[0] == "")[2:])
        # The biases' part of the leads _leads bounds: none's over opt-out's, opt-out's over none's, help's over none's.
        self._lead_biases = (self._bias[_NONE - 1] - self._bias[_OPT_OUT - 1],
                             self._bias[_OPT_OUT - 1] - self._bias[_NONE - 1],
                             self._bias[_HELP - 1] - self._bias[_NONE - 1])
        # What an n-gram adds, as the model's TF-IDF reads it (present or not, times its idf, the whole vector of
        # unit length): its idf squared to the vector's squared length, and its idf times each class's weight.
        self._grams = {gram: (idf * idf, *(idf * float(weight) for weight in weights))
                       for gram, idf_text, *weights in rows if gram
                       for idf in [float(idf_text)]}
        self._following: dict[str, _Following] = {}
        for gram, added in self._grams.items():
            if gram.startswith(_WORD) and " " in gram:  # a pair: no word holds a space
                first, second = gram.removeprefix(_WORD).split(" ")
                self._following.setdefault(first, {})[second] = (gram, added, _exactly(added, 0.0))
        self._by_word: dict[str, _Word] = {}  # the n-grams of each word that the model knows

    def guess(self, normalised: str) -> Guess:
        # The n-grams of `features` the model knows, each once, in the order `features` gives them (a word's character
        # n-grams, then the words, then the pairs: three kinds that never share an n-gram), with what each adds.
        words = words_of(normalised)
        known: dict[str, _Added] = {}
        whole: dict[str, _Added] = {}
        pairs: dict[str, _Added] = {}
        by_word = self._by_word
        after: _Following | None = None  # the pairs the word before begins
        for word in words:
            facts = by_word.get(word) or self._read(word)
            known.update(facts.grams)
            if facts.itself is not None:
                whole[facts.itself[0]] = facts.itself[1]
            if after is not None and (pair := after.get(word)) is not None:
                pairs[pair[0]] = pair[1]
            after = facts.following
        known.update(whole)
        known.update(pairs)
        if not known:
            return Guess(Intent.NONE, 0.0, ())
        # Summed one n-gram after another in that order, as floats must be for the same result on every machine.
        squared, *weighted = [sum(column, 0.0) for column in zip(*known.values(), strict=True)]
        length = math.sqrt(squared)
        scores = [bias + value / length for bias, value in zip(self._bias, weighted, strict=True)]
        *_, second, first = sorted(scores)
        return Guess(CLASSES[scores.index(first)], first - second, known.keys())

    def _read(self, word: str) -> _Word:
        """The n-grams of one word the model knows (its characters 4 at a time, then the word itself, then the pairs
        it begins), kept for the next message holding the word, up to a bound."""
        grams = {gram: self._grams[gram] for gram in _inside(word) if gram in self._grams}
        whole = self._grams.get(_WORD + word)
        inside = (sum(max(added[_NONE] - added[_OPT_OUT], 0.0) for added in grams.values()),
                  sum(max(added[_OPT_OUT] - added[_NONE], 0.0) for added in grams.values()),
                  sum(max(added[_HELP] - added[_NONE], 0.0) for added in grams.values()))
        squared = sum(added[0] for added in grams.values())
        exactly = _exactly(whole, squared) if whole is not None else (0.0, 0.0, 0.0, 0.0, squared)
        return keep(self._by_word, word, _Word((inside[0] + exactly[0], inside[1] + exactly[1], inside[2] + exactly[2],
                                               exactly[3], exactly[4]), self._following.get(word), grams,
                                              (_WORD + word, whole) if whole is not None else None))

    def explain(self, guess: Guess) -> tuple[str, ...]:
        """The words (or, failing them, the pieces of words) that weighed most toward the guess, each once."""
        column = 1 + CLASSES.index(guess.intent)
        # Only the n-grams weighing toward it, most first (ties by their text): the words and pairs (marked by their
        # first character) before the pieces of words (padded with spaces).
        ranked = sorted((-weight, gram) for gram in guess.grams if (weight := self._grams[gram][column]) > 0)
        shown = dict.fromkeys([gram[1:] for _, gram in ranked if gram[0] == _WORD]
                              + [gram.strip() for _, gram in ranked if gram[0] != _WORD])
        return tuple(shown)[:_EXPLAINED]

    def language(self, normalised: str) -> str:
        """The language of a message the model decided: its script, else what most of its words are written in."""
        for language, script in _SCRIPTS:
            if script.search(normalised):
                return language
        votes = Counter(self._languages[word] for word in normalised.split() if word in self._languages)
        return max(sorted(votes), key=votes.__getitem__, default="en")

    def decide(self, normalised: str) -> Guess | None:
        """The model's guess when it is an opt-out or a help request by at least its class's margin."""
        _, opt_out_over, help_over = self._leads(words_of(normalised))
        if opt_out_over < self.thresholds.get(Intent.OPT_OUT, math.inf) - _SLACK \
                and help_over < self.thresholds.get(Intent.HELP, math.inf) - _SLACK:
            return None  # neither can pass its threshold
        guess = self.guess(normalised)
        threshold = self.thresholds.get(guess.intent)
        return guess if guess.intent in _DECIDED and threshold is not None and guess.margin >= threshold else None

    def vetoes(self, normalised: str) -> bool:
        """Whether the model reads no request in the text by at least the margin of none: a rule's opt-out there is
        held for review instead of recorded."""
        threshold = self.thresholds.get(Intent.NONE)
        if threshold is None or self._leads(words_of(normalised))[0] < threshold - _SLACK:
            return False
        guess = self.guess(normalised)
        return guess.intent is Intent.NONE and guess.margin >= threshold

    def _leads(self, words: tuple[str, ...]) -> tuple[float, float, float]:
        """At least what none's score exceeds opt-out's by, opt-out's none's and help's none's: so at least the margin
        (its score above the best other's) of the first class where it wins a guess. One that falls short of a
        threshold by more than rounding tells, without the exact sums, that the guess cannot pass it (most texts the
        model is asked about). A class's score over another's is the biases' difference plus the known n-grams'
        weights toward it over the other, summed, over the vector's length. Bounded above with what is kept per word:
        each distinct word's character n-grams by their parts toward the first class only (an n-gram two words share
        counts once in the sum, and a part toward the other may only lower it), its whole word and each distinct pair
        exactly (no two words or pairs share one); the length bounded below by the whole words' and pairs' idf and the
        character n-grams of the word holding the most."""
        if not words:
            return 0.0, -math.inf, -math.inf  # no n-gram the model knows: its guess is none by no margin
        by_word = self._by_word
        # One pass over the words, each distinct word and each distinct pair the model knows counted once. The order
        # of a bound's sum decides nothing: a bound settles a guess only when it falls short by far more than rounding.
        counted: set[str] | None = set() if len(set(words)) < len(words) else None  # no word twice: no pair twice
        pairs: dict[str, _Bound] = {}
        none_over = opt_out_over = help_over = squared = insides = 0.0
        after: _Following | None = None  # the pairs the word before begins
        for word in words:
            facts = by_word.get(word) or self._read(word)
            if after is not None and (pair := after.get(word)) is not None:
                pairs[pair[0]] = pair[2]
            after = facts.following
            if counted is not None:
                if word in counted:
                    continue
                counted.add(word)
            none_over += facts.to_none
            opt_out_over += facts.to_opt_out
            help_over += facts.to_help
            squared += facts.whole
            if facts.inside > insides:  # noqa: PLR1730 - a comparison, not a call of max(), for every word
                insides = facts.inside
        for to_none, to_opt_out, to_help, whole, _ in pairs.values():
            none_over += to_none
            opt_out_over += to_opt_out
            help_over += to_help
            squared += whole
        squared += insides
        if not squared:
            return 0.0, -math.inf, -math.inf
        length = math.sqrt(squared)
        to_none, to_opt_out, to_help = self._lead_biases
        return (to_none + max(none_over, 0.0) / length, to_opt_out + max(opt_out_over, 0.0) / length,
                to_help + max(help_over, 0.0) / length)


def _exactly(added: _Added, inside: float) -> _Bound:
    """What one whole word's or pair's n-gram adds to the bounds, exactly; with its word's character n-grams' idf
    squared."""
    return (added[_NONE] - added[_OPT_OUT], added[_OPT_OUT] - added[_NONE], added[_HELP] - added[_NONE], added[0],
            inside)
