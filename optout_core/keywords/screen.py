"""A cheap test that a long regex cannot match a text, so the regex engine is not run on it at all.

Python's regex engine tries a pattern at every position of the text, and at each one every alternative of a long
alternation, so a pattern of a few hundred alternatives that matches nowhere (the usual case: most messages tell of
no mistake) costs more than anything else the engine does. But every match of such a pattern contains certain
strings: "sorry" or "oops" and one of "sent" or "texted", "by mistake" or "accident" ... Those strings are read from
the parsed pattern, and one scan of the text for all of them at once, in C, says whether any way through the pattern
still has all it needs. When none has, the pattern cannot match and the answer is known without running it; when
one has, the pattern runs as before. So matches are the same by construction, whatever the text: this only decides
when the regex engine can be spared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .patterns import sre, sre_parse, trie

# How many of a path's required groups are checked: two turn away most texts ("stop" is in many messages, "stop"
# and "by mistake" in few); more cost a longer scan for little.
_GROUPS_PER_PATH = 2
# Past this many ways through a pattern the paths are not told apart: the pattern is screened as a whole.
_MAX_PATHS = 400

_Group = frozenset[str]  # strings of which every match contains at least one


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

    __slots__ = ("_by_group", "_covers", "_finder", "_first_needs", "regex")

    def __init__(self, regex: str, frequent: frozenset[str] = frozenset()) -> None:
        """`frequent`: words most texts searched contain (a keyword engine's own keywords), not worth a first look."""
        self.regex = re.compile(regex)
        self._finder: re.Pattern[str] | None = None
        self._first_needs: re.Pattern[str] | None = None
        try:
            parsed = sre_parse.parse(regex)
            if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
                raise _CaseInsensitiveError
            paths = [_strongest(path) for path in _paths(list(parsed))]
        except _CaseInsensitiveError:
            return
        if not all(paths):  # some way through needs no known string: every text may match
            return
        groups = sorted({group for path in paths for group in path}, key=sorted)
        number = {group: index for index, group in enumerate(groups)}
        strings = sorted({text for group in groups for text in group})
        # A string found at a position stands for every string it begins with, as the scan reports the longest.
        self._covers = {text: frozenset(number[group] for group in groups
                                        if any(text.startswith(other) for other in group)) for text in strings}
        # Each path is filed under one of its groups: only paths whose group was found need checking.
        self._by_group: dict[int, list[frozenset[int]]] = {}
        for needs in sorted({frozenset(number[group] for group in path) for path in paths}, key=sorted):
            self._by_group.setdefault(min(needs), []).append(needs)
        firsts = "".join(sorted({re.escape(text[0]) for text in strings}))
        self._finder = re.compile(f"(?=[{firsts}])(?=({trie(strings)}))")
        # Before every string is found, one search for any string of one group of each path, the rarest that holds no
        # frequent word: most texts hold none (then no path can match), and a search that stops at its first find
        # costs a third of the scan for all strings at every position.
        first_needs = {max(path, key=lambda group: (frequent.isdisjoint(group), _rarity(group), sorted(group)))
                       for path in paths}
        self._first_needs = re.compile(trie(sorted({text for group in first_needs for text in group})))

    def possible(self, text: str) -> bool:
        """False only if no match can exist in `text`."""
        if self._finder is None or self._first_needs is None:
            return True
        if self._first_needs.search(text) is None:
            return False
        found = self._finder.findall(text)
        if not found:
            return False
        present = frozenset().union(*map(self._covers.__getitem__, found))
        for group in present:
            for needs in self._by_group.get(group, ()):
                if needs <= present:
                    return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.possible(text) else iter(())


def _strongest(path: list[_Group]) -> list[_Group]:
    """The path's rarest groups, as few as are worth checking."""
    groups = {_minimal(group) for group in path if "" not in group}
    return sorted(groups, key=lambda group: (_rarity(group), sorted(group)), reverse=True)[:_GROUPS_PER_PATH]
