"""A cheap test that a long regex cannot match a text, so the regex engine is not run on it at all.

Python's regex engine tries a pattern at every position of the text, and at each one every alternative of a long
alternation, so a pattern of a few hundred alternatives that matches nowhere (the usual case: most messages tell of
no mistake) costs more than anything else the engine does. But every match of such a pattern contains certain
strings: "sorry" or "oops" and one of "sent" or "texted", "by mistake" or "accident" ... Those strings are read from
the parsed pattern, each cut to its longest part without a space, which lies inside one word of any text holding the
string; the parts each word holds are found once (a scan of the word for all of them at once, in C) and kept, so a
text's are a lookup per word, which says whether any way through the pattern still has all it needs. When none has,
the pattern cannot match and the answer is known without running it; when the ways left all belong to one of the
pattern's top-level alternatives (one language's mistakes), that alternative is searched alone, which no other can
change; otherwise the pattern runs as before. So matches are the same by construction, whatever the text: this only
decides when, and how much of, the regex engine can be spared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .patterns import branches, sre, sre_parse, trie
from .text import keep, words_of

# How many of a path's required groups are checked: two turn away most texts ("stop" is in many messages, "stop"
# and "by mistake" in few); more cost a longer scan for little.
_GROUPS_PER_PATH = 2
# Past this many ways through a pattern the paths are not told apart: the pattern is screened as a whole.
_MAX_PATHS = 400
# How many sets of groups found in a text have their live alternatives kept (2,633 over every labelled set); past it,
# a new set's are worked out each time it comes. A set of groups is an int, a bit for each group.
_MAX_PRESENT_KEPT = 10_000

_Group = frozenset[str]  # strings of which every match contains at least one
_NONE_LIVE: frozenset[int] = frozenset()


def _rarity(group: _Group) -> tuple[int, int]:
    """How seldom a text is likely to contain one of the group's strings: long strings and few of them; a letter of
    a non-Latin script counts as three, as most messages are in Latin letters."""
    return min(sum(1 if char.isascii() else 3 for char in text) for text in group), -len(group)


def _minimal(strings: set[str] | _Group) -> _Group:
    """Without the strings that contain another one of them: those are found whenever the shorter one is."""
    return frozenset(text for text in strings if not any(other != text and other in text for other in strings))


def _groups(items: Any) -> list[_Group]:
    """Groups that every match of a parsed sequence contains, each of them."""
    groups: list[_Group] = []
    literal = ""
    for op, argument in items:
        if op is sre.LITERAL:
            literal += chr(argument)
            continue
        if literal:
            groups.append(frozenset((literal,)))
            literal = ""
        groups += _element_groups(op, argument)
    return [*groups, frozenset((literal,))] if literal else groups


def _element_groups(op: Any, argument: Any) -> list[_Group]:
    if op is sre.SUBPATTERN:
        _, added_flags, _, inner = argument
        if added_flags & sre.SRE_FLAG_IGNORECASE:
            raise _CaseInsensitiveError
        return _groups(inner)
    if op is sre.BRANCH:  # one of the branches' own best groups, whichever branch matched
        union: set[str] = set()
        for branch in argument[1]:
            groups = _groups(branch)
            if not groups:
                return []
            best: _Group = max(groups, key=_rarity)
            union |= best
        return [_minimal(union)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = argument
        return _groups(inner) if low >= 1 else []
    if op is sre.ATOMIC_GROUP:
        return _groups(argument)
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in argument):
        return [frozenset(chr(value) for _, value in argument)]
    return []  # anything else (classes, lookarounds, anchors) may match without a known string


def _paths(items: Any) -> list[list[_Group]]:
    """The ways through a parsed sequence, split at its widest alternation, each with the groups it needs: a match
    follows one of them and contains a string of each of its groups."""
    widest: tuple[int, Any] | None = None
    for index, item in enumerate(items):
        op, argument = _unwrapped(item)
        if op is sre.BRANCH and (widest is None or len(argument[1]) > len(widest[1][1])):
            widest = (index, argument)
    if widest is None:
        return [_groups(items)]
    index, branch = widest
    around = _groups(items[:index]) + _groups(items[index + 1:])
    paths = [around + path for alternative in branch[1] for path in _paths(alternative)]
    return paths if len(paths) <= _MAX_PATHS else [_groups(items)]


def _unwrapped(item: tuple[Any, Any]) -> tuple[Any, Any]:
    """A group of one element without flags is that element: (?:a|b) is a|b."""
    op, argument = item
    while op is sre.SUBPATTERN and len(argument[-1]) == 1 and not argument[1]:
        op, argument = argument[-1][0]
    return op, argument


class _CaseInsensitiveError(Exception):
    """A pattern matched regardless of case: its strings cannot be looked for as they are written."""


class Screened:
    """A regex with `search` and `finditer` as re.Pattern has them, run only on texts where it may match."""

    __slots__ = ("_alone", "_branches", "_by_group", "_by_word", "_covers", "_finder", "_live_when", "regex")

    def __init__(self, regex: str) -> None:
        self.regex = re.compile(regex)
        self._finder: re.Pattern[str] | None = None
        self._by_word: dict[str, int] = {}  # the groups each word holds
        # The alternatives live for a set of groups found in a text: many texts share one ("stop" and "me"), and
        # checking every path filed under each group costs more than a lookup.
        self._live_when: dict[int, frozenset[int]] = {}
        # The pattern's top-level alternatives: where the screen leaves one of them alone able to match, it is searched
        # alone (compiled on first use), which finds what the whole pattern finds, as no other alternative can match.
        self._branches = branches(regex)
        self._alone: dict[int, re.Pattern[str]] = {}
        try:
            parsed = sre_parse.parse(regex)
            if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
                raise _CaseInsensitiveError
            items = list(parsed)
            if len(self._branches) > 1 and len(items) == 1 and items[0][0] is sre.BRANCH \
                    and len(items[0][1][1]) == len(self._branches):
                tagged = [(number, path) for number, branch in enumerate(items[0][1][1]) for path in _paths(branch)]
            else:
                tagged = [(-1, path) for path in _paths(items)]
            paths = [(number, _strongest(path)) for number, path in tagged]
        except _CaseInsensitiveError:
            return
        if not all(path for _, path in paths):  # some way through needs no known string: every text may match
            return
        groups = sorted({group for _, path in paths for group in path}, key=sorted)
        number = {group: index for index, group in enumerate(groups)}
        strings = sorted({text for group in groups for text in group})
        # A string found at a position stands for every string it begins with, as the scan reports the longest.
        self._covers = {text: sum(1 << number[group] for group in groups
                                  if any(text.startswith(other) for other in group)) for text in strings}
        # Each path is filed under one of its groups: only paths whose group was found need checking.
        self._by_group: dict[int, list[tuple[int, int]]] = {}
        for needs, branch in sorted({(frozenset(number[group] for group in path), branch) for branch, path in paths},
                                    key=lambda item: (sorted(item[0]), item[1])):
            self._by_group.setdefault(min(needs), []).append((sum(1 << group for group in needs), branch))
        firsts = "".join(sorted({re.escape(text[0]) for text in strings}))
        self._finder = re.compile(f"(?=[{firsts}])(?=({trie(strings)}))")

    def _present(self, text: str) -> int:
        """The groups some string of which is in the text, found word by word: each string is looked for by its
        longest part without a space (see _strongest), which lies inside one word when the string is in the text."""
        present = 0
        by_word = self._by_word
        for word in words_of(text):
            groups = by_word.get(word)
            present |= groups if groups is not None else self._read(word)
        return present

    def _read(self, word: str) -> int:
        """The groups some string of which is in the word, kept for the next text holding it, up to a bound."""
        groups = 0
        for text in self._finder.findall(word) if self._finder is not None else ():
            groups |= self._covers[text]
        return keep(self._by_word, word, groups)

    def _live(self, text: str) -> frozenset[int] | None:
        """The top-level alternatives (-1: the pattern as a whole) that may match in `text`; None: any may."""
        if self._finder is None:
            return None
        present = self._present(text)
        if not present:  # most texts
            return _NONE_LIVE
        live = self._live_when.get(present)
        if live is None:
            live = frozenset(branch for group in range(present.bit_length()) if present >> group & 1
                             for needs, branch in self._by_group.get(group, ()) if needs & present == needs)
            if len(self._live_when) < _MAX_PRESENT_KEPT:
                self._live_when[present] = live
        return live

    def possible(self, text: str) -> bool:
        """False only if no match can exist in `text`."""
        return self._live(text) != _NONE_LIVE

    def _regex_for(self, text: str) -> re.Pattern[str] | None:
        live = self._live(text)
        if live is None or len(live) > 1 or -1 in live:
            return self.regex
        if not live:
            return None
        branch = next(iter(live))
        alone = self._alone.get(branch)
        if alone is None:
            alone = self._alone[branch] = re.compile(self._branches[branch])
        return alone

    def search(self, text: str) -> re.Match[str] | None:
        regex = self._regex_for(text)
        return regex.search(text) if regex is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        regex = self._regex_for(text)
        return regex.finditer(text) if regex is not None else iter(())


def _strongest(path: list[_Group]) -> list[_Group]:
    """The path's rarest groups, as few as are worth checking, each string of them cut to its longest part without a
    space (what is looked for inside one word: "mistake" of "by mistake")."""
    groups = {_minimal(group) for group in path if "" not in group}
    strongest = sorted(groups, key=lambda group: (_rarity(group), sorted(group)), reverse=True)[:_GROUPS_PER_PATH]
    cut = [_minimal({max(text.split(" "), key=lambda part: (len(part), part)) for text in group})
           for group in strongest]
    return [group for group in cut if "" not in group]  # a string of spaces alone is in every text that can match
