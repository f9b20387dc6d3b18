"""The engine: one pass of a message through the languages' keywords and rules (see the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .decision import NO_DECISION, Decision, Keyword, MatchingMode
from .fallback import Fallback
from .keyword_index import KeywordIndex
from .languages import LEXICONS
from .lexicon import Intent, Lexicon, pattern
from .patterns import either, first_character_guard, guarded, prefixes, whole_words
from .rules import CompiledRules, Hits, WholeWords
from .screen import Screened
from .text import clauses, compact, fold, has_cjk, sentences

_STOP_SIGNS = re.compile("[\U0001F6D1\u26D4]")
_ONLY_ASKING = re.compile(r"\s*[?\uff1f\u061f\u00bf]+[\s?\uff1f\u061f\u00bf!]*")  # "?", "??", "¿?", full-width
# "Can't you just stop texting me?" is a demand, not a negation.
_RHETORICAL_SUBJECTS = frozenset(("you", "u", "ya"))
_NEGATION_WINDOW = 3
# A request opens after them, so a negation before one does not reach past it: "this isn't helping please stop".
_REQUEST_OPENERS = frozenset(("please", "pls", "plz", "kindly"))
_ASKING = frozenset(("can", "could", "would", "will", "please", "pls"))
_PERMITTING = frozenset(("can", "may"))
# "Do I need to opt in to get the discount?" asks about opting in; "you put me back on the list" tells what happened.
_QUESTION_LEADS = ("do i", "should i", "how do i", "how to", "need to", "have to", "if i", "must i")
_NARRATION = frozenset(("you", "u", "they", "he", "she", "who", "why", "did", "didnt", "how", "when", "never"))
_OPT_IN_NEGATORS = frozenset(("dont", "never", "not", "cant", "cannot", "wont", "didnt", "doesnt", "no", "nicht",
                              "kein", "non", "nao", "nunca", "ne", "pas", "jamais", "nie", "не", "wag", "huwag", "hwag",
                              "hindi", "ddung"))
_OPT_IN_NEGATION_WINDOW = 6
_NARRATION_WINDOW = 8
# How far from a match, in characters of unspaced text, a negation or another target still belongs to it.
_UNSPACED_REACH = 4
# A target before the match may be a longer word and its particle: "メールマガジンの配信停止" (the e-mail newsletter's).
_UNSPACED_TARGET_REACH = 8
# Someone else's words before a match in unspaced text: "我妹妹说她已经回复退订了" (my sister said she replied 退订).
_UNSPACED_NARRATION_REACH = 12


class _AtPlace:
    """A pattern matched at one place, screened first by what its matches can begin with there (patterns.prefixes,
    after any spaces if `spaces_first`): most places begin otherwise, and are turned away without trying each of
    many alternatives (a request's frames, the objects that aim a request elsewhere)."""

    __slots__ = ("_lengths", "_starts", "regex", "spaces_first")

    def __init__(self, regex: str, body: str, spaces_first: bool = False) -> None:
        self.regex = re.compile(regex)
        self.spaces_first = spaces_first
        starts = prefixes(body)
        # None: a match may begin with anything, or with a space that the spaces before it could have been
        self._starts = None if starts is None or any(start[:1].isspace() for start in starts) else starts
        self._lengths = sorted({len(start) for start in self._starts or ()}, reverse=True)

    def match(self, text: str, position: int) -> re.Match[str] | None:
        starts = self._starts
        if starts is not None:
            begins = position
            if self.spaces_first:
                while begins < len(text) and text[begins].isspace():
                    begins += 1
            if not any(text[begins:begins + length] in starts for length in self._lengths):
                return None
        return self.regex.match(text, position)


class _Found:
    """What a rule or keyword found: a plain class, made for most messages, built by one call in the compiled build."""

    __slots__ = ("language", "matched", "opt_in_wins", "review", "rule")

    def __init__(self, rule: str, matched: str, language: str, review: str | None = None,
                 opt_in_wins: bool = False) -> None:
        self.rule = rule
        self.matched = matched
        self.language = language
        self.review = review
        self.opt_in_wins = opt_in_wins


class _Clause:
    """One sentence or comma-separated part of a message, normalised, and without spaces if it has CJK script."""

    __slots__ = ("compacted", "core", "framed", "hits", "set_aside", "words")

    def __init__(self, words: str) -> None:
        self.words = words
        self.core: list[str] | None = None  # its words that carry meaning, when already found for the message
        self.compacted = compact(words) if has_cjk(words) else ""
        self.hits: Hits | None = None  # every intent's rule matches, found as far as they are needed
        self.framed: tuple[str, Keyword | None] | None = None  # its request frame and keyword, found once
        # An opt-out rule matched here and was set aside (negated, someone else's words, aimed at something else):
        # the rules read the message, so the learned fallback does not.
        self.set_aside = False


# Rules where a keyword stands on its own: what it stops is told by the rest of the message, if anything.
_BARE_KEYWORD_RULES = frozenset(("keyword with filler", "keyword as a sentence"))
_LAUGHING = re.compile("[\U0001F602\U0001F923\U0001F60D\U0001F606\U0001F601\U0001F970\U0001F92A\U0001F61C]")
_REQUEST_RULE = "keyword in a request"
# Verbs of ending that, asked for without an object, may be about an order or an appointment as well as our texts.
_OBJECTLESS = frozenset(("cancel", "end", "cancelar", "annuler", "anular", "cancela", "取消", "취소", "キャンセル"))
# A question in any script (ASCII, full-width, Arabic): an opt-in phrase in a question asks about opting in.
_QUESTION = re.compile("[?\uff1f\u061f]")
# An opt-in asked as a request inside a question: "..., can I get them again?", "..., could you add me back?"
_ASKED_AS_REQUEST = r"(?:can|could|would|will|may)\s+(?:you|u|i|we)\s+(?:please\s+|just\s+)?"
_REQUEST_BEFORE = re.compile(rf"\b{_ASKED_AS_REQUEST}$")
_REQUEST_LEAD = re.compile(_ASKED_AS_REQUEST)
# Where a request is asked as a polite question: "다시 받을 수 있을까요?", "送ってもらえますか", "可以再发给我吗"; not
# one asking why ("왜", "なぜ", "为什么").
_POLITE_ASKING = re.compile("^(?!.*(?:왜|なぜ|どうして|为什么|为何|点解))"
                            ".*(?:수있을까요|수있나요|주시겠어요|주실수있|해주세요|もらえますか|いただけますか|ください|"
                            "可以.*吗|能不能|可不可以|能否|好吗|行吗)")
_KANA = re.compile("[\u3040-\u30ff]")
# Another channel asked for beside an opt-in, in another clause of a language without spaces ("メールでお願いします":
# by e-mail, please): the rules read their own clause, and what is wanted is not the texts. (In spaced languages a
# channel named in another clause is as often what the texts replace: "I only get emails right now".)
_OTHER_CHANNEL = re.compile("(?:メール|ライン|LINE|line)で|"
                            "(?:用|通过|通過|发到|發到|寄到)(?:邮件|郵件|电邮|電郵|微信|email)|"
                            "(?:이메일|카톡|카카오톡|메일)(?:로|으로)")
# The texts' own words in Chinese, Japanese and Korean, as they follow what they are about: "取药提醒", "예약 알림".
_UNSPACED_MESSAGES = re.compile("(?:的|の|)(?:提醒|通知|短信|信息|消息|简讯|訊息|簡訊|알림|문자|메시지|안내|"
                                "お知らせ|メッセージ|リマインダー|リマインド|sms)")
# Not where it is a sentence's subject, the message itself: "This is a scam. STOP", "that's ridiculous, stop".
_POINTING = re.compile(r"\b(?:it|that|this)\b(?!\s+(?:is|was|s|looks|seems|sounds)\b)")
# What introduces the thing texts are about, after them: "promociones de envios", "texts about my order" (not "spam
# calls", where the texts' word describes the calls).
_DESCRIBING = re.compile(r" (?:de|del|sobre|about|for|regarding|from|do|da|des|du|pour|para|ng|ka|ki|ke) ")
_DEFAULT_FALLBACK = Fallback()


def _join_contractions(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    for token in tokens:
        if token == "t" and joined and joined[-1].endswith("n"):  # noqa: S105 - a word, not a secret
            joined[-1] += "t"
        else:
            joined.append(token)
    return joined


class KeywordEngine:
    """Classifies messages for one configuration (mode and extra keywords); build once, reuse."""

    def __init__(self, mode: MatchingMode = MatchingMode.INTENT,
                 extra_keywords: Mapping[Intent, Iterable[str]] | None = None, extra_language: str = "en",
                 lexicons: tuple[Lexicon, ...] = LEXICONS, fallback: Fallback | None = _DEFAULT_FALLBACK) -> None:
        self.mode = mode
        self._fallback = fallback
        self._lexicons = {lexicon.language: lexicon for lexicon in lexicons}
        self._keywords = KeywordIndex(lexicons, extra_keywords or {}, extra_language)
        self._rules = CompiledRules(lexicons)
        frames = either(pattern(lexicon.frames) for lexicon in lexicons)
        self._frames = _AtPlace(r"^(?:(?:" + frames + r")\s+)+", frames)
        # What a rule is aimed at, named after it: in the rule's language or in English, which every language here
        # borrows from ("cancelen mi order"), and after an English rule in any language ("STOP mandándome paquetes");
        # not in a third ("kaise unsubscribe karte hai" is not a German "Karte").
        spaced = [lexicon for lexicon in lexicons if lexicon.spaced]
        self._targets_after = {lexicon.language: re.compile(r"\s*(?:" + either(
            pattern(other.other_targets) for other in spaced
            if lexicon.language == "en" or other.language in (lexicon.language, "en")) + r")\b") for lexicon in spaced}
        self._any_target = WholeWords([target for lexicon in lexicons if lexicon.spaced
                                       if (target := pattern(lexicon.target_words or lexicon.other_targets))])
        self._objects_after = {lexicon.language: _AtPlace(r"\s*(?:" + objects + r")", objects, spaces_first=True)
                               for lexicon in lexicons if lexicon.other_objects
                               for objects in [pattern(lexicon.other_objects)]}
        self._unspaced_targets = re.compile(either(pattern(lexicon.other_targets)
                                                    for lexicon in lexicons if not lexicon.spaced))
        # In unspaced text someone else's words are a speaker and a verb of saying just before the match ("她说").
        self._unspaced_narration = re.compile(r"(?:" + either(pattern(lexicon.reported_speech) for lexicon in lexicons
                                                               if not lexicon.spaced) + r")$")
        self._narration = guarded(r"(?:" + either(pattern(lexicon.reported_speech) for lexicon in lexicons
                                                    if lexicon.spaced)
                                   + r")(?:\s+\w+){0,5}\s*$")
        self._jokes = whole_words(either(pattern(lexicon.jokes) for lexicon in lexicons))
        self._messages = whole_words(either(pattern(lexicon.messages) for lexicon in lexicons))
        mistakes = either(pattern(lexicon.mistakes) for lexicon in lexicons)
        # Searched in every message and found in few: screened for the words a mistake is told in (screen.py).
        self._mistakes = Screened(first_character_guard(mistakes) + mistakes)
        self._mistakes_by_language = [(lexicon.language, re.compile(pattern(lexicon.mistakes)))
                                      for lexicon in self._lexicons.values() if lexicon.mistakes]
        corrections = [pattern(lexicon.corrections) for lexicon in lexicons if lexicon.corrections]
        # A correction is a clause of its own: at the start or after a break, and followed by one or the end.
        self._corrections = re.compile(r"(?:^|(?<=[.!?;:,\n]))\s*(?:" + either(corrections)
                                       + r")\s*(?:[.!?;:,\n]+|$)") if corrections else None
        self._correction_words = re.compile(r"\b(?:" + either(corrections) + r")\b")
        self._told = re.compile(r"\b(?:" + either(pattern(lexicon.told) for lexicon in lexicons) + r")\b")
        # Searched wherever an opt-out was read (a rule's or the model's, a third of messages), and found in few.
        self._texts_welcome = Screened(either(rf"\b(?:{pattern(lexicon.texts_welcome)})" if lexicon.spaced
                                              else pattern(lexicon.texts_welcome)
                                              for lexicon in lexicons if lexicon.texts_welcome))
        self._negators = {lexicon.language: lexicon.negator_words() for lexicon in lexicons}
        # Chinese and Japanese share characters (停止): a negation from either script counts for both.
        unspaced_before = tuple(word for lexicon in lexicons if not lexicon.spaced for word in lexicon.negator_words())
        unspaced_after = tuple(word for lexicon in lexicons if not lexicon.spaced
                               for word in lexicon.negators_following())
        for lexicon in lexicons:
            if not lexicon.spaced:
                self._negators[lexicon.language] = unspaced_before
        self._negators_after = unspaced_after
        # Hindi negates an English verb after it: "unsubscribe mat karo" (don't unsubscribe), whatever rule matched.
        spaced_after = [re.escape(word) for lexicon in lexicons if lexicon.spaced
                        for word in lexicon.negators_following()]
        self._spaced_negators_after = re.compile(r"\s+(?:" + "|".join(spaced_after) + r")\b") if spaced_after else None

    # ----- the three modes -----

    def classify(self, text: str) -> Decision:
        pieces = sentences(text)
        normalised = " ".join(pieces)  # what normalise(text) gives, without folding the text twice
        if not normalised:
            # A stop sign and nothing else ("🛑", "⛔") is STOP: a sign, in no language.
            sign = _STOP_SIGNS.search(text)
            if sign is not None:
                return Decision(Intent.OPT_OUT, "keyword", sign.group(0), "en")
            # "?" and nothing else asks what this is: the help reply says who is texting and how to stop.
            asking = self.mode is MatchingMode.INTENT and _ONLY_ASKING.fullmatch(text)
            return Decision(Intent.HELP, "question mark", "?", "en") if asking else NO_DECISION
        exact = self._keywords.exact(normalised)
        if exact is not None:
            return Decision(exact.intent, "keyword", exact.words, exact.language)
        if self.mode is MatchingMode.EXACT:
            return NO_DECISION
        if self.mode is MatchingMode.LEADING:
            return self._leading_keyword(normalised)
        return self._by_intent(text, normalised, pieces)

    def _leading_keyword(self, normalised: str) -> Decision:
        keyword = self._keywords.leading(normalised)
        return Decision(keyword.intent, "leading keyword", keyword.words, keyword.language) if keyword else NO_DECISION

    def _by_intent(self, text: str, normalised: str, pieces: list[str]) -> Decision:
        correction = self._last_correction(text) if self._correction_words.search(normalised) else None
        if correction is not None:
            # "stop? no wait, I want to keep getting these. START": what came before the correction is withdrawn.
            rest = correction.string[correction.end():]
            rest_pieces = sentences(rest)
            return self._by_intent(rest, " ".join(rest_pieces), rest_pieces) if rest_pieces else NO_DECISION
        compacted = compact(normalised) if has_cjk(normalised) else ""
        core = self._keywords.core(normalised)
        if not core and (sign := _STOP_SIGNS.search(text)) is not None:
            return Decision(Intent.OPT_OUT, "keyword with filler", sign.group(0), "en")  # "Pls 🛑", "🛑 now"
        keyword = self._keywords.lookup(core) or (self._keywords.lookup([self._keywords.cjk_core(compacted)])
                                                  if compacted else None) or self._keywords.run(core)
        if keyword is not None:
            found = _Found("keyword with filler", keyword.words, keyword.language)
            return self._decide(keyword.intent, found, text, normalised)
        parts = [_Clause(part) for piece in pieces for part in clauses(piece)]
        if len(parts) == 1 and parts[0].words == normalised:
            parts[0].core = core
        # "I sent STOP by mistake": that STOP is quoted, not asked for; the rest of the message still counts.
        # Mistakes are searched once in the whole message, which also finds one told across a clause's edge
        # ("Sorry, I texted stop"); a message of several clauses with none there has none in any clause.
        spanning = list(self._mistakes.finditer(normalised)) if len(parts) > 1 else []
        told = [self._mistake_in(part.words, normalised, spanning) for part in parts] \
            if spanning or len(parts) == 1 else []
        mistaken = [(part, mistake) for part, mistake in zip(parts, told, strict=False)
                    if mistake is not None and self._mistaken(mistake, normalised)]
        meant = [part for part in parts if all(part is not other for other, _ in mistaken)] if mistaken else parts
        opt_out = self._find(Intent.OPT_OUT, meant)
        # "I got a new number, please put it on the texts": the new number is the writer's own, to be used.
        # A clause telling of a mistake quotes its opt-out word, even when the message names something else the
        # mistake may be about: "Mandé STOP sin querer, ¿me pueden volver a mandar los avisos de mis recetas?"
        quoting = [part.words for part, mistake in zip(parts, told, strict=False) if mistake is not None]
        opt_in = None if opt_out is not None and not opt_out.opt_in_wins else self._opt_in(
            text, normalised, parts, [mistake for _, mistake in mistaken], quoting)
        if opt_in is not None and opt_out is not None and self._first(Intent.OPT_OUT, meant, beside=True):
            # "I said stop, take me off and put me back on only if I ask": an opt-out asked for besides the one told
            opt_in = None
        if opt_in is not None:
            return self._decide(Intent.OPT_IN, opt_in, text, normalised)
        if opt_out is not None:
            return self._vetoed(self._decide(Intent.OPT_OUT, opt_out, text, normalised), normalised)
        help_request = self._find(Intent.HELP, parts)
        if help_request is not None:
            return self._decide(Intent.HELP, help_request, text, normalised)
        misspelt = self._keywords.misspelt(core)
        if misspelt is not None or self._fallback is None or mistaken or any(part.set_aside for part in parts):
            return misspelt or NO_DECISION
        # One word that is no keyword is no request ("No", a name). A keyword the rules set aside ("my son told me to
        # text STOP, ignore him") stopped the model above; one no rule read at all ("BAJA por favor ya me tienen
        # harto") is the model's to read.
        if " " not in normalised and not compacted:
            return NO_DECISION
        return self._learned(normalised)

    def _learned(self, normalised: str) -> Decision:
        """What the learned fallback reads in a message no rule matched: an opt-out (flagged for review) or a help
        request, when the model is sure enough; never an opt-in."""
        assert self._fallback is not None
        guess = self._fallback.decide(normalised)
        if guess is None or (guess.intent is Intent.OPT_OUT and self._texts_welcome.search(normalised)):
            # "no me llamen mas, prefiero mensajes": what the model weighed as an opt-out is aimed at the calls
            return NO_DECISION
        review = "no rule matched; the learned fallback read an opt-out" if guess.intent is Intent.OPT_OUT else None
        return Decision(guess.intent, "learned fallback", ", ".join(self._fallback.explain(guess)),
                        self._fallback.language(normalised), review)

    def _vetoed(self, decision: Decision, normalised: str) -> Decision:
        """A phrase rule's opt-out that the learned model reads, by a wide margin, as no request at all ("Cancel my
        service for the winter", "I'm out of town til Friday") is not recorded; it is flagged, so an operator who
        reverses the flag records the opt-out. A keyword alone or with filler ("STOP", "stop please") is decided
        before any rule and never comes here. So is one in a message that says the texts are welcome ("quit texting
        me quotes at 5am lol jk keep em coming")."""
        if decision.intent is not Intent.OPT_OUT:
            return decision
        if self._texts_welcome.search(normalised):
            return Decision(Intent.NONE, "texts welcome", decision.matched, decision.language, f"{decision.rule} read "
                            "an opt-out in a message that says the texts are welcome: not recorded")
        if self._fallback is None or not self._fallback.vetoes(normalised):
            return decision
        return Decision(Intent.NONE, "learned veto", decision.matched, decision.language,
                        f"{decision.rule} read an opt-out that the learned fallback reads as none: not recorded")

    def _last_correction(self, text: str) -> re.Match[str] | None:
        """The last "no wait," or "never mind." standing as a clause of its own, in the folded text."""
        if self._corrections is None:
            return None
        last = None
        for last in self._corrections.finditer(fold(text)):  # noqa: B007 - the last one is wanted
            pass
        return last

    def _mistaken(self, mistake: re.Match[str], normalised: str) -> bool:
        """An opt-out sent by mistake ("I sent stop by mistake", "wrong button"), unless the message names something
        else (an order, an appointment) that the mistake may be about: reading an opt-in wrongly texts someone who
        said STOP. A message that names our texts besides is about them ("I sent stop by accident, can I get the fraud
        alerts back? I want to know if someone uses my card"), and a thing named as what the texts are about is not
        something else ("can I get the refill texts again?")."""
        rest = normalised.replace(mistake.group(0), " ")
        if self._messages.search(rest):
            return True
        # "실수로 주문 취소했어요" (I cancelled the order by mistake): the same in scripts without spaces, where a
        # target that names what the texts are about comes just before them ("예약 알림", "取药提醒")
        return _only_what_texts_are_about(rest, self._any_target, self._messages, 1) and (
            not has_cjk(rest)
            or _only_what_texts_are_about(compact(rest), self._unspaced_targets, _UNSPACED_MESSAGES, 0))

    def _mistake_in(self, words: str, normalised: str, spanning: list[re.Match[str]]) -> re.Match[str] | None:
        """The mistake a clause tells of, in the clause or across its edges ("Sorry, I texted stop", "I replied
        stop but I'm still shopping")."""
        found = self._mistakes.search(words)
        start = normalised.find(words)
        if found is not None or start < 0:
            return found
        return next((mistake for mistake in spanning
                     if mistake.start() < start + len(words) and mistake.end() > start), None)

    def _decide(self, intent: Intent, found: _Found, text: str, normalised: str) -> Decision:
        review = found.review
        if intent is Intent.OPT_OUT and found.rule in _BARE_KEYWORD_RULES and (
                self._jokes.search(normalised) or _LAUGHING.search(text)) and not self._messages.search(normalised):
            # "Stop! That's an amazing price", "stop it lol": an exclamation, not a request.
            return NO_DECISION
        target = self._any_target.search(normalised) if intent is Intent.OPT_OUT else None
        if target is not None and self._about_the_other_thing(found, normalised):
            # "You keep sending the wrong size, stop it", "ok cancel that, I'll come Tuesday instead", "opt out of the
            # warranty, I don't need it", "Cancel. I'll reschedule": it is the other thing the message names.
            return NO_DECISION
        if intent is Intent.OPT_OUT and review is None and found.rule not in _BARE_KEYWORD_RULES \
                and found.matched.rsplit(" ", 1)[-1] in _OBJECTLESS:
            # "I want to cancel", "can I cancel?": cancel what? Perhaps these texts, perhaps an appointment.
            review = f"'{found.matched}' names no object: these texts, or something else"
        if target is not None and review is None:
            # "Stop! The refill is wrong": the stop may be aimed at the refill; the law's side wins, a person looks.
            review = f"the message also mentions '{target.group(0).strip()}'"
        # Kanji words are shared with Chinese: a message with kana in it is Japanese.
        language = "ja" if found.language == "zh" and _KANA.search(text) else found.language
        return Decision(intent, found.rule, found.matched, language, review)

    def _about_the_other_thing(self, found: _Found, normalised: str) -> bool:
        """Whether an opt-out can only be about the other thing the message names, in a message that does not name
        our messages: a bare or framed keyword with "it", "that" or "this" anywhere ("stop it"), a bare verb that
        needs an object ("Cancel. I'll reschedule"), or a phrase ending in a pointing word ("I don't need it")."""
        if self._messages.search(normalised):
            return False
        if found.rule in _BARE_KEYWORD_RULES and found.matched in _OBJECTLESS:
            return True
        if found.rule in _BARE_KEYWORD_RULES or found.rule.startswith(_REQUEST_RULE):
            return _POINTING.search(found.matched + " " + normalised) is not None
        return _POINTING.fullmatch(found.matched.rsplit(" ", 1)[-1]) is not None

    def _find(self, intent: Intent, parts: list[_Clause]) -> _Found | None:
        return self._first(intent, parts) or self._framed(intent, parts) or self._inner_keyword(intent, parts)

    def _first(self, intent: Intent, parts: list[_Clause], beside: bool = False) -> _Found | None:
        """The first rule match that is not negated, not someone else's words and not aimed at something else;
        `beside`: besides those of rules an opt-in wins over."""
        for part in parts:
            if part.hits is None:
                part.hits = self._rules.matches(part.words, part.compacted)
            for hit in part.hits:
                if hit.intent is not intent or (beside and hit.rule.opt_in_wins):
                    continue
                rule, lexicon, text, start, end = hit.rule, hit.lexicon, hit.text, hit.start, hit.end
                # "cancel my order", "sign me up for the class": aimed at something other than our texts.
                if (rule.negatable and self._negated(text, start, end, lexicon)) or (
                        intent is not Intent.HELP and (self._narrated(text, start, lexicon) or (
                            not rule.targeted and self._aimed_elsewhere(text, start, end, lexicon)))):
                    part.set_aside = part.set_aside or intent is Intent.OPT_OUT
                    continue
                return _Found(f"phrase: {rule.name}", hit.matched, lexicon.language, rule.review, rule.opt_in_wins)
        return None

    def _negated(self, text: str, start: int, end: int, lexicon: Lexicon) -> bool:
        negators = self._negators[lexicon.language]
        if not lexicon.spaced:
            return bool(negators and text[max(0, start - _UNSPACED_REACH):start].endswith(negators)) or \
                text[end:end + _UNSPACED_REACH + 2].startswith(self._negators_after)
        if self._spaced_negators_after is not None and self._spaced_negators_after.match(text, end):
            return True
        before = _after_request_opener(_join_contractions(text[:start].split())[-_NEGATION_WINDOW:])
        following = [*before[1:], ""]
        return any(word in negators and after not in _RHETORICAL_SUBJECTS
                   for word, after in zip(before, following, strict=False))  # no words before: `following` is [""]

    def _narrated(self, text: str, start: int, lexicon: Lexicon) -> bool:
        if not lexicon.spaced:
            return self._unspaced_narration.search(text[max(0, start - _UNSPACED_NARRATION_REACH):start]) is not None
        before = " ".join(text[:start].split()[-_NARRATION_WINDOW:])
        return bool(before) and self._narration.search(before) is not None

    def _aimed_elsewhere(self, text: str, start: int, end: int, lexicon: Lexicon) -> bool:
        if lexicon.spaced:
            before = " ".join(text[:start].split()[-3:]) if lexicon.object_first else ""
            if before and self._any_target.search(before) and not self._messages.search(before):
                return True  # "mera order cancel kar do", "Papierrechnung abbestellen": the object comes first
            if self._messages.fullmatch(text, text.rfind(" ", start, end) + 1, end) and _DESCRIBING.match(text, end):
                return False  # "no quiero recibir promociones de envios": what follows the texts describes them
            objects = self._objects_after.get(lexicon.language)
            return self._targets_after[lexicon.language].match(text, end) is not None or (
                objects is not None and objects.match(text, end) is not None)
        near = text[max(0, start - _UNSPACED_TARGET_REACH):start] + " " + text[end:end + _UNSPACED_REACH + 2]
        return self._unspaced_targets.search(near) is not None

    def _framed(self, intent: Intent, parts: list[_Clause]) -> _Found | None:
        """A clause that is a keyword once request frames, filler and harmless tails are set aside:
        "how do I unsubscribe?", "can you please stop these", "I never signed up for this, stop"."""
        for part in parts:
            if part.framed is None:
                part.framed = self._framed_keyword(part)
            frame, keyword = part.framed
            if keyword is None or keyword.intent is not intent:
                continue
            if frame:
                return _Found(f"{_REQUEST_RULE}: {frame}", keyword.words, keyword.language)
            return _Found("keyword as a sentence", keyword.words, keyword.language)
        return None

    def _framed_keyword(self, part: _Clause) -> tuple[str, Keyword | None]:
        framed = self._frames.match(part.words, 0)
        if framed is None and part.core is not None:
            core = list(part.core)  # a copy: tails are taken off it below
        else:
            core = self._keywords.core(part.words[framed.end():] if framed else part.words)
        keyword = self._keywords.lookup(core)
        while keyword is None and len(core) > 1 and core[-1] in self._keywords.tails:
            core.pop()
            keyword = self._keywords.lookup(core)
        return (framed.group(0).strip() if framed else ""), keyword or self._keywords.before_subject(core)

    def _inner_keyword(self, intent: Intent, parts: list[_Clause]) -> _Found | None:
        """A keyword of an unspaced script inside a longer message, unless negated or aimed at something else."""
        for part in parts:
            if not part.compacted:
                continue
            for words, keyword in self._keywords.inner[intent]:
                start = part.compacted.find(words)
                if start < 0:
                    continue
                lexicon = self._lexicons[keyword.language]
                end = start + len(words)
                if self._negated(part.compacted, start, end, lexicon) or (
                        intent is Intent.OPT_OUT and (self._aimed_elsewhere(part.compacted, start, end, lexicon)
                                                      or self._narrated(part.compacted, start, lexicon))):
                    part.set_aside = part.set_aside or intent is Intent.OPT_OUT
                    continue
                return _Found("keyword in a sentence", words, keyword.language)
        return None

    # ----- opt-in -----

    def _opt_in(self, text: str, normalised: str, parts: list[_Clause],
                mistaken: list[re.Match[str]], quoting: list[str]) -> _Found | None:
        """Opt-ins are read strictly: reading a complaint as an opt-in would text someone who said STOP. An opt-in
        counts when no opt-out remains in the message (an opt-out sent by mistake does not count as one), and it is
        not negated, not narrated ("you put me back on the list"), and not a question about opting in."""
        if mistaken:
            mistake = mistaken[0]
            return _Found("phrase: opt-out sent by mistake", mistake.group(0), self._mistake_language(mistake))
        asking = _QUESTION.search(text) is not None
        found = self._first(Intent.OPT_IN, parts)
        if found is not None and self._opt_in_stands(normalised, found, asking, quoting):
            return found
        if not parts:
            return None
        # "START", "Un-stop. I need the alerts this winter" (the keyword, not the phrase, is what the other opt-out
        # word belongs to), "Wrong button, sorry. START"
        found = self._framed(Intent.OPT_IN, [parts[0], parts[-1]])
        return found if found is not None and self._opt_in_stands(normalised, found, asking, quoting) else None

    def _opt_in_stands(self, normalised: str, found: _Found, asking: bool, quoting: list[str]) -> bool:
        """A plain request, with no opt-out word left beside it but one quoted in a mistake. In a question, only one
        asked as a request: the message or the opt-in opens with one ("can you add me back?", "I miss them, can I
        get them again?", "..., ¿me pueden volver a mandar los avisos?")."""
        before = normalised[:max(0, normalised.find(found.matched))]
        if asking and not (self._frames.match(normalised, 0) or self._frames.match(found.matched, 0)
                           or _REQUEST_LEAD.match(found.matched) or _REQUEST_BEFORE.search(before)
                           or _POLITE_ASKING.search(normalised.replace(" ", ""))):
            return False
        if not self._plain_request(normalised, found.matched):
            return False
        rest = normalised.replace(found.matched, " ", 1)
        if _OTHER_CHANNEL.search(rest):
            # "お知らせを受け取りたいのですが、メールでお願いします": wanted, but by e-mail, said in another clause
            return False
        for words in quoting:
            rest = rest.replace(words, " ")
        rest = self._told.sub(" ", rest)
        # A word that is filler in some language is not an opt-out left in the message ("stp", French for please).
        return not any(token in self._keywords.opt_out_words and not token.endswith("ed")
                       and token not in self._keywords.filler
                       for token in rest.split())

    @staticmethod
    def _plain_request(normalised: str, matched: str) -> bool:
        """No negation (within six words) or narration ("you", "why", "did" ...) just before an opt-in: "You put me
        back on the list after I said no" and "At no point did I opt in" tell, they do not ask."""
        before = _join_contractions(normalised[:max(0, normalised.find(matched))].split())
        # "the texts never came after that, please put me back on" asks
        if any(word in _OPT_IN_NEGATORS for word in _after_request_opener(before)[-_OPT_IN_NEGATION_WINDOW:]):
            return False
        window = " " + " ".join(before[-4:]) + " "
        told = before[-2:]
        if len(before) >= 2 and ((before[-1] in _RHETORICAL_SUBJECTS and before[-2] in _ASKING)
                                 or (before[-2] in _RHETORICAL_SUBJECTS and before[-1] in _PERMITTING)):
            # "can you start sending them again" asks, and "you can start texting me again" permits: neither tells;
            # what came before the request is another sentence ("they stopped, can you turn them back on"), unless
            # it asks how or why
            told = before[-3:-2]
        return not (any(word in _NARRATION for word in told)
                    or any(f" {lead} " in window for lead in _QUESTION_LEADS))

    def _mistake_language(self, mistake: re.Match[str]) -> str:
        return next((language for language, told in self._mistakes_by_language if told.search(mistake.group(0))), "en")


def _only_what_texts_are_about(text: str, targets: WholeWords | re.Pattern[str], texts: re.Pattern[str],
                               gap: int) -> bool:
    """Whether every target the text names is what the texts named right after it (past `gap` spaces) are about:
    "the refill texts", "예약 알림"."""
    while (target := targets.search(text)) is not None:
        if texts.match(text, target.end() + gap) is None:
            return False
        text = text[target.end():]
    return True


def _after_request_opener(words: list[str]) -> list[str]:
    """The words after the last "please": a request opens there, so a negation before it does not reach past it."""
    opened = [index for index, word in enumerate(words) if word in _REQUEST_OPENERS]
    return words[opened[-1] + 1:] if opened else words


_DEFAULT_ENGINE = KeywordEngine()


def engine_for(mode: MatchingMode, extra_keywords: Mapping[Intent, Iterable[str]],
               extra_language: str) -> KeywordEngine:
    """The engine for a configuration: the shared default one when nothing is added to the defaults."""
    if mode is MatchingMode.INTENT and not any(extra_keywords.values()):
        return _DEFAULT_ENGINE
    return KeywordEngine(mode, extra_keywords, extra_language)


def classify(text: str) -> Decision:
    """Classify with the defaults: intent matching, default keywords."""
    return _DEFAULT_ENGINE.classify(text)
