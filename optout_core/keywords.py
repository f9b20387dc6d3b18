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
    # Set when the message could also be read as something other than this request: the decision stands (for an
    # opt-out, the law's side) and goes to the review queue (review.py) for a person to confirm or reverse.
    review_reason: str | None = None

    def explain(self) -> str:
        return f"{self.intent.value} by {self.rule} on '{self.matched}' ({self.language})" if self.matched else "none"


NO_DECISION = Decision(Intent.NONE, "no match", "", "")

_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
# Invisible format characters (zero-width space, soft hyphen, joiners, marks of direction) that split "S\u200bTOP".
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_NOT_A_WORD = re.compile(r"[\W_]+")
# Letters with a stroke or ligatures have no decomposition to strip accents from.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae"})


def _fold(text: str) -> str:
    """NFKC, case-folded, accents stripped: ARRÊT and arret are the same word."""
    folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold().translate(_UNDECOMPOSABLE)
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", folded))


def normalise(text: str) -> str:
    """Folded (see _fold), punctuation, quotes and emoji dropped, whitespace collapsed."""
    return " ".join(_NOT_A_WORD.sub(" ", _fold(text)).split())


# Default keywords by intent and language. The FCC's seven per-se words are the first of the English opt-outs.
DEFAULT_KEYWORDS: Mapping[Intent, Mapping[str, tuple[str, ...]]] = {
    Intent.OPT_OUT: {
        "en": ("stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe",
               "stopall", "stop all", "optout", "unsub", "remove", "stop texts", "stop messages",
               "unsubscribe all", "cancel all", "end all", "quit all", "no more"),
        "fr": ("arret", "arrete", "arreter", "arrett", "arretez", "desabonner", "desabonnement", "desinscription",
               "stop sms"),
        "es": ("baja", "detener", "cancelar", "no mas", "alto", "salir", "darme de baja"),
        "pt": ("parar", "pare", "sair", "descadastrar", "cancelar inscricao"),
        "de": ("stopp", "halt", "abmelden", "abbestellen", "austragen", "beenden"),
        "it": ("ferma", "basta", "annulla", "disiscrivi", "disiscrivimi", "cancellami", "cancellatemi"),
        "pl": ("zatrzymaj", "wypisz", "wypisz mnie", "rezygnuje", "rezygnacja", "koniec"),
        "ru": ("стоп", "остановить", "отписаться", "отписка", "отпишите", "хватит"),
    },
    Intent.OPT_IN: {
        "en": ("start", "unstop", "resubscribe", "opt in", "optin", "resume", "subscribe", "restart", "unblock",
               "join"),
        "fr": ("nonarret", "reprendre", "recommencer", "abonner"),
        "es": ("volver", "recibir", "reanudar", "alta", "suscribir"),
        "pt": ("voltar", "receber", "retomar", "reativar", "inscrever"),
        "de": ("anmelden", "fortsetzen", "abonnieren"),
        "it": ("riprendi", "iscrivimi", "riattiva"),
        "pl": ("wznow", "zapisz"),
        "ru": ("старт", "возобновить", "подписаться"),
    },
    Intent.HELP: {
        "en": ("help", "info", "help me", "need help"),
        "fr": ("aide",),
        "es": ("ayuda",),
        "pt": ("ajuda",),
        "de": ("hilfe",),
        "it": ("aiuto",),
        "pl": ("pomoc", "pomocy"),
        "ru": ("помощь", "справка"),
        "nl": ("hulp",),
    },
}

# Politeness, greetings and interjections that do not change what a keyword asks for.
_FILLER = frozenset(normalise(" ".join((
    ("please pls plz plse pleas kindly thanks thx ty tks now ok okay k sorry hi hello hey dear "
     "just right away asap immediately already again it this that these those them seriously omg oh god "
     "fuck fucking ffs damn wtf man guys sir madam yall lol ugh"),
    "svp stp merci bonjour salut",                            # fr
    "gracias hola ya",                                        # es
    "obrigado obrigada ola ja",                               # pt
    "bitte danke hallo sofort jetzt",                         # de
    "grazie ciao subito",                                     # it
    "prosze dziekuje dzieki czesc",                           # pl
    "пожалуйста спасибо привет",                              # ru
))).split())
# Filler of several words, removed whole so that their parts ("s", "il", "por") never count as filler alone.
_FILLER_PHRASES = re.compile(r"\b(?:thank you|thank u|y all|s il vous plait|s il te plait|por favor|per favore)\b")

