"""Every language's rules, for every intent, compiled for speed.

Python's regex engine tries every alternative of a pattern at every position, so one big alternation of several
hundred rules is slow. Instead each rule's possible first characters (up to three, worked out from its parsed
pattern: patterns.py) index it: at each word start only the rules that can begin with the text found there are
tried, in one regex call. Matches are found as far as they are read: the first one that counts usually decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import NamedTuple

from .lexicon import Intent, Lexicon, Rule, pattern
from .patterns import at_start_only, branches, prefixes, trie, word_groups, word_needs
from .text import keep, words_of


class Hit:
    """A rule's match in a clause: a plain class, made for every match, built by one call in the compiled build."""

    __slots__ = ("end", "intent", "lexicon", "rule", "start", "text")

    def __init__(self, intent: Intent, rule: Rule, lexicon: Lexicon, text: str, start: int, end: int) -> None:
        self.intent = intent
        self.rule = rule
        self.lexicon = lexicon
        self.text = text
        self.start = start
        self.end = end

    @property
    def matched(self) -> str:
        return self.text[self.start:self.end]


class _Index:
    """Rules indexed by the prefixes they can begin with. At a position, the rules of the longest prefix found
    there and of each shorter prefix of it are tried in the order one alternation of them would try them, so the
    earliest rule (in rule order) that matches there is found. Each alternative is followed by a group named after
    its rule and its place in it.

    At a character (unspaced text) a prefix's alternatives are compiled as one alternation: one regex call. At a word
    start (spaced text) most alternatives need certain words (patterns.word_groups), and a clause holds the words of
    few of them: each alternative is compiled alone, and only those whose words the clause holds are tried, in that
    order, until one matches (`_Prefix`)."""

    def __init__(self, entries: list[tuple[int, str]], at_word_starts: bool) -> None:
        self.at_word_starts = at_word_starts
        by_prefix: dict[str, list[tuple[int, int, str]]] = {}
        anywhere: list[tuple[int, int, int, str]] = []
        self.rule_of: dict[str, int] = {}  # the rule each group belongs to, by the group's name
        for number, regex in entries:
            # Each alternative of a rule is indexed by its own prefixes: a rule of forty alternatives is not tried
            # whole wherever one of them could begin.
            for branch, alternative in enumerate(branches(regex)):
                self.rule_of[_name(number, branch)] = number
                found = prefixes(alternative)
                if found is None:
                    anywhere.append((number, 0, branch, alternative))
                for prefix in sorted(found or ()):
                    by_prefix.setdefault(prefix, []).append((number, branch, alternative))
        self.lengths = sorted({len(prefix) for prefix in by_prefix}, reverse=True)
        # In rule order; for one rule, the alternatives of its longer prefixes first, then in the rule's own order:
        # the match trying each prefix's own alternation (longest first) and keeping the earliest rule gave.
        ordered = {prefix: _ordered(sorted(
            (number, self.lengths.index(len(shorter)), branch, alternative)
            for shorter in {prefix[:length] for length in self.lengths} & by_prefix.keys()
            for number, branch, alternative in by_prefix[shorter])) for prefix in by_prefix}
        self.prefixes = frozenset(ordered)
        self.screen = _WordScreen(ordered) if at_word_starts else None
        self.by_prefix = {} if self.screen is not None else \
            {prefix: _alternation(members) for prefix, members in ordered.items()}
        self.anywhere = _alternation(_ordered(sorted(anywhere))) if anywhere else None
        # A rule that may begin anywhere is searched for in every text ("3rd text today"), but every match of it holds
        # certain words (patterns.word_groups): a text without a word of each of an alternative's rarest two groups
        # has no match of it, which a lookup of its words tells. None: some alternative needs no known word.
        needs = [word_groups(alternative, at_word_start=False)[:2] for _, _, _, alternative in anywhere]
        self._anywhere_needs = needs if all(needs) and at_word_starts else None
        # The words of every alternative's first group, and of its second: a text holding none of either (nearly every
        # text) is turned away by a lookup of its words.
        self._anywhere_words = [frozenset().union(*(groups[rank] for groups in needs))
                                for rank in range(2) if all(len(groups) > rank for groups in needs)] \
            if self._anywhere_needs else []
        # At a word start, the alternatives of the longest prefix found in the text of the longest prefix's length
        # there: one lookup, not one per prefix length; kept up to a bound, as the texts that may come are many.
        self._window = self.lengths[0] if self.lengths else 0
        self._at: dict[str, _Prefix | None] = {}  # 3,254 word starts' texts over every labelled set

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """At each word start (or each character), the earliest rule's match there, if any; then the matches of rules
        that may begin anywhere."""
        if self.screen is not None:  # after every space, a loop over the words, not the characters
            words = text.split(" ")  # not words_of: a word's length and one space step to the next word start
            live = self.screen.live(words)
            live_later = live & self.screen.later  # past the first word, no alternative anchored at the start
            at, window, position = self._at, self._window, 0
            for word in words:
                start = text[position:position + window]
                found = at.get(start, _UNKNOWN)
                if found is _UNKNOWN:
                    found = self._prefix_at(start)
                if found is not None and (here := live & found.mask):
                    for regex in found.tried.get(here) or found.to_try(here):
                        match = regex.match(text, position)
                        if match is not None:
                            yield match
                            break
                position += len(word) + 1
                live = live_later
            if self.anywhere is not None and (self._anywhere_needs is None or self._anywhere_possible(words)):
                yield from self.anywhere.finditer(text)
            return
        rules_at = self.by_prefix.get
        for position in range(len(text)):
            for length in self.lengths:  # the longest prefix found there: its alternation holds the others' rules
                alternation = rules_at(text[position:position + length])
                if alternation is not None:
                    match = alternation.match(text, position)
                    if match is not None:
                        yield match
                    break
        if self.anywhere is not None:
            yield from self.anywhere.finditer(text)

    def _prefix_at(self, start: str) -> _Prefix | None:
        at_prefix = self.screen.at_prefix if self.screen is not None else {}
        return keep(self._at, start, next((at_prefix[start[:length]] for length in self.lengths
                                          if start[:length] in at_prefix), None))

    def _anywhere_possible(self, words: list[str]) -> bool:
        if any(words_of_rank.isdisjoint(words) for words_of_rank in self._anywhere_words):
            return False
        present = frozenset(words)
        return any(all(not present.isdisjoint(group) for group in groups) for groups in self._anywhere_needs or ())


