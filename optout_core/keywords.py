"""The keyword engine: what an inbound text asks for (opt out, opt in, help, or nothing), and why.

Pure code, no I/O. Three matching modes (docs/keywords.md):
- `exact`: the whole message, normalised, is a keyword;
- `leading`: the message begins with a keyword;
- `intent` (default): a keyword alone or with politeness and filler ("STOP please",
  "pls stop"), a keyword with one typo, or a plain-language request that the
  FCC would count as revoking consent ("please stop texting me"), in English
  and the other languages below; a keyword used in another sense ("I can't stop
  laughing") or negated ("please don't stop sending deals") does not count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum


class Intent(str, Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    NONE = "none"


class MatchingMode(str, Enum):
    EXACT = "exact"
    LEADING = "leading"
    INTENT = "intent"


@dataclass(frozen=True)
class Decision:
    """What a message asks for, with its explanation: the rule that decided and the words it matched."""

    intent: Intent
    rule: str
    matched: str
    language: str

    def explain(self) -> str:
        return f"{self.intent.value} by {self.rule} on '{self.matched}' ({self.language})" if self.matched else "none"


NO_DECISION = Decision(Intent.NONE, "no match", "", "")

_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_NOT_A_WORD = re.compile(r"[\W_]+")
# Letters with a stroke or ligatures have no decomposition to strip accents from.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae"})


def _fold(text: str) -> str:
    """NFKC, case-folded, accents stripped: ARRÊT and arret are the same word."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_UNDECOMPOSABLE)
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", folded))


def normalise(text: str) -> str:
    """Folded (see _fold), punctuation, quotes and emoji dropped, whitespace collapsed."""
    return " ".join(_NOT_A_WORD.sub(" ", _fold(text)).split())


# Default keywords by intent and language. The FCC's seven per-se words are the first of the English opt-outs.
DEFAULT_KEYWORDS: Mapping[Intent, Mapping[str, tuple[str, ...]]] = {
    Intent.OPT_OUT: {
        "en": ("stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe",
               "stopall", "stop all", "optout", "unsub", "remove", "stop texts", "stop messages",
               "unsubscribe all", "cancel all", "end all", "quit all"),
        "fr": ("arret", "arrete", "arreter", "arrett", "arretez", "desabonner", "desabonnement", "desinscription",
               "stop sms"),
        "es": ("baja", "detener", "cancelar", "no mas", "alto", "salir", "darme de baja"),
        "pt": ("parar", "pare", "sair", "descadastrar", "cancelar inscricao"),
        "de": ("stopp", "halt", "abmelden", "abbestellen", "austragen", "beenden"),
        "it": ("ferma", "basta", "annulla", "disiscrivi", "disiscrivimi", "cancellami"),
        "pl": ("zatrzymaj", "wypisz", "wypisz mnie", "rezygnuje", "rezygnacja"),
        "ru": ("стоп", "остановить", "отписаться", "отписка", "отпишите"),
    },
    Intent.OPT_IN: {
        "en": ("start", "unstop", "resubscribe", "opt in", "optin"),
        "fr": ("nonarret", "reprendre"),
        "es": ("volver", "recibir", "reanudar"),
        "pt": ("voltar", "receber", "retomar"),
        "de": ("anmelden", "fortsetzen"),
        "it": ("riprendi", "iscrivimi"),
        "pl": ("wznow",),
        "ru": ("старт", "возобновить"),
    },
    Intent.HELP: {
        "en": ("help", "info", "help me", "need help"),
        "fr": ("aide",),
        "es": ("ayuda",),
        "pt": ("ajuda",),
        "de": ("hilfe",),
        "it": ("aiuto",),
        "pl": ("pomoc", "pomocy"),
        "ru": ("помощь",),
        "nl": ("hulp",),
    },
}

# Politeness, greetings and interjections that do not change what a keyword asks for.
_FILLER = frozenset(normalise(" ".join((
    "please pls plz plse pleas kindly thanks thank you thx ty tks now ok okay k sorry hi hello hey dear "
    "just right away asap immediately already it this that these those them now seriously omg oh god "
    "fuck fucking ffs damn wtf man guys sir madam yall y all lol ugh",
    "svp stp s il vous te plait merci bonjour salut",       # fr
    "por favor gracias hola ya",                              # es
    "obrigado obrigada ola ja",                               # pt
    "bitte danke hallo sofort jetzt",                         # de
    "per favore grazie ciao subito",                          # it
    "prosze dziekuje dzieki czesc",                           # pl
    "пожалуйста спасибо привет",                              # ru
))).split())

