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
from typing import Any, NamedTuple

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


# How a match's first word stands after part of a pattern: still being written, ended by a space, or only begun (the
# text so far is how it starts: what follows is not known).
_OPEN, _WHOLE, _BEGUN = "open", "whole", "begun"
_FirstWords = set[tuple[str, str]]
# Repetitions followed one by one; past this many, the first word is taken as only begun.
_MAX_REPEATS = 4
_SPACES = frozenset(map(ord, " \t\n\r\f\v"))


class WordNeeds(NamedTuple):
    """What every whole-word match of a pattern holds in normalised text: one of `words` as a word of its own, or a
    word beginning with one of `begins`, or a word ending with one of `ends`."""

    words: frozenset[str]
    begins: tuple[str, ...]
    ends: tuple[str, ...]


def word_needs(regex: str) -> WordNeeds | None:
    """For a regex matched as whole words in normalised text (`\\b(?:regex)\\b`), the words every match holds (see
    WordNeeds), read from the parsed pattern: for each of its alternatives, the words a match can begin with or those
    it can end with, whichever's shortest is longer, as fewer texts hold it ("commande", not "ma" of "ma commande");
    an optional part ending (beginning) with a space is passed over, as what follows (precedes) it then begins (ends)
    the match or follows (precedes) a space. None if some match could begin and end with any word."""
    parsed = sre_parse.parse(regex)
    return None if parsed.state.flags & sre.SRE_FLAG_IGNORECASE else _word_needs(list(parsed))


def _word_needs(items: list[Any]) -> WordNeeds | None:
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1]:
        items = list(items[0][1][-1])
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        each = [_word_needs(list(branch)) for branch in items[0][1][1]]
        if not all(each):
            return None
        return WordNeeds(frozenset().union(*(needs.words for needs in filter(None, each))),
                         *(tuple(sorted({text for needs in filter(None, each) for text in needs[side]}))
                           for side in (1, 2)))
    first, last = _edge_words(items, backwards=False), _edge_words(items, backwards=True)
    sides = [(words, texts, backwards) for (words, texts), backwards in ((first, False), (last, True))
             if words or texts]
    if not sides:
        return None
    words, texts, backwards = max(sides, key=lambda side: min(map(len, (*side[0], *side[1]))))
    return WordNeeds(words, () if backwards else texts, texts if backwards else ())