def _name(number: int, branch: int) -> str:
    return f"r{number}_{branch}"


def _ordered(members: list[tuple[int, int, int, str]]) -> list[tuple[str, str]]:
    """The names and texts of (rule, rank, alternative number, alternative), in their order; an alternative listed
    twice (by two of its prefixes) is kept where it first comes, as only there can it match."""
    named = {_name(number, branch): regex for number, _, branch, regex in reversed(members)}
    return [(name, named.pop(name)) for name in (_name(number, branch) for number, _, branch, _ in members)
            if name in named]


def _alternative(name: str, regex: str) -> str:
    """An alternative followed by an empty group named after it, the last group its match closes, so `lastgroup`
    names it. Wrapping the alternative in the group instead would hide its first character from the regex engine,
    which skips an alternative whose first character is not the text's without trying it, and would keep it from
    taking the alternatives' common start out of an alternation (8% of the engine's time)."""
    return f"(?:{regex})(?P<{name}>)"


def _alternation(members: list[tuple[str, str]]) -> re.Pattern[str]:
    """One regex of the named alternatives, in their order."""
    return re.compile("|".join(_alternative(name, regex) for name, regex in members))


# Past this many sets of live alternatives at one prefix, the alternatives to try are picked out each time.
_MAX_LIVE_SETS = 256


class _Prefix(NamedTuple):
    """At a word start, the alternatives of the rules that can begin there: each compiled alone with its bit, in the
    order one alternation of them would try them; and which of them to try for each set of live bits, kept."""

    alternatives: tuple[tuple[int, re.Pattern[str]], ...]
    mask: int  # the bits of all of them
    tried: dict[int, tuple[re.Pattern[str], ...]]

    def to_try(self, live: int) -> tuple[re.Pattern[str], ...]:
        tried = tuple(regex for bit, regex in self.alternatives if bit & live)
        if len(self.tried) < _MAX_LIVE_SETS:
            self.tried[live] = tried
        return tried


class _WordScreen:
    """Which alternatives a text can match, by the words it holds. Every match of most alternatives holds one word
    of each of certain groups (patterns.word_groups: the words the pattern must match between spaces); a text without
    a word of each of an alternative's two rarest groups has no match of it, and the alternative is not tried. Each
    alternative has a bit; a text's live alternatives are the bits of those needing no word, and of those whose
    groups' words (looked up for the few of its words that any group holds) it holds."""

    def __init__(self, ordered: dict[str, list[tuple[str, str]]]) -> None:
        texts = {name: regex for members in ordered.values() for name, regex in members}
        names = sorted(texts, key=lambda name: tuple(map(int, name[1:].split("_"))))  # not in hash order
        bits = {name: 1 << number for number, name in enumerate(names)}
        compiled = {name: re.compile(_alternative(name, texts[name])) for name in names}
        self.at_prefix = {prefix: _Prefix(tuple((bits[name], compiled[name]) for name, _ in members),
                                          sum(bits[name] for name, _ in members), {})
                          for prefix, members in ordered.items()}
        self._always = 0  # alternatives needing no word: always live
        self._one_group = 0  # alternatives with one group only: their second is always held
        # A word's bits: the alternatives whose rarest group holds it, and those whose second rarest group does.
        self._bits: dict[str, tuple[int, int]] = {}
        for name in names:
            groups = word_groups(texts[name])[:2]
            if not groups:
                self._always |= bits[name]
            elif len(groups) == 1:
                self._one_group |= bits[name]
            for rank, group in enumerate(groups):
                for word in group:
                    first, second = self._bits.get(word, (0, 0))
                    self._bits[word] = (first | bits[name], second) if rank == 0 else (first, second | bits[name])
        self._words = frozenset(self._bits)
        # The alternatives that can match past the text's start: not those anchored at it ("^stop$").
        self.later = sum(bits[name] for name in names if not at_start_only(texts[name]))

    def live(self, words: Sequence[str]) -> int:
        """The bits of the alternatives a text of these words may match."""
        first, second, bits = 0, self._one_group, self._bits
        for word in self._words.intersection(words):
            in_first, in_second = bits[word]
            first |= in_first
            second |= in_second
        return self._always | (first & second)