# Words that turn a request around when they come just before it ("don't stop sending deals"). Contractions are
# joined first ("don t" -> "dont"). "No" is not one: "No, stop texting me" is a clear opt-out.
_NEGATORS = frozenset(("dont", "never", "not", "cant", "cannot", "wont", "shouldnt", "didnt", "doesnt",
                       "nicht", "non", "nao", "ne", "nie", "не"))
# "Can't you just stop texting me?" is a demand, not a negation.
_RHETORICAL_SUBJECTS = frozenset(("you", "u", "ya"))
_NEGATION_WINDOW = 3

_CONTACT_VERB = (r"(?:text|txt|texting|txting|message|messaging|msg|msging|sms|contact|contacting|call|calling|"
                 r"send|sending|spam|spamming|bother|bothering|write|writing|email|emailing|receiving|getting)")
_MESSAGES = (r"(?:texts?|txts?|messages?|msgs?|sms|smss|notifications?|alerts?|promos?|promotions?|offers?|deals?|"
             r"ads?|marketing|spam|updates?|reminders?|these|them)")
_ME = r"(?:me|us|my number|this number)"

# Plain-language requests, by intent. Each name is `language_rule`; the rule is the explanation.
_PHRASES: Mapping[Intent, Mapping[str, str]] = {
    Intent.OPT_OUT: {
        "en_stop_contacting": rf"\b(?:stop|quit|cease|end)\s+(?:{_CONTACT_VERB})\b",
        "en_stop_messages": rf"\b(?:stop|quit|end|cancel|unsubscribe)\s+(?:(?:all|the|these|those|your|my|any|from)\s+)*{_MESSAGES}\b",
        "en_remove_me": rf"\b(?:remove|delete|drop|erase)\s+{_ME}\b",
        "en_take_me_off": rf"\btake\s+{_ME}\s+off\b",
        "en_unsubscribe": r"\b(?:unsubscribe|unsub|unsubscribing)\b",
        "en_opt_out": r"\bopt(?:ing)?\s*(?:me\s+)?out\b",
        "en_no_more": rf"\bno\s+more\s+(?:(?:of\s+)?(?:your|these|this|the)\s+)?{_MESSAGES}\b",
        "en_dont_contact": rf"\b(?:don t|dont|do not|never|please dont)\s+(?:ever\s+|even\s+|start\s+)?{_CONTACT_VERB}\s+{_ME}\b",
        "en_dont_want": rf"\b(?:i|we)\s+(?:dont|don t|do not|no longer)\s+want\s+(?:to\s+(?:receive|get)\s+)?(?:any\s+)?(?:more\s+)?(?:of\s+)?(?:your\s+|these\s+|the\s+)?{_MESSAGES}\b",
        "en_leave_alone": r"\bleave\s+me\s+alone\b",
        "en_wrong_number": r"\bwrong\s+(?:number|person)\b",
        "en_cancel_texts": r"\bcancel\s+(?:my\s+)?(?:sms|text|texting|message)\s+(?:subscription|alerts?|service)\b",
        "fr_stop_contacting": r"\b(?:arretez|arrete|arreter|cessez|stop)\s+(?:de\s+)?(?:m|me|nous)?\s*(?:envoyer|ecrire|contacter|spammer|harceler)\w*",
        "fr_dont_send": r"\bne\s+(?:m|me|nous)\s+(?:envoyez|envoie|ecrivez|ecris|contactez)\s+plus\b",
        "fr_no_more": r"\bplus\s+de\s+(?:messages?|sms|textos?|pub)\b",
        "fr_unsubscribe": r"\b(?:desabonn|desinscri|retirez\s+moi|supprimez\s+moi)\w*",
        "es_stop_sending": r"\b(?:dejen?|deja|paren?|para)\s+de\s+(?:enviar|mandar|escribir|molestar)\w*",
        "es_no_longer": r"\bya\s+no\s+(?:me\s+)?(?:envien|manden|escriban|quiero)\b",
        "es_unsubscribe": r"\b(?:de\s+baja|darme\s+de\s+baja|borrame|eliminame|quitame)\b",
        "es_dont_want": r"\bno\s+quiero\s+(?:recibir\s+)?(?:mas\s+)?(?:mensajes|sms|textos)\b",
        "es_no_more": r"\bno\s+mas\s+(?:mensajes|sms|textos)\b",
        "pt_stop_sending": r"\b(?:parem?|pare)\s+de\s+(?:me\s+)?(?:enviar|mandar)\w*",
        "pt_dont_want": r"\bnao\s+(?:quero|desejo)\s+(?:mais\s+)?(?:receber\s+)?(?:mais\s+)?(?:mensagens|sms)\b",
        "pt_dont_send": r"\bnao\s+me\s+(?:envie|enviem|mande|mandem)\s+mais\b",
        "pt_unsubscribe": r"\b(?:descadastr\w*|me\s+tire\s+da\s+lista|tirem\s+me)\b",
        "de_no_more": r"\bkeine\s+(?:sms|nachrichten|werbung|mitteilungen|textnachrichten)\b",
        "de_stop": r"\b(?:hort|horen\s+sie)\s+auf\b",
        "de_unsubscribe": r"\b(?:abmelden|abbestellen|austragen)\b",
        "it_dont_send": r"\bnon\s+(?:mi\s+)?(?:inviate|mandate|scrivete|inviatemi|mandatemi|scrivetemi)\w*\s+piu\b",
        "it_stop_sending": r"\bsmettete\s+di\s+(?:inviare|mandare|scrivere)\w*",
        "it_unsubscribe": r"\b(?:disiscriv\w*|cancellami|toglietemi)\b",
        "pl_unsubscribe": r"\bwypisz(?:cie)?\s+mnie\b",
        "pl_dont_send": r"\bnie\s+(?:wysylajcie|piszcie|wysylaj)\b",
        "pl_stop_sending": r"\bprzestancie\s+(?:wysylac|pisac)\b",
        "ru_unsubscribe": r"\b(?:отпишите|отписаться)\b",
        "ru_no_more": r"\bбольше\s+не\s+(?:присылайте|пишите|отправляйте|присылать)\b",
        "ru_dont_send": r"\bне\s+(?:присылайте|пишите|отправляйте)\s+мне\b",
        "ru_enough": r"\bхватит\s+(?:присылать|писать|слать|спамить)\b",
    },
    Intent.OPT_IN: {
        "en_resubscribe": r"\b(?:resubscribe|re subscribe|subscribe\s+me\s+again|sign\s+me\s+(?:back\s+)?up)\b",
        "en_opt_in": r"\bopt\s*(?:me\s+)?(?:back\s+)?in\b",
        "en_resume": rf"\b(?:start|resume)\s+(?:sending|texting|messaging)\s+(?:me\s+)?(?:{_MESSAGES}\s+)?again\b",
        "en_want_again": rf"\b(?:i|we)\s+(?:want|would like)\s+to\s+(?:receive|get)\s+(?:your\s+)?{_MESSAGES}\s+again\b",
    },
    Intent.HELP: {
        "en_what_is_this": r"^(?:what|who)\s+is\s+this$",
    },
}