# Words that turn a request around when they come just before it ("don't stop sending deals"). Contractions are
# joined first ("don t" -> "dont"). "No" is not one: "No, stop texting me" is a clear opt-out.
_NEGATORS = frozenset(("dont", "never", "not", "cant", "cannot", "wont", "shouldnt", "didnt", "doesnt",
                       "nicht", "kein", "keine", "niemals", "non", "mai", "nao", "nunca", "ne", "pas", "jamais",
                       "nie", "nigdy", "не", "никогда"))
# In Spanish and Portuguese a plain "no" negates ("No dejen de mandarme ofertas"); in English it is an answer.
_NEGATORS_WITH_NO = _NEGATORS | {"no"}
# "Can't you just stop texting me?" is a demand, not a negation.
_RHETORICAL_SUBJECTS = frozenset(("you", "u", "ya"))
_NEGATION_WINDOW = 3

_CONTACT_VERB = (r"(?:text|txt|texting|txting|message|messaging|msg|msging|sms|contact|contacting|call|calling|"
                 r"send|sending|spam|spamming|bother|bothering|write|writing|email|emailing|receiving|getting)")
_MESSAGES = (r"(?:texts?|txts?|messages?|msgs?|sms|smss|notifications?|alerts?|promos?|promotions?|offers?|deals?|"
             r"ads?|marketing|spam|updates?|reminders?|these|them)")
_ME = r"(?:me|us|my number|this number)"

_NOT_ABOUT_TEXTS = (r"(?!\s+(?:from|of)\s+(?:the\s+|your\s+|my\s+|all\s+)?(?:emails?|e\s?mails?|newsletters?|"
                    r"mailings?|mailing\s+list|paper|receipts?|catalogs?|catalogues?|calls?|phone\s+calls?))")
_NOT_TO_YOU = r"(?!\s+(?:you|u|y\s?all|ya)\b)"  # "stop texting you guys" is the writer stopping, not a revocation