def _edge_words(items: list[Any], backwards: bool) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words a match of the sequence begins (ends) with, and the texts such a word begins (ends) with where its end
    (start) is not known; nothing if a match could begin (end) with any word."""
    ordered = items[::-1] if backwards else items
    while ordered and _optional_up_to_space(ordered[0][0], ordered[0][1], backwards):
        ordered = ordered[1:]
    found = {(text[::-1] if backwards else text, _WHOLE if how == _OPEN else how)
             for text, how in _first_word(ordered, backwards)}
    if any(not text for text, _ in found):
        return frozenset(), ()
    return (frozenset(text for text, how in found if how == _WHOLE),
            tuple(sorted(text for text, how in found if how == _BEGUN)))


def _optional_up_to_space(op: Any, argument: Any, backwards: bool) -> bool:
    """An optional part whose every match ends (or, backwards, begins) with a space: "(?:ma\\s+)?"."""
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or argument[0] != 0:
        return False
    inner = list(argument[2])
    while len(inner) == 1 and inner[0][0] is sre.SUBPATTERN and not inner[0][1][1]:
        inner = list(inner[0][1][-1])
    return bool(inner) and _is_space(*inner[0 if backwards else -1])


def _is_space(op: Any, argument: Any) -> bool:
    """One or more white-space characters and nothing else."""
    if op is sre.LITERAL:
        return argument in _SPACES
    if op is sre.IN:
        return bool(argument) and all((kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
                                      or (kind is sre.LITERAL and value in _SPACES) for kind, value in argument)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return argument[0] >= 1 and len(argument[2]) == 1 and _is_space(*argument[2][0])
    return False


def _first_word(items: Any, backwards: bool) -> _FirstWords:
    """The first word of a parsed sequence so far, or with `backwards` its last word, spelt backwards."""
    found: _FirstWords = {("", _OPEN)}
    for op, argument in items:
        if all(how != _OPEN for _, how in found):
            break
        found = {(text + more, still) if how == _OPEN else (text, how)
                 for text, how in found for more, still in (_first_word_element(op, argument, backwards)
                                                            if how == _OPEN else (("", how),))}
    return found


def _in_order(items: Any, backwards: bool) -> list[Any]:
    return list(items)[::-1] if backwards else list(items)


def _first_word_element(op: Any, argument: Any, backwards: bool) -> _FirstWords:
    if op is sre.LITERAL:
        return {("", _WHOLE)} if argument in _SPACES else {(chr(argument), _OPEN)}
    if op is sre.IN:
        return _first_word_class(argument)
    if op is sre.BRANCH:
        return set().union(*(_first_word(_in_order(branch, backwards), backwards) for branch in argument[1]))
    if op is sre.SUBPATTERN:
        return {("", _BEGUN)} if argument[1] & sre.SRE_FLAG_IGNORECASE else \
            _first_word(_in_order(argument[-1], backwards), backwards)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = argument
        return _first_word_repeat(low, high, inner, backwards)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", _OPEN)}  # zero-width
    return {("", _BEGUN)}  # anything else: unknown characters, which may end the word or go on with it


def _first_word_class(members: Any) -> _FirstWords:
    found: _FirstWords = set()
    for kind, value in members:
        if kind is sre.LITERAL:
            found.add(("", _WHOLE) if value in _SPACES else (chr(value), _OPEN))
        elif kind is sre.RANGE and value[1] - value[0] < 32 and not _SPACES & set(range(value[0], value[1] + 1)):
            found.update((chr(code), _OPEN) for code in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
            found.add(("", _WHOLE))
        else:
            return {("", _BEGUN)}  # a class of unknown characters (a space among them, perhaps)
    return found


def _first_word_repeat(low: int, high: int, inner: Any, backwards: bool) -> _FirstWords:
    once = _first_word(_in_order(inner, backwards), backwards)
    found: _FirstWords = set()
    repeated: _FirstWords = {("", _OPEN)}
    for count in range(min(high, _MAX_REPEATS) + 1):
        if count >= low:
            found |= repeated
        repeated = {(text + more, still) if how == _OPEN else (text, how)
                    for text, how in repeated for more, still in (once if how == _OPEN else (("", how),))}
    if high > _MAX_REPEATS:  # more repetitions may follow: a word still being written is only begun
        found |= {(text, _BEGUN if how == _OPEN else how) for text, how in repeated}
    return found


# The texts a match's current word can be so far (from a word start), or None where they are not known.
_Word = frozenset[str] | None
# Past this many texts the current word is taken as not known.
_MAX_WORD_TEXTS = 64


def word_groups(regex: str, at_word_start: bool = True) -> list[frozenset[str]]:
    """For a regex matched in normalised text (single spaces between words) from a word start (or, without
    `at_word_start`, from anywhere), groups of words each of which every match holds one of as a whole word: the
    texts between the start or a space the pattern must match and the next such space (or a word boundary), read
    from the parsed pattern (an optional part is passed over; where a word's text is not known, as after `\\w*`,
    it gives no group). Rarest first (longest shortest word, then fewest words)."""
    parsed = sre_parse.parse(regex)
    if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
        return []
    groups, _ = _sequence_words(list(parsed), frozenset(("",)) if at_word_start else None)
    return sorted(set(groups), key=_word_rarity, reverse=True)


def _word_rarity(group: frozenset[str]) -> tuple[int, int, list[str]]:
    return min(map(len, group)), -len(group), sorted(group)


def _sequence_words(items: Any, word: _Word) -> tuple[list[frozenset[str]], _Word]:
    groups: list[frozenset[str]] = []
    for op, argument in items:
        found, word = _element_words(op, argument, word)
        groups += found
    return groups, word


def _either_word(words: list[_Word]) -> _Word:
    if any(word is None for word in words):
        return None
    merged = frozenset().union(*filter(None, words))
    return merged if len(merged) <= _MAX_WORD_TEXTS else None


def _element_words(op: Any, argument: Any, word: _Word) -> tuple[list[frozenset[str]], _Word]:
    """The groups an element adds, and the current word after it."""
    if op is sre.SUBPATTERN:
        return ([], None) if argument[1] & sre.SRE_FLAG_IGNORECASE else _sequence_words(argument[-1], word)
    if op is sre.ATOMIC_GROUP:
        return _sequence_words(argument, word)
    if op is sre.BRANCH:  # whichever branch matched holds its own rarest group
        each = [_sequence_words(branch, word) for branch in argument[1]]
        after = _either_word([ended for _, ended in each])
        if all(groups for groups, _ in each):
            return [frozenset().union(*(max(groups, key=_word_rarity) for groups, _ in each))], after
        return [], after
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = argument
        once, ended = _sequence_words(inner, word)
        if len(inner) == 1 and _is_space(*inner[0]):  # normalised text has single spaces: one space, or none
            return (once, ended) if low >= 1 else ([], _either_word([ended, word]))
        if high == 1:
            return (once, ended) if low == 1 else ([], _either_word([ended, word]))
        return (once if low >= 1 else []), None  # past one repetition the word is not known
    if op is sre.AT:  # a word boundary (or the end) after a word's letters ends the word
        ends = argument in (sre.AT_BOUNDARY, sre.AT_END, sre.AT_END_STRING) and word is not None and "" not in word
        return ([word] if ends and word else []), word
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [], word  # zero-width
    if _is_space(op, argument):
        return ([word] if word is not None and "" not in word else []), frozenset(("",))
    letters = _word_characters(op, argument)
    if word is None or letters is None:
        return [], None
    extended = frozenset(text + letter for text in word for letter in letters)
    return [], extended if len(extended) <= _MAX_WORD_TEXTS else None


def _word_characters(op: Any, argument: Any) -> set[str] | None:
    """The characters, none of them a space, one element of one character matches; None if not known."""
    if op is sre.LITERAL:
        return None if argument in _SPACES else {chr(argument)}
    if op is not sre.IN:
        return None
    found: set[str] = set()
    for kind, value in argument:
        if kind is sre.LITERAL and value not in _SPACES:
            found.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < 32 and not _SPACES & set(range(value[0], value[1] + 1)):
            found.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return found


def at_start_only(regex: str) -> bool:
    """Whether every match of the regex begins at the start of the text (`^`, without the multi-line flag): matched
    from a later position (with `pos`), it matches nothing."""
    parsed = sre_parse.parse(regex)
    return not parsed.state.flags & sre.SRE_FLAG_MULTILINE and _at_start_only(list(parsed))


def _at_start_only(items: list[Any]) -> bool:
    if not items:
        return False
    op, argument = items[0]
    if op is sre.AT:
        return argument in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    if op is sre.SUBPATTERN:
        return _at_start_only(list(argument[-1]))
    if op is sre.BRANCH:
        return all(_at_start_only(list(branch)) for branch in argument[1])
    return False


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