_TYPO_MIN_LENGTH = 6


@dataclass(frozen=True)
class _Keyword:
    intent: Intent
    language: str
    words: str


def _within_one_edit(word: str, keyword: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours (Damerau-Levenshtein distance at most 1)."""
    if abs(len(word) - len(keyword)) > 1 or word == keyword:
        return False
    prefix = 0
    while prefix < min(len(word), len(keyword)) and word[prefix] == keyword[prefix]:
        prefix += 1
    a, b = word[prefix:], keyword[prefix:]
    return (a[1:] == b[1:] or a[1:] == b or a == b[1:]
            or (len(a) >= 2 and len(a) == len(b) and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:]))


class KeywordEngine:
    """Classifies messages for one configuration (mode and extra keywords); build once, reuse."""

    def __init__(self, mode: MatchingMode = MatchingMode.INTENT,
                 extra_keywords: Mapping[Intent, Iterable[str]] | None = None, extra_language: str = "en") -> None:
        self.mode = mode
        self._keywords: dict[str, _Keyword] = {}
        # Extra keywords come first so a sender's own word decides where it collides with a default.
        for intent, words in (extra_keywords or {}).items():
            self._add(intent, extra_language, words)
        for intent, by_language in DEFAULT_KEYWORDS.items():
            for language, words in by_language.items():
                self._add(intent, language, words)
        # Typos are forgiven only for opting out: a misread opt-in ("recibi", I received, ~ "recibir") would
        # text someone who said STOP, a misread opt-out only stops texts.
        self._typo_candidates = [(words, keyword) for words, keyword in self._keywords.items()
                                 if keyword.intent is Intent.OPT_OUT and " " not in words
                                 and len(words) >= _TYPO_MIN_LENGTH]
        self._leading = sorted(self._keywords, key=len, reverse=True)
        self._phrases = {
            intent: re.compile("|".join(f"(?P<{name}>{_fold(pattern)})" for name, pattern in patterns.items()))
            for intent, patterns in _PHRASES.items()
        }

    def _add(self, intent: Intent, language: str, words: Iterable[str]) -> None:
        for word in words:
            key = normalise(word)
            if key:
                self._keywords.setdefault(key, _Keyword(intent, language, key))

    def classify(self, text: str) -> Decision:
        normalised = normalise(text)
        if not normalised:
            return NO_DECISION
        exact = self._keywords.get(normalised)
        if exact is not None:
            return Decision(exact.intent, "keyword", exact.words, exact.language)
        if self.mode is MatchingMode.EXACT:
            return NO_DECISION
        if self.mode is MatchingMode.LEADING:
            return self._leading_keyword(normalised)
        return (self._keyword_with_filler(normalised) or self._phrase(normalised)
                or self._keyword_typo(normalised) or NO_DECISION)

    def _leading_keyword(self, normalised: str) -> Decision:
        for words in self._leading:
            if normalised.startswith(words + " "):
                keyword = self._keywords[words]
                return Decision(keyword.intent, "leading keyword", words, keyword.language)
        return NO_DECISION

    def _keyword_with_filler(self, normalised: str) -> Decision | None:
        tokens = normalised.split()
        core = [token for token in tokens if token not in _FILLER]
        # "stop stop stop" asks once.
        deduplicated = [token for index, token in enumerate(core) if index == 0 or token != core[index - 1]]
        keyword = self._keywords.get(" ".join(deduplicated))
        if keyword is None or not deduplicated:
            return None
        return Decision(keyword.intent, "keyword with filler", keyword.words, keyword.language)

    def _keyword_typo(self, normalised: str) -> Decision | None:
        core = [token for token in normalised.split() if token not in _FILLER]
        if len(core) != 1:
            return None
        for words, keyword in self._typo_candidates:
            if _within_one_edit(core[0], words):
                return Decision(keyword.intent, "keyword with a typo", f"{core[0]} ~ {words}", keyword.language)
        return None

    def _phrase(self, normalised: str) -> Decision | None:
        for intent in (Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP):
            for match in self._phrases[intent].finditer(normalised):
                if not _negated(normalised, match.start(), match.lastgroup or ""):
                    language, _, rule = (match.lastgroup or "").partition("_")
                    return Decision(intent, f"phrase: {rule.replace('_', ' ')}", match.group(0), language)
        return None


def _join_contractions(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    for token in tokens:
        if token == "t" and joined and joined[-1].endswith("n"):
            joined[-1] += "t"
        else:
            joined.append(token)
    return joined


def _negated(normalised: str, start: int, rule: str) -> bool:
    """Whether a word just before the match negates it; rules that are themselves negations never are."""
    if "dont" in rule or "no_more" in rule or "no_longer" in rule:
        return False
    before = _join_contractions(normalised[:start].split())[-_NEGATION_WINDOW:]
    following = before[1:] + [""]
    return any(word in _NEGATORS and after not in _RHETORICAL_SUBJECTS for word, after in zip(before, following))


_DEFAULT_ENGINE = KeywordEngine()


def classify(text: str) -> Decision:
    """Classify with the defaults: intent matching, default keywords."""
    return _DEFAULT_ENGINE.classify(text)
