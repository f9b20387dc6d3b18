"""The keyword engine: the labelled corpus, and the rules users rely on, one by one."""

import pytest

from keyword_report import CORPORA, evaluate, load, report
from optout_core.keywords import Intent, KeywordEngine, MatchingMode, classify, normalise

OPT_OUT_TARGET = 0.98


def test_the_corpus_is_large_and_covers_every_class_and_language():
    examples = load(CORPORA["corpus"])
    assert len(examples) >= 300
    assert {example.label for example in examples} == set(Intent)
    assert {"en", "fr", "es", "pt", "de", "it", "pl", "ru"} <= {example.language for example in examples}


def test_opt_out_precision_and_recall_meet_the_target_on_the_corpus():
    scores, errors = evaluate(load(CORPORA["corpus"]), MatchingMode.INTENT)
    wrong = "\n".join(f"  {e.label.value} read as {guess.value}: {e.text!r}" for e, guess in errors)
    assert scores[Intent.OPT_OUT].precision >= OPT_OUT_TARGET, report() + "\n" + wrong
    assert scores[Intent.OPT_OUT].recall >= OPT_OUT_TARGET, report() + "\n" + wrong


def test_on_unseen_messages_intent_matching_beats_what_the_big_providers_do():
    """The holdout set was labelled apart and never used for tuning; exact is Twilio's rule, leading AWS's."""
    examples = load(CORPORA["holdout"])
    ours, _ = evaluate(examples, MatchingMode.INTENT)
    for baseline in (MatchingMode.EXACT, MatchingMode.LEADING):
        theirs, _ = evaluate(examples, baseline)
        assert ours[Intent.OPT_OUT].recall > theirs[Intent.OPT_OUT].recall, report()
    # Never trading safety for recall: what we read as an opt-in must be one.
    assert ours[Intent.OPT_IN].precision == 1.0, report()


@pytest.mark.parametrize("text, normalised", [
    ("ARRÊT", "arret"),
    ("  “Stop!!” 🛑 ", "stop"),
    ("ＳＴＯＰ", "stop"),
    ("Opt-Out", "opt out"),
    ("Don't   text\tme", "don t text me"),
    ("Wyłącz", "wylacz"),
    ("ОСТАНОВИТЬ", "остановить"),
])
def test_normalisation(text, normalised):
    assert normalise(text) == normalised


@pytest.mark.parametrize("text, intent, rule", [
    ("STOP", Intent.OPT_OUT, "keyword"),
    ("stop please", Intent.OPT_OUT, "keyword with filler"),
    ("Stop. Thank you", Intent.OPT_OUT, "keyword with filler"),
    ("pls stop", Intent.OPT_OUT, "keyword with filler"),
    ("I never signed up for this, stop", Intent.OPT_OUT, "keyword as a sentence"),
    ("please stop texting me", Intent.OPT_OUT, "phrase: stop contacting"),
    ("unsubscibe", Intent.OPT_OUT, "keyword with a typo"),
    ("Stooop", Intent.OPT_OUT, "keyword spaced out or stretched"),
    ("START", Intent.OPT_IN, "keyword"),
    ("What is this? HELP", Intent.HELP, "keyword as a sentence"),
])
def test_every_decision_names_its_rule_and_words(text, intent, rule):
    decision = classify(text)
    assert (decision.intent, decision.rule) == (intent, rule)
    assert decision.matched and decision.language
    assert rule in decision.explain() and intent.value in decision.explain()


@pytest.mark.parametrize("text", [
    "I can't stop laughing", "stop by the store tomorrow?", "when does the sale end?",
    "can I cancel my appointment?", "please don't stop sending deals", "My wife said to stop texting you guys",
    "Can I opt out of paper receipts?",
])
def test_keywords_in_another_sense_or_negated_do_not_opt_out(text):
    assert classify(text).intent is Intent.NONE


def test_negation_does_not_turn_a_revocation_into_an_opt_in():
    assert classify("don't start texting me again").intent is Intent.OPT_OUT


def test_typos_never_opt_in():
    # "Recibí" (I received it) is one letter from RECIBIR: reading it as an opt-in would text someone who said STOP.
    assert classify("Recibí").intent is Intent.NONE
    assert classify("strat").intent is Intent.NONE


@pytest.mark.parametrize("text, language", [
    ("ARRÊT", "fr"), ("Baja", "es"), ("PARAR", "pt"), ("Stopp", "de"), ("Basta", "it"), ("Zatrzymaj", "pl"),
    ("Стоп", "ru"), ("AIDE", "fr"), ("Ayuda", "es"),
])
def test_other_languages_are_recognised_with_their_language(text, language):
    decision = classify(text)
    assert decision.intent is not Intent.NONE and decision.language == language


@pytest.mark.parametrize("mode, text, intent", [
    (MatchingMode.EXACT, "STOP", Intent.OPT_OUT),
    (MatchingMode.EXACT, "STOP please", Intent.NONE),
    (MatchingMode.EXACT, "please stop texting me", Intent.NONE),
    (MatchingMode.LEADING, "STOP please", Intent.OPT_OUT),
    (MatchingMode.LEADING, "stop by the store tomorrow?", Intent.OPT_OUT),  # what leading matching means
    (MatchingMode.LEADING, "please stop", Intent.NONE),
    (MatchingMode.INTENT, "please stop", Intent.OPT_OUT),
])
def test_matching_modes(mode, text, intent):
    assert KeywordEngine(mode).classify(text).intent is intent


def test_a_senders_extra_keywords_count_in_its_language():
    engine = KeywordEngine(extra_keywords={Intent.OPT_OUT: ["Halte là"], Intent.HELP: ["SOS"]}, extra_language="fr")
    decision = engine.classify("halte la!")
    assert (decision.intent, decision.language) == (Intent.OPT_OUT, "fr")
    assert engine.classify("sos").intent is Intent.HELP
    assert classify("sos").intent is Intent.NONE


@pytest.mark.parametrize("text", [
    # Complaints, narration, questions and negations that mention subscribing: reading any of them as an opt-in
    # would text someone who said STOP.
    "I said stop. Why did you sign me up again?",
    "Why did you put me back on your list?",
    "You put me back on the list after I said no",
    "Nunca me suscribí a esto",
    "No quiero que me suscriban",
    "Je ne veux pas me réabonner",
    "Não quero mais me inscrever",
    "Who told you to sign me up?",
    "At no point did I opt in",
    "Do I need to opt in to get the discount?",
    "quiero de-suscribirme",
    "Don't you dare start texting me again",
])
def test_nothing_that_is_not_a_plain_request_opts_back_in(text):
    assert classify(text).intent is not Intent.OPT_IN


@pytest.mark.parametrize("text", ["quiero de-suscribirme", "Don't you dare start texting me again"])
def test_those_that_ask_to_stop_opt_out(text):
    assert classify(text).intent is Intent.OPT_OUT


@pytest.mark.parametrize("text", ["Please add me back to the list", "Opt me back in", "resubscribe please"])
def test_plain_requests_still_opt_back_in(text):
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", ["Cancer", "Remote", "Removed?"])
def test_real_words_near_a_keyword_are_not_typos(text):
    assert classify(text).intent is Intent.NONE


def test_invisible_characters_cannot_hide_a_keyword():
    for mode in MatchingMode:
        assert KeywordEngine(mode).classify("S\u200bTOP\u00ad").intent is Intent.OPT_OUT