# Plain-language requests, by intent. Each name is `language_rule`; the rule is the explanation.
_PHRASES: Mapping[Intent, Mapping[str, str]] = {
    Intent.OPT_OUT: {
        "en_stop_contacting": rf"\b(?:stop|quit|cease|end|desist)\s+(?:{_CONTACT_VERB})\b{_NOT_TO_YOU}",
        "en_stop_messages": rf"\b(?:stop|quit|end|cancel|unsubscribe)\s+(?:(?:all|the|these|those|your|my|any|from)\s+)*{_MESSAGES}\b",
        "en_remove_me": rf"\b(?:remove|delete|drop|erase|lose)\s+{_ME}\b{_NOT_ABOUT_TEXTS}",
        "en_take_me_off": rf"\btake\s+{_ME}\s+off\b",
        "en_unsubscribe": rf"\b(?:unsubscribe|unsub|unsubscribing)\b{_NOT_ABOUT_TEXTS}",
        "en_opt_out": rf"\bopt(?:ing)?\s*(?:me\s+)?out\b{_NOT_ABOUT_TEXTS}",
        "en_no_more": rf"\bno\s+more\s+(?:(?:of\s+)?(?:your|these|this|the)\s+)?{_MESSAGES}\b",
        "en_dont_contact": rf"\b(?:don t|dont|do not|never|please dont)\s+(?:you\s+dare\s+)?(?:ever\s+|even\s+|start\s+)?{_CONTACT_VERB}\s+{_ME}\b",
        "en_dont_want": rf"\b(?:i|we)\s+(?:dont|don t|do not|no longer)\s+(?:want|wish|need)\s+(?:to\s+(?:receive|get)\s+)?(?:any\s+)?(?:more\s+)?(?:of\s+)?(?:your\s+|these\s+|the\s+)?{_MESSAGES}\b",
        "en_rather_not": rf"\b(?:rather|prefer)\s+not\s+(?:to\s+)?(?:get|receive)\s+(?:any\s+)?(?:more\s+)?(?:of\s+)?(?:your\s+|these\s+|the\s+)?{_MESSAGES}\b",
        "en_consent": r"\b(?:revoke|revoking|withdraw|withdrawing|cancel|cancelling|rescind)\s+(?:my\s+|all\s+|any\s+)?consent\b",
        "en_cease_and_desist": r"\bcease\s+and\s+desist\b",
        "en_do_not_text_list": r"\b(?:do\s+not|dont)\s+(?:text|contact|call|sms|message)\s+list\b",
        "en_leave_alone": r"\bleave\s+me\s+alone\b",
        "en_want_out": r"\b(?:i\s+)?want\s+out\b",
        "en_cancel_texts": r"\bcancel\s+(?:my\s+)?(?:sms|text|texting|message)\s+(?:subscription|alerts?|service)\b",
        "fr_stop_contacting": r"\b(?:arretez|arrete|arreter|cessez|stop)\s+(?:de\s+)?(?:m|me|nous)?\s*(?:envoyer|ecrire|contacter|spammer|harceler)\w*",
        "fr_dont_send": r"\bne\s+(?:m|me|nous)\s+(?:envoyez|envoie|ecrivez|ecris|contactez)\s+plus\b",
        "fr_dont_want": r"\bne\s+(?:veux|souhaite|desire)\s+plus\s+(?:recevoir|de|vos|ces)\b",
        "fr_no_more": r"\bplus\s+de\s+(?:messages?|sms|textos?|pub)\b",
        "fr_unsubscribe": r"\b(?:desabonn|desinscri|retirez\s+moi|supprimez\s+moi)\w*",
        "es_stop_sending": r"\b(?:dejen?|deja|paren?|para)\s+de\s+(?:enviar|mandar|escribir|molestar)\w*",
        "es_no_longer": r"\bya\s+no\s+(?:me\s+)?(?:envien|manden|escriban|quiero)\b",
        "es_dont_write_again": r"\bno\s+(?:me\s+)?(?:vuelvan|vuelva)\s+a\s+(?:escribir|enviar|mandar|contactar)\w*",
        "es_unsubscribe": r"\b(?:de\s+baja|darme\s+de\s+baja|borrame|eliminame|quitame|de\s?suscrib\w*)\b",
        "es_dont_want": r"\bno\s+quiero\s+(?:recibir\s+)?(?:mas\s+)?(?:mensajes|sms|textos)\b",
        "es_no_more": r"\bno\s+mas\s+(?:mensajes|sms|textos)\b",
        "es_dont_send_more": r"\bno\s+(?:me\s+)?(?:envien|manden|escriban)\s+mas\b",
        "pt_stop_sending": r"\b(?:parem?|pare)\s+de\s+(?:me\s+)?(?:enviar|mandar)\w*",
        "pt_dont_want": r"\bnao\s+(?:quero|desejo)\s+(?:mais\s+)?(?:receber\s+)?(?:mais\s+)?(?:mensagens|sms)\b",
        "pt_dont_send": r"\bnao\s+me\s+(?:envie|enviem|mande|mandem)\s+mais\b",
        "pt_unsubscribe": r"\b(?:descadastr\w*|me\s+tire\s+da\s+lista|tirem\s+me)\b",
        "de_no_more": r"\bkeine\s+(?:sms|nachrichten|werbung|mitteilungen|textnachrichten)\b",
        "de_stop": r"\b(?:hort|horen\s+sie)\s+auf\b",
        "de_unsubscribe": r"\b(?:abmelden|abbestellen|austragen)\b",
        "de_dont_write": r"\bnicht\s+mehr\s+(?:schreiben|kontaktieren|senden|anschreiben|anrufen)\b",
        "it_dont_send": r"\bnon\s+(?:mi\s+)?(?:inviate|mandate|scrivete|inviatemi|mandatemi|scrivetemi)\w*\s+piu\b",
        "it_dont_want": r"\bnon\s+(?:voglio|desidero)\s+piu\s+(?:ricevere|messaggi|sms)\b",
        "it_stop_sending": r"\bsmettete\s+di\s+(?:invia|manda|scriv)\w*",
        "it_unsubscribe": r"\b(?:disiscriv\w*|cancellami|cancellatemi|toglietemi|rimuovetemi|rimuovimi)\b",
        "pl_unsubscribe": r"\bwypisz(?:cie)?\s+mnie\b",
        "pl_dont_send": r"\bnie\s+(?:wysylajcie|piszcie|wysylaj)\b",
        "pl_dont_want": r"\bnie\s+chce\s+(?:wiecej|juz|dostawac|otrzymywac)\b",
        "pl_stop_sending": r"\bprzesta\w*\s+(?:do\s+mnie\s+)?(?:wysylac|pisac)\b",
        "ru_unsubscribe": r"\b(?:отпишите|отписаться)\b",
        "ru_no_more": r"\bбольше\s+не\s+(?:присылайте|пишите|отправляйте|присылать)\b",
        "ru_dont_send": r"\bне\s+(?:присылайте|пишите|отправляйте)\s+мне\b",
        "ru_enough": r"\bхватит\s+(?:присылать|писать|слать|спамить)\b",
        "ru_stop_sending": r"\bпрекрат\w*\s+(?:присылать|писать|слать|отправлять|рассылку)\b",
        "ru_refuse": r"\bотказ\w*\s+от\s+(?:рассылки|сообщений|смс)\b",
    },
    Intent.OPT_IN: {
        "en_resubscribe": r"\b(?:resubscribe|re subscribe|subscribe\s+me\s+again|sign\s+me\s+(?:back\s+)?up)\b",
        "en_opt_in": r"\bopt\s*(?:me\s+)?(?:back\s+)?in\b",
        "en_resume": rf"\b(?:start|resume)\s+(?:sending|texting|messaging)\s+(?:me\s+)?(?:(?:your|the)\s+)?(?:{_MESSAGES}\s+)?again\b",
        "en_want_again": rf"\b(?:i|we)\s+(?:want|would like|d like)\s+to\s+(?:receive|get)\s+(?:your\s+|the\s+)?{_MESSAGES}\s+again\b",
        "en_back_on_list": r"\b(?:add|put)\s+me\s+back\b",
        "en_turn_back_on": rf"\bturn\s+(?:the\s+|your\s+)?{_MESSAGES}\s+back\s+on\b",
        "en_resume_messages": rf"\bresume\s+(?:my\s+|the\s+|your\s+)?{_MESSAGES}\b",
        "fr_subscribe": r"\b(?:abonnez\s+moi|m\s+abonner|inscrivez\s+moi)\b",
        "es_subscribe": r"\b(?:suscribeme|darme\s+de\s+alta|dar\s+de\s+alta)\b",
        "pt_receive_again_2": r"\breceber\s+(?:novamente|de\s+novo)\b",
        "pt_subscribe": r"\b(?:reativ|inscrev)\w*",
        "de_receive_again": r"\bwieder\s+(?:sms|nachrichten)\s+(?:erhalten|empfangen|bekommen)\b",
        "it_receive_again": r"\bricevere\s+di\s+nuovo\b|\bdi\s+nuovo\s+ricevere\b",
        "pl_receive_again": r"\b(?:znowu|ponownie)\s+(?:dostawac|otrzymywac)\b",
        "fr_resubscribe": r"\breabonn\w*",
        "fr_receive_again": r"\brecevoir\s+(?:de\s+|a\s+)nouveau\b",
        "es_receive_again": r"\bvolver\s+a\s+recibir\b",
        "pt_receive_again": r"\bvoltar\s+a\s+receber\b",
        "de_subscribe_again": r"\bwieder\s+(?:anmelden|abonnieren|empfangen)\b",
        "it_reactivate": r"\briattiva\w*",
        "pl_subscribe_again": r"\bzapisz\s+mnie\b",
        "ru_receive_again": r"\bснова\s+(?:получать|подписаться)\b",
    },
    Intent.HELP: {
        "en_need_help": r"\b(?:i\s+)?need\s+(?:some\s+)?help\b",
        "fr_need_help": r"\bbesoin\s+d\s+aide\b",
        "es_need_help": r"\bnecesito\s+ayuda\b",
        "pt_need_help": r"\bpreciso\s+de\s+ajuda\b",
        "de_need_help": r"\bbrauche\s+hilfe\b",
        "it_need_help": r"\bho\s+bisogno\s+di\s+aiuto\b",
    },
}

