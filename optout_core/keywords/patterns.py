"""What can be read from a regex before matching it, to match it faster: the texts a match can begin with, its
top-level alternatives, and a regex finding many strings at once.

Python's regex engine tries every alternative of a pattern at every position, so one big alternation of several
hundred alternatives is slow. What a pattern can begin with (up to three characters, worked out from its parsed
form) lets the engine try at a position only the alternatives that can begin with the text found there.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

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


def either(patterns: Iterable[str]) -> str:
    """An alternation of the patterns given (empty ones left out) that matches nothing if none is left."""
    present = [f"(?:{item})" for item in patterns if item]
    return "|".join(present) if present else "(?!)"


def guarded(regex: str) -> re.Pattern[str]:
    """`regex` compiled behind a test of its possible first characters: the same matches, found faster."""
    return re.compile(first_character_guard(regex) + regex)


def whole_words(alternation: str) -> re.Pattern[str]:
    """An alternation matched as whole words, behind a test of its possible first characters."""
    return re.compile(r"\b" + first_character_guard(alternation) + r"(?:" + alternation + r")\b")


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


def trie(strings: list[str]) -> str:
    """A regex of the strings that, at a position, finds the longest of them that starts there, trying one
    character per step rather than every string."""
    root: dict[str, Any] = {}
    for text in strings:
        node = root
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"

    return emit(root)
