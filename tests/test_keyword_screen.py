"""The screen in front of the keyword engine's longest regex (optout_core/keywords/screen.py): it may only spare the
regex engine work, never change a match."""

import re

import pytest

from keyword_report import CORPORA, TUNING_SETS, load
from optout_core.keywords import KeywordEngine, normalise
from optout_core.keywords.languages import LEXICONS
from optout_core.keywords.lexicon import Lexicon, Rule
from optout_core.keywords.patterns import WordNeeds, at_start_only, word_groups, word_needs
from optout_core.keywords.rules import CompiledRules, WholeWords
from optout_core.keywords.screen import Screened

TEXTS = [normalise(example.text) for name in TUNING_SETS for example in load(CORPORA[name])]


def same_matches(screened: Screened, regex: str, texts: list[str]) -> None:
    plain = re.compile(regex)
    for text in texts:
        found, expected = screened.search(text), plain.search(text)
        assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0))), text
        assert [m.span() for m in screened.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_engines_mistakes_are_found_as_without_the_screen_and_most_messages_are_spared_the_regex():
    screened = KeywordEngine()._mistakes
    texts = TEXTS + [" ".join(text.split()[::-1]) for text in TEXTS]  # the same words in another order too
    same_matches(screened, screened.regex.pattern, texts)
    telling_none = [text for text in TEXTS if screened.regex.search(text) is None]
    spared = sum(not screened.possible(text) for text in telling_none)
    assert spared >= 0.9 * len(telling_none)


@pytest.mark.parametrize(("regex", "texts"), [
    # Strings that begin with one another or overlap: the scan must see every one of them where it starts.
    (r"(?:stop|stopall|top)\s+(?:by\s+mistake|oops)", ["stopall oops", "top by mistake", "stop oops", "sto oops"]),
    (r"opt\s+out|pt\s+ou\w", ["xopt out", "pt oux", "opt  out", "op tout"]),
    # Optional parts, repeats and classes require nothing; a repeat of at least one requires its inside.
    (r"a(?:bc)?d+|[xy]z", ["ad", "abcd", "xz", "yz", "zz", "abc"]),
    (r"(?:ha)+\s+(?:lol|lmao)", ["haha lol", "ha lmao", "h lol"]),
    # A branch that needs no known string, a lookahead, an empty alternative: every text may match.
    (r"stop\w*|\w+ing", ["running", "stopped", "x"]),
    (r"(?=\w)(?:|never)\s*mind", ["mind", "never mind", " mind"]),
    # Case-insensitive patterns are not screened (their strings are not matched as written).
    (r"(?i)stop", ["STOP", "Stop"]),
    (r"(?i:oops) sorry", ["OOPS sorry"]),
    # Scripts without spaces, and characters that mean something in a regex.
    (r"(?:不小心|误)(?:.{0,3})(?:发|回复)了?(?:退订|td)?|\$5\.00 off",
     ["我不小心发了退订", "误回复", "get $5.00 off", "$5x00 off"]),
])
def test_matches_are_the_same_with_the_screen(regex, texts):
    same_matches(Screened(regex), regex, texts)


def test_an_alternative_that_alone_can_match_is_searched_alone_with_the_same_matches():
    regex = r"(?:sent|texted)\s+(?:stop|end)\s+by\s+(?:mistake|accident)|oops\s+stop|stop\s+oops"
    screened = Screened(regex)
    same_matches(screened, regex, ["i sent stop by mistake", "oops stop", "stop by accident", "oops", "texted end by",
                                   "oops stop oops", "stop oops stop", "oops i sent stop by accident oops stop"])
    assert not screened.possible("i sent stop, stop it")  # "sent" but neither "mistake" nor "accident", nor "oops"
    assert screened.possible("oops stop")


def test_texts_without_the_strings_a_match_needs_are_turned_away():
    screened = Screened(r"(?:sent|texted)\s+stop\s+by\s+(?:mistake|accident)")
    assert not screened.possible("please stop texting me")  # "stop" but no "sent"/"texted" nor "mistake"
    assert not screened.possible("i texted stop")
    assert screened.possible("i texted stop by accident")


def test_the_other_targets_are_found_by_prefix_as_the_one_alternation_finds_them():
    """WholeWords (rules.py) tries an entry only at word starts where it can begin: the same first match."""
    targets = KeywordEngine()._any_target
    plain = re.compile("|".join(rf"\b(?:{regex})\b" for regex in targets.alternatives))
    for text in TEXTS + [text.replace(" ", "  ") + " order" for text in TEXTS[::7]]:
        found, expected = targets.search(text), plain.search(text)
        assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


@pytest.mark.parametrize(("alternatives", "text", "expected"), [
    (["stop\\s+calls?", "calls?"], "please stop calls now", "stop calls"),  # the earlier entry at the same word
    (["order", "my\\s+order"], "cancel my order", "my order"),  # the first word start that matches
    (["\\s*order"], "cancel  order", "  order"),  # could begin with a space: searched as one alternation
    (["ord\\w*"], "reorder", None),  # whole words only
    # Texts without a word every match holds are turned away unsearched; those with one are searched as before.
    (["(?:(?:ma|mon)\\s+)?commandes?"], "annulez ma commande", "ma commande"),
    (["(?:(?:ma|mon)\\s+)?commandes?"], "ma maison mon chien", None),
    (["umow\\w*", "konto"], "moja umowa", "umowa"),  # a word that begins as the pattern says
    (["\\w*mail"], "not to my gmail", "gmail"),  # a word that ends as the pattern says
    (["e\\s*mails?"], "no e mails", "e mails"),
])
def test_whole_word_lists(alternatives, text, expected):
    found = WholeWords(alternatives).search(text)
    assert (found and found.group(0)) == expected


@pytest.mark.parametrize(("regex", "needs"), [
    # The words a match begins with, or ends with where those are longer: an optional part up to a space is passed over.
    (r"(?:(?:mi|mis)\s+){0,3}pedidos?(?:\s+de\s+\w+)?", WordNeeds(frozenset({"pedido", "pedidos"}), (), ())),
    (r"e\s*mails?|apps?", WordNeeds(frozenset({"email", "emails", "mail", "mails", "app", "apps"}), (), ())),
    (r"umow\w*|konto", WordNeeds(frozenset({"umow", "konto"}), ("umow",), ())),
    (r"\w*mail", WordNeeds(frozenset({"mail"}), (), ("mail",))),
    (r"\w+|calls?", None),  # a match may hold any word
])
def test_the_words_every_whole_word_match_holds(regex, needs):
    assert word_needs(regex) == needs


@pytest.mark.parametrize(("regex", "groups"), [
    # Words between spaces the pattern must match; an optional part is passed over, a word not known gives none.
    (r"stop\s+(?:texting|messaging)\s+me\b", [{"messaging", "texting"}, {"stop"}, {"me"}]),
    (r"(?:please\s+)?stop\s+(?:it|them)", [{"stop"}]),  # the last word may go on: "stop items"
    (r"stop\s*me\s", [{"me", "stopme"}]),
    (r"(?:quit|stop\s+all)\s+texts", [{"quit", "all"}]),  # whichever branch; "texts" may go on ("textstop")
    (r"\w+\s+text\s+today", [{"text"}]),
    (r"(?i:stop)\s+now\s", [{"now"}]),
])
def test_the_words_every_rule_match_holds(regex, groups):
    assert word_groups(regex) == [frozenset(group) for group in groups]


def test_a_match_from_anywhere_may_begin_inside_a_word():
    assert word_groups(r"mail\s+me\s", at_word_start=False) == [frozenset({"me"})]


def found(rules: CompiledRules, text: str) -> list[tuple[Rule, Lexicon, int, int]]:
    return [(hit.rule, hit.lexicon, hit.start, hit.end) for hit in rules.matches(text, "")]


def test_rules_that_may_begin_anywhere_searched_only_where_their_words_are_match_as_always_searched():
    """'3rd text today' may begin anywhere, so it is searched in every text that holds its words: the same matches
    as searching every text."""
    screened, searched = CompiledRules(LEXICONS), CompiledRules(LEXICONS)
    searched.spaced._anywhere_needs = None  # the screen turned off, to compare with
    texts = [*TEXTS, "this is the 3rd text today", "4th msg since monday", "third one in a row"]
    for text in texts:
        assert found(screened, text) == found(searched, text), text


def test_rule_alternatives_tried_only_where_their_words_are_match_as_all_tried():
    """At a word start only the rule alternatives whose words the clause holds are tried, and those anchored at the
    start only there: the same matches as trying every alternative of the prefix found there, in the same order."""
    screened, tried = CompiledRules(LEXICONS), CompiledRules(LEXICONS)
    assert tried.spaced.screen is not None
    tried.spaced.screen._always = -1  # every alternative live everywhere, as if it needed no word
    tried.spaced.screen.later = -1
    texts = TEXTS + [" ".join(text.split()[::-1]) for text in TEXTS[::3]]
    for text in texts:
        assert found(screened, text) == found(tried, text), text


@pytest.mark.parametrize(("regex", "anchored"), [
    (r"^stop$", True), (r"(?:^stop|^end)\s+now", True), (r"\Aquit", True),
    (r"(?:^stop|end)", False), (r"stop^", False), (r"(?m)^stop", False), (r"(?=s)^stop", False),
])
def test_a_rule_anchored_at_the_start_matches_only_there(regex, anchored):
    assert at_start_only(regex) is anchored