# Typos are forgiven only in opt-out keywords: a misread opt-in ("recibi", I received, ~ "recibir") would text
# someone who said STOP, while a misread opt-out only stops texts. Short words only forgive swapped neighbours.
_TYPO_ANY_EDIT_MIN_LENGTH = 6
_TYPO_SWAP_MIN_LENGTH = 4
# Words one edit from a keyword that mean something else: "Cancer", "Remote", "Removed?".
_REAL_WORDS_NEAR_KEYWORDS = frozenset(("cancer", "remote", "removed", "remover", "removes", "revoked", "revokes",
                                       "cancels", "quits", "ended", "ends", "stops", "halts"))
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n\u3002\uff01\uff1f]+")
_REPEATED_LETTER = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class _Keyword:
    intent: Intent
    language: str
    words: str


def _one_edit_apart(word: str, keyword: str, swaps_only: bool) -> bool:
    """One insertion, deletion, substitution or swap of neighbours (Damerau-Levenshtein distance 1)."""
    if abs(len(word) - len(keyword)) > 1 or word == keyword:
        return False
    prefix = 0
    while prefix < min(len(word), len(keyword)) and word[prefix] == keyword[prefix]:
        prefix += 1
    a, b = word[prefix:], keyword[prefix:]
    swapped = len(a) >= 2 and len(a) == len(b) and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:]
    return swapped or (not swaps_only and (a[1:] == b[1:] or a[1:] == b or a == b[1:]))


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
        single_word_opt_outs = {words: keyword for words, keyword in self._keywords.items()
                                if keyword.intent is Intent.OPT_OUT and " " not in words}
        # "s t o p", "un subscribe", "stooop": the same word, spaced out or stretched.
        self._squeezed_opt_outs = {_REPEATED_LETTER.sub(r"\1", words): keyword
                                   for words, keyword in single_word_opt_outs.items()}
        self._typo_candidates = [(words, keyword, len(words) < _TYPO_ANY_EDIT_MIN_LENGTH)
                                 for words, keyword in single_word_opt_outs.items()
                                 if len(words) >= _TYPO_SWAP_MIN_LENGTH]
        self._opt_out_words = frozenset(single_word_opt_outs)
        self._leading = sorted(self._keywords, key=len, reverse=True)
        # One regex per intent, tried only where a word starts: twice as fast as letting every alternative
        # look for its own word boundary.
        self._phrases = {
            intent: re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{_fold(pattern).removeprefix(chr(92) + 'b')})"
                                                   for name, pattern in patterns.items()) + ")")
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
        core = _core(normalised)
        return (self._keyword_with_filler(core) or self._keyword_clause(text) or self._phrase(text, normalised)
                or self._misspelt_keyword(core) or NO_DECISION)

    def _leading_keyword(self, normalised: str) -> Decision:
        for words in self._leading:
            if normalised.startswith(words + " "):
                keyword = self._keywords[words]
                return Decision(keyword.intent, "leading keyword", words, keyword.language)
        return NO_DECISION

    def _lookup(self, core: list[str]) -> _Keyword | None:
        return self._keywords.get(" ".join(core)) if core else None

    def _keyword_with_filler(self, core: list[str]) -> Decision | None:
        keyword = self._lookup(core)
        if keyword is None:
            return None
        return Decision(keyword.intent, "keyword with filler", keyword.words, keyword.language)

    def _keyword_clause(self, text: str) -> Decision | None:
        """A keyword standing as a sentence of its own: "I never signed up for this, stop" or "What is this? HELP".
        Not for opting in: a stray START in a longer message should not undo someone's STOP."""
        clauses = _CLAUSE_BREAK.split(text)
        if len(clauses) < 2:
            return None
        for clause in clauses:
            keyword = self._lookup(_core(normalise(clause)))
            if keyword is not None and keyword.intent is not Intent.OPT_IN:
                return Decision(keyword.intent, "keyword as a sentence", keyword.words, keyword.language)
        return None

    def _misspelt_keyword(self, core: list[str]) -> Decision | None:
        if not core or len(core) > 4:
            return None
        joined = "".join(core)
        squeezed = self._squeezed_opt_outs.get(_REPEATED_LETTER.sub(r"\1", joined))
        if squeezed is not None:
            return Decision(Intent.OPT_OUT, "keyword spaced out or stretched", f"{' '.join(core)} ~ {squeezed.words}",
                            squeezed.language)
        if len(core) > 2:
            return None
        if joined in _REAL_WORDS_NEAR_KEYWORDS:
            return None
        for words, keyword, swaps_only in self._typo_candidates:
            if _one_edit_apart(joined, words, swaps_only):
                return Decision(Intent.OPT_OUT, "keyword with a typo", f"{' '.join(core)} ~ {words}", keyword.language)
        return None

    def _phrase(self, text: str, normalised: str) -> Decision | None:
        for intent in (Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP):
            for match in self._phrases[intent].finditer(normalised):
                rule_name = match.lastgroup or ""
                if _negated(normalised, match.start(), rule_name):
                    continue
                if intent is Intent.OPT_IN and not self._plain_request_to_opt_in(text, normalised, match.start()):
                    continue
                language, _, rule = rule_name.partition("_")
                return Decision(intent, f"phrase: {rule.replace('_', ' ')}", match.group(0), language)
        return None

    def _plain_request_to_opt_in(self, text: str, normalised: str, start: int) -> bool:
        """An opt-in phrase counts only as a plain request: one sentence, not a question, no opt-out word anywhere,
        no negation or narration before it. "I said stop. Why did you sign me up again?" is a complaint, and
        reading it as an opt-in would text someone who said STOP."""
        if "?" in text or len([clause for clause in _CLAUSE_BREAK.split(text) if clause.strip()]) > 1:
            return False
        tokens = normalised.split()
        if any(token in self._opt_out_words for token in tokens):
            return False
        before = _join_contractions(normalised[:start].split())
        if any(word in _NEGATORS or word == "no" for word in before[-_OPT_IN_NEGATION_WINDOW:]):
            return False
        window = " " + " ".join(before[-4:]) + " "
        return not (any(word in _NARRATION for word in before[-2:])
                    or any(f" {lead} " in window for lead in _QUESTION_LEADS))


