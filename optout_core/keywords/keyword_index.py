"""Every language's keywords filed by their normalised words, and what the engine looks up in them: a message or
clause that is a keyword once filler is set aside, a run of opt-out words, a keyword leading a message or inside
unspaced text, and (tried last) a misspelt one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby

from .decision import Decision, Keyword
from .lexicon import Intent, Lexicon
from .patterns import either, whole_words
from .text import compact, normalise, words_of
from .typos import Typos


class KeywordIndex:
    """The keywords of one configuration: the lexicons' and a sender's extra ones, which come first so that a sender's
    own word decides where it collides with a default."""

    def __init__(self, lexicons: tuple[Lexicon, ...], extra_keywords: Mapping[Intent, Iterable[str]],
                 extra_language: str) -> None:
        self.by_words: dict[str, Keyword] = {}
        for intent, words in extra_keywords.items():
            self._add(intent, extra_language, words, spaced=True)
        for lexicon in lexicons:
            for intent, words in lexicon.keywords.items():
                self._add(intent, lexicon.language, words, spaced=lexicon.spaced)
        forgiving = {lexicon.language for lexicon in lexicons if lexicon.forgives_typos} | {extra_language}
        single_word_opt_outs = {words: keyword for words, keyword in self.by_words.items()
                                if keyword.intent is Intent.OPT_OUT and " " not in words and words.isascii()
                                and keyword.language in forgiving}
        self._typos = Typos(self.by_words, single_word_opt_outs)
        self.opt_out_words = frozenset(single_word_opt_outs)
        # Every language's one-word opt-outs: a message of nothing else ("stop khalas", "alto basta") is one.
        self._one_word_opt_outs = frozenset(words for words, keyword in self.by_words.items()
                                            if keyword.intent is Intent.OPT_OUT and " " not in words)
        self._leading = sorted(self.by_words, key=lambda words: (-len(words), words))
        spaced = {lexicon.language: lexicon.spaced for lexicon in lexicons}
        negators = {lexicon.language: lexicon.negator_words() for lexicon in lexicons}
        # Keywords of unspaced scripts found inside a longer message ("请帮我退订", unsubscribe me please).
        inner = sorted(
            ((words, keyword) for words, keyword in self.by_words.items()
             if keyword.intent is not Intent.OPT_IN and not spaced.get(keyword.language, lexicons[0].spaced)
             # "不要" (don't) is a whole-message keyword, and inside a message a negation ("不要停", don't stop).
             and len(words) >= 2 and words not in negators[keyword.language]),
            key=lambda item: (-len(item[0]), item[0]))
        self.inner = {intent: [(words, keyword) for words, keyword in inner if keyword.intent is intent]
                      for intent in Intent}
        self.filler = frozenset().union(*(lexicon.filler_words() for lexicon in lexicons))
        filler_phrases = [phrase for lexicon in lexicons for phrase in map(normalise, lexicon.filler_phrases) if phrase]
        self._filler_phrases = whole_words(either(filler_phrases))
        # A filler phrase (normalised words, matched as whole words) is found only where each of its words is a word
        # of the message: it is looked for only where all of them are. Each phrase's words are filed under its longest
        # word, the one fewest messages hold ("thank" of "thank you", not "i" of "i mean"), checked first.
        self._filler_phrase_words: dict[str, list[frozenset[str]]] = {}
        for phrase in filler_phrases:
            words = phrase.split(" ")
            self._filler_phrase_words.setdefault(max(words, key=lambda word: (len(word), word)), []).append(
                frozenset(words))
        self._filler_phrase_keys = frozenset(self._filler_phrase_words)
        self.tails = frozenset().union(*(lexicon.tail_words() for lexicon in lexicons))
        self._subjects = frozenset().union(*(normalise(lexicon.subjects).split() for lexicon in lexicons))
        self._cjk_filler = tuple(sorted((word for lexicon in lexicons if not lexicon.spaced
                                         for word in lexicon.filler_words()), key=lambda word: (-len(word), word)))

    def _add(self, intent: Intent, language: str, words: Iterable[str], spaced: bool) -> None:
        for word in words:
            key = normalise(word) if spaced else compact(normalise(word))
            if key:
                self.by_words.setdefault(key, Keyword(intent, language, key))

    def exact(self, normalised: str) -> Keyword | None:
        """The keyword a whole normalised message is, spaced or not."""
        return self.by_words.get(normalised) or self.by_words.get(compact(normalised))

    def leading(self, normalised: str) -> Keyword | None:
        """The longest keyword the message begins with, as a word of its own."""
        for words in self._leading:
            if normalised.startswith(words + " "):
                return self.by_words[words]
        return None

    def core(self, normalised: str) -> list[str]:
        """The words that carry meaning: filler dropped, and a repeated word ("stop stop stop") counted once."""
        tokens: Sequence[str] = words_of(normalised)
        if not self._filler_phrase_keys.isdisjoint(tokens) and self._holds_filler_phrase(tokens):
            tokens = self._filler_phrases.sub(" ", normalised).split()  # most messages hold none: no regex search
        filler = self.filler
        words = [token for token in tokens if token not in filler]
        # Most messages hold no word twice, so none twice in a row: only those that do are grouped.
        return [word for word, _ in groupby(words)] if len(set(words)) < len(words) else words

    def _holds_filler_phrase(self, tokens: Sequence[str]) -> bool:
        """Whether the words hold every word of some filler phrase (one of "thank you" but not "i beg you")."""
        present = frozenset(tokens)
        return any(words <= present for word in present if word in self._filler_phrase_words
                   for words in self._filler_phrase_words[word])

    def cjk_core(self, compacted: str) -> str:
        """Unspaced text without its polite words at either end: 请退订谢谢 -> 退订."""
        trimmed = True
        # A pass that finds no polite word at either end trims nothing: found at once, without trying each word.
        while trimmed and (compacted.startswith(self._cjk_filler) or compacted.endswith(self._cjk_filler)):
            trimmed = False
            for word in self._cjk_filler:
                if compacted.startswith(word) and len(compacted) > len(word):
                    compacted, trimmed = compacted[len(word):], True
                if compacted.endswith(word) and len(compacted) > len(word):
                    compacted, trimmed = compacted[:-len(word)], True
        return compacted

    def lookup(self, core: list[str]) -> Keyword | None:
        if not core:
            return None
        joined = " ".join(core)
        return self.by_words.get(joined) or self.by_words.get(joined.replace(" ", ""))

    def run(self, core: list[str]) -> Keyword | None:
        """Opt-out keywords one after another and nothing else, in one language or several ("stop khalas", "STOP
        BAJA"): the first of them."""
        if 1 < len(core) <= 4 and all(word in self._one_word_opt_outs for word in core):
            return self.by_words[core[0]]
        return None

    def before_subject(self, core: list[str]) -> Keyword | None:
        """"STOP I'm driving", "unsubscribe we moved": a keyword, then a new sentence that lost its full stop.
        Not an opt-in: those are read strictly."""
        for size in (3, 2, 1):
            if len(core) > size and core[size] in self._subjects:
                keyword = self.lookup(core[:size])
                if keyword is not None and keyword.intent is not Intent.OPT_IN:
                    return keyword
        return None

    def misspelt(self, core: list[str]) -> Decision | None:
        while len(core) > 1 and core[-1] in self.tails:  # "unsubscibe me"
            core = core[:-1]
        return self._typos.misspelt(core)