_UNKNOWN = _Prefix((), 0, {})  # a word start's text not looked up yet


class WholeWords:
    """The first match of any of many whole-word patterns, as `\\b(?:a|b|...)\\b` would find it, found as rules are:
    at each word start only the patterns that can begin with the text there are tried. For long lists searched in
    most messages (the things other than our messages that a request can aim at). Searched in normalised text:
    letters and digits, and spaces between them."""

    def __init__(self, alternatives: list[str]) -> None:
        whole = [rf"\b(?:{regex})\b" for regex in alternatives]
        self.alternatives = alternatives
        # In normalised text a word starts after each space (a position after a second space begins with no letter,
        # so with no pattern's prefix): found by splitting at spaces, quicker than a regex finding each word.
        self._index = _Index(list(enumerate(whole)), at_word_starts=True)
        # A match begins where a word does only if every pattern begins with a letter or digit where it begins;
        # otherwise (or if some pattern could begin with anything) the one alternation is searched as it is.
        self._plain = None if self._index.anywhere is None and all(_WORD_START.match(key) for key in
                                                                   self._index.prefixes) \
            else re.compile("|".join(whole) or "(?!)")
        # Each match holds certain words (patterns.word_needs): a text without any (most texts searched) has no match,
        # which a lookup of its words tells without trying a pattern.
        needs = [word_needs(regex) for regex in alternatives]
        self._needed_words: frozenset[str] | None = None
        self._needed_parts: re.Pattern[str] | None = None
        if all(needs):  # otherwise some match may hold any words
            self._needed_words = frozenset().union(*(found.words for found in filter(None, needs)))
            begins = sorted({text for found in filter(None, needs) for text in found.begins})
            ends = sorted({text for found in filter(None, needs) for text in found.ends})
            parts = ([rf"\b(?:{trie(begins)})"] if begins else []) + ([rf"(?:{trie(ends)})\b"] if ends else [])
            self._needed_parts = re.compile("|".join(parts)) if parts else None

    def search(self, text: str) -> re.Match[str] | None:
        if self._needed_words is not None and self._needed_words.isdisjoint(words_of(text)) and (
                self._needed_parts is None or self._needed_parts.search(text) is None):
            return None
        if self._plain is not None:
            return self._plain.search(text)
        return next(self._index.matches(text), None)


_WORD_START = re.compile(r"\w")


class CompiledRules:
    """Every language's rules for every intent. Languages written with spaces are tried at word starts; the
    others (Chinese, Japanese, Korean) at every character of the text with its spaces removed. At each position
    the first rule that matches there counts (opt-out rules come first), so overlapping matches are all seen."""

    ORDER = (Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP)

    def __init__(self, lexicons: tuple[Lexicon, ...]) -> None:
        self.rules: list[tuple[Intent, Rule, Lexicon]] = []
        spaced: list[tuple[int, str]] = []
        unspaced: list[tuple[int, str]] = []
        for intent in self.ORDER:
            for lexicon in lexicons:
                for rule in lexicon.rules.get(intent, ()):
                    (spaced if lexicon.spaced else unspaced).append((len(self.rules), pattern(rule.pattern)))
                    self.rules.append((intent, rule, lexicon))
        self.spaced = _Index(spaced, at_word_starts=True)
        self.unspaced = _Index(unspaced, at_word_starts=False)

    def matches(self, words: str, compacted: str) -> Hits:
        """Every position where a rule matches, in order, with the first rule that matches there."""
        return Hits(chain(self._hits(self.spaced, words), self._hits(self.unspaced, compacted) if compacted else ()))

    def _hits(self, index: _Index, text: str) -> Iterator[Hit]:
        rules, rule_of = self.rules, index.rule_of
        for match in index.matches(text):
            intent, rule, lexicon = rules[rule_of[match.lastgroup or ""]]
            yield Hit(intent, rule, lexicon, text, match.start(), match.end())


class Hits:
    """A text's rule matches, found as far as they are read (the first one that counts often ends the reading) and
    kept for whoever reads them next."""

    __slots__ = ("_found", "_more")

    def __init__(self, more: Iterator[Hit]) -> None:
        self._found: list[Hit] = []
        self._more = more

    def __iter__(self) -> Iterator[Hit]:
        yield from self._found
        for hit in self._more:
            self._found.append(hit)
            yield hit