def _core(normalised: str) -> list[str]:
    """The words that carry meaning: filler dropped, and a repeated word ("stop stop stop") counted once."""
    core = [token for token in _FILLER_PHRASES.sub(" ", normalised).split() if token not in _FILLER]
    return [token for index, token in enumerate(core) if index == 0 or token != core[index - 1]]


# "Do I need to opt in to get the discount?" asks about opting in; "you put me back on the list" tells what happened.
_QUESTION_LEADS = ("do i", "can i", "should i", "how do i", "how to", "need to", "have to", "if i", "must i")
_NARRATION = frozenset(("you", "u", "they", "he", "she", "who", "why", "did", "didnt", "how", "when", "never"))
_OPT_IN_NEGATION_WINDOW = 6


def _join_contractions(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    for token in tokens:
        if token == "t" and joined and joined[-1].endswith("n"):  # noqa: S105 - a word, not a secret
            joined[-1] += "t"
        else:
            joined.append(token)
    return joined


def _negated(normalised: str, start: int, rule: str) -> bool:
    """Whether a word just before the match negates it; rules that are themselves negations never are."""
    if "dont" in rule or "no_more" in rule or "no_longer" in rule:
        return False
    before = _join_contractions(normalised[:start].split())[-_NEGATION_WINDOW:]
    following = [*before[1:], ""]
    negators = _NEGATORS_WITH_NO if rule[:3] in ("es_", "pt_") else _NEGATORS
    return any(word in negators and after not in _RHETORICAL_SUBJECTS
               for word, after in zip(before, following, strict=False))  # no words before: `following` is [""]


_DEFAULT_ENGINE = KeywordEngine()


def engine_for(mode: MatchingMode, extra_keywords: Mapping[Intent, Iterable[str]], extra_language: str) -> KeywordEngine:
    """The engine for a configuration: the shared default one when nothing is added to the defaults."""
    if mode is MatchingMode.INTENT and not any(extra_keywords.values()):
        return _DEFAULT_ENGINE
    return KeywordEngine(mode, extra_keywords, extra_language)


def classify(text: str) -> Decision:
    """Classify with the defaults: intent matching, default keywords."""
    return _DEFAULT_ENGINE.classify(text)
