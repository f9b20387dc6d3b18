"""Every language's rules, for every intent, compiled for speed.

Python's regex engine tries every alternative of a pattern at every position, so one big alternation of several
hundred rules is slow. Instead each rule's possible first characters (up to three, worked out from its parsed
pattern) index it: at each word start only the rules that can begin with the text found there are tried, which
keeps the engine above 20,000 messages per second on one core with hundreds of rules in 16 languages.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from .lexicon import Intent, Lexicon, Rule, pattern

# The standard library's own regex parser and its opcodes (sre_parse, under this name since Python 3.11); no stubs.
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

PREFIX_LENGTH = 3
# Beyond this many prefixes a rule is indexed by shorter ones (or, as a last resort, tried everywhere).
_MAX_PREFIXES = 400
_Prefixes = set[tuple[str, bool]]  # (text so far, whether what follows is still known)


def _sequence(items: Any, room: int) -> _Prefixes:
    found: _Prefixes = {("", True)}
    for op, argument in items:
        if not any(open_ and len(text) < room for text, open_ in found):
            break
        extended: _Prefixes = set()
        for text, open_ in found:
            if not open_ or len(text) >= room:
                extended.add((text, False))
                continue
            for more, still_open in _element(op, argument, room - len(text)):
                extended.add(((text + more)[:room], still_open and len(text + more) < room))
        if len(extended) > _MAX_PREFIXES:
            return {("", False)}
        found = extended
    return found


def _element(op: Any, argument: Any, room: int) -> _Prefixes:
    if op is sre.LITERAL:
        return {(chr(argument), True)}
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in argument:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 32:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
                chars.add(" ")  # normalised text has single spaces only
            else:
                return {("", False)}
        return {(char, True) for char in chars}
    if op is sre.BRANCH:
        return set().union(*(_sequence(branch, room) for branch in argument[1]))
    if op is sre.SUBPATTERN:
        return _sequence(argument[-1], room)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = argument
        once = _sequence(inner, room)
        if high != 1:  # after one repetition another may follow: what comes next is unknown
            once = {(text, False) for text, _ in once}
        return once | ({("", True)} if low == 0 else set())
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", True)}  # zero-width
    return {("", False)}


def prefixes(regex: str) -> frozenset[str] | None:
    """Every text of up to PREFIX_LENGTH characters a match of `regex` can begin with (shorter where what follows
    is not a known character), or None if a match could begin with anything."""
    found = frozenset(text for text, _ in _sequence(sre_parse.parse(regex), PREFIX_LENGTH))
    return None if "" in found else found


def first_character_guard(regex: str) -> str:
    """A lookahead for the characters a match of `regex` can begin with ("" if it could begin with anything): put
    before a long alternation, it turns away most positions with one test instead of one per alternative."""
    found = prefixes(regex)
    if found is None:
        return ""
    firsts = sorted({text[0] for text in found})
    return "(?=[" + "".join(r"\s" if char == " " else re.escape(char) for char in firsts) + "])"


class Hit(NamedTuple):
    intent: Intent
    rule: Rule
    lexicon: Lexicon
    text: str
    start: int
    end: int

    @property
    def matched(self) -> str:
        return self.text[self.start:self.end]


class _Index:
    """Rules indexed by the prefixes they can begin with; each prefix's rules compiled as one alternation."""

    def __init__(self, entries: list[tuple[int, str]]) -> None:
        by_prefix: dict[str, list[tuple[int, int, str]]] = {}
        anywhere: list[tuple[int, int, str]] = []
        for number, regex in entries:
            # Each alternative of a rule is indexed by its own prefixes: a rule of forty alternatives is not tried
            # whole wherever one of them could begin. In rule order, then in the rule's own order, as one regex.
            for branch, alternative in enumerate(branches(regex)):
                found = prefixes(alternative)
                if found is None:
                    anywhere.append((number, branch, alternative))
                for prefix in sorted(found or ()):
                    by_prefix.setdefault(prefix, []).append((number, branch, alternative))
        self.by_prefix = {prefix: _alternation(members) for prefix, members in by_prefix.items()}
        self.lengths = sorted({len(prefix) for prefix in self.by_prefix}, reverse=True)
        self.anywhere = _alternation(anywhere) if anywhere else None

    def first_at(self, text: str, position: int) -> re.Match[str] | None:
        """The match, starting at `position`, of the earliest rule (in rule order) that matches there."""
        best: re.Match[str] | None = None
        for length in self.lengths:
            regex = self.by_prefix.get(text[position:position + length])
            if regex is None:
                continue
            match = regex.match(text, position)
            if match is not None and (best is None or _number(match) < _number(best)):
                best = match
        return best


def _alternation(members: list[tuple[int, int, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<r{number}_{branch}>{regex})" for number, branch, regex in sorted(members)))


def _number(match: re.Match[str]) -> int:
    return int((match.lastgroup or "r0_0")[1:].split("_", 1)[0])


def branches(regex: str) -> list[str]:
    """The top-level alternatives of a regex (split at "|" outside groups and character classes)."""
    found: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1 if regex[index + 1:index + 2] == "^" else 0
            index += 1 if regex[index + 1:index + 2] == "]" else 0  # "[]...]": the first "]" is a character
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(regex[start:index])
            start = index + 1
        index += 1
    return [*found, regex[start:]]


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
        self.spaced = _Index(spaced)
        self.unspaced = _Index(unspaced)

    def matches(self, words: str, compacted: str) -> Iterator[Hit]:
        """Every position where a rule matches, in order, with the first rule that matches there."""
        starts = [0]
        for word in words.split(" ")[:-1]:  # after every space, as a loop over the words rather than the characters
            starts.append(starts[-1] + len(word) + 1)
        yield from self._hits(self.spaced, words, starts)
        if compacted:
            yield from self._hits(self.unspaced, compacted, range(len(compacted)))

    def _hits(self, index: _Index, text: str, starts: list[int] | range) -> Iterator[Hit]:
        for position in starts:
            match = index.first_at(text, position)
            if match is not None:
                yield self._hit(match, text)
        if index.anywhere is not None:
            for match in index.anywhere.finditer(text):
                yield self._hit(match, text)

    def _hit(self, match: re.Match[str], text: str) -> Hit:
        intent, rule, lexicon = self.rules[_number(match)]
        return Hit(intent, rule, lexicon, text, match.start(), match.end())
