"""The learned fallback (optout_core/keywords/fallback.py): read only where no rule matched, it finds opt-outs and
help requests in wordings no rule knows, flags its opt-outs for review, and never reads an opt-in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from keyword_report import CORPORA, load
from optout_core.keywords import Intent, KeywordEngine, MatchingMode, classify, normalise
from optout_core.keywords.fallback import WEIGHTS, Fallback
from train_keyword_fallback import TRAINING_SETS

RULES_ALONE = KeywordEngine(fallback=None)
ROOT = Path(__file__).resolve().parents[1]


# Written for this test, not taken from any labelled set: requests to stop in words no rule of the engine knows.
@pytest.mark.parametrize("text", [
    "yall need to chill with these msgs fr", "i am so over getting these every day",
    "i dont ever want to hear from this number again", "this line belongs to a business now, lose it",
    "seriously done with these texts", "매일 문자 와서 짜증나요", "nakakainis na mga text nyo araw araw",
    "mwen bouke ak mesaj sa yo",
])
def test_a_request_no_rule_knows_is_read_by_the_model_and_flagged_for_review(text):
    assert RULES_ALONE.classify(text).intent is Intent.NONE
    decision = classify(text)
    assert (decision.intent, decision.rule) == (Intent.OPT_OUT, "learned fallback")
    assert decision.review and "learned fallback" in (decision.review_reason or "")
    assert decision.matched and decision.matched in decision.explain()


@pytest.mark.parametrize("text", [
    "stop already omg every single day", "STOP DUDE ur blowing up my phone every hour smh",
])
def test_a_keyword_no_rule_reads_in_a_longer_message_is_the_models_to_read(text):
    """No rule parses the message around the keyword, and none set it aside: the model reads the whole message."""
    assert RULES_ALONE.classify(text).intent is Intent.NONE
    decision = classify(text)
    assert (decision.intent, decision.rule, decision.review) == (Intent.OPT_OUT, "learned fallback", True)


@pytest.mark.parametrize("text", [
    "who gave u guys my info", "i have no clue what this is regarding", "who u be",
])
def test_a_question_about_the_program_no_rule_knows_gets_the_help_reply(text):
    assert RULES_ALONE.classify(text).intent is Intent.NONE
    decision = classify(text)
    assert (decision.intent, decision.rule, decision.review) == (Intent.HELP, "learned fallback", False)


@pytest.mark.parametrize("text", [
    # everyday replies
    "ok see you at 3", "Thanks!", "running 10 min late sorry", "C", "Yes", "what time do you close on sunday",
    # the rules read an opt-out word and set it aside: the model is not asked to second-guess them
    "My son told me to text STOP to all of these but I like the reminders, ignore him",
    "please don't stop the deals", "stop calling me, texting is fine",
])
def test_what_the_rules_set_aside_and_everyday_replies_stay_none(text):
    assert classify(text).intent is Intent.NONE


# Written for this test: no rule matches, and the model alone would read an opt-out in the calls these refuse.
@pytest.mark.parametrize("text", [
    "don't call me no more, text me instead", "don't call me no more, texts are fine",
    "no me llamen mas por favor, mejor por mensaje", "pa rele m ankò, voye mesaj pito",
])
def test_a_message_that_says_the_texts_are_welcome_is_not_read_as_an_opt_out(text):
    decision = classify(text)
    assert (decision.intent, decision.review) == (Intent.NONE, False)


# Written for this test: a rule reads an opt-out word or phrase, aimed (the whole message says) at something else.
@pytest.mark.parametrize(("text", "rule"), [
    ("we are moving next month, can I end service at the old house", "how to stop"),
    ("I'm out of town till Monday, hold it for me", "want out"),
    ("want to cancel my service, too expensive", "stop messages"),
    ("My lawyer said I still need to come in Tuesday, is that right?", "legal threat"),
])
def test_a_rule_opt_out_the_model_reads_as_no_request_is_vetoed_and_flagged(text, rule):
    assert RULES_ALONE.classify(text).intent is Intent.OPT_OUT
    decision = classify(text)
    assert (decision.intent, decision.rule) == (Intent.NONE, "learned veto")
    assert rule in (decision.review_reason or "") and "not recorded" in (decision.review_reason or "")


@pytest.mark.parametrize("text", [
    "please stop texting me I never signed up", "stop sending me these reminders", "take me off this list",
    "wrong number, my name is not Dave", "STOP", "stop please", "no more texts from this pharmacy thank you",
])
def test_plain_requests_are_never_vetoed(text):
    assert classify(text).intent is Intent.OPT_OUT


def test_the_model_never_reads_an_opt_in():
    """Reading an opt-in wrongly texts someone who said STOP: the fallback decides opt-out or help only."""
    assert set(Fallback().thresholds) == {Intent.OPT_OUT, Intent.HELP, Intent.NONE}
    decided = [classify(example.text) for name in CORPORA for example in load(CORPORA[name])]
    learned = [decision for decision in decided if decision.rule == "learned fallback"]
    assert learned and {decision.intent for decision in learned} <= {Intent.OPT_OUT, Intent.HELP}


@pytest.mark.parametrize("mode", [MatchingMode.EXACT, MatchingMode.LEADING])
def test_the_exact_and_leading_modes_do_not_consult_the_model(mode):
    text = "seriously done with these texts"
    assert classify(text).rule == "learned fallback"
    assert KeywordEngine(mode).classify(text).intent is Intent.NONE


@pytest.mark.parametrize(("text", "language"), [
    ("매일 문자 와서 짜증나요", "ko"), ("nakakainis na mga text nyo araw araw", "tl"),
    ("mwen bouke ak mesaj sa yo", "ht"), ("kitna message bhejoge bhai", "hi"),
    ("i am so over getting these every day", "en"),
])
def test_a_learned_decision_names_the_language_it_was_written_in(text, language):
    decision = classify(text)
    assert decision.rule == "learned fallback" and decision.language == language


def test_the_weights_are_what_the_tuning_sets_teach(tmp_path):
    """The committed weights are the trainer's output on today's tuning sets (retrain after changing one): a fresh
    training decides every tuning message as they do."""
    retrained = tmp_path / "weights.tsv"
    subprocess.run([sys.executable, "tests/train_keyword_fallback.py", "--output", str(retrained)], cwd=ROOT,
                   check=True, capture_output=True)
    committed, fresh = Fallback(WEIGHTS), Fallback(retrained)
    assert committed.thresholds == fresh.thresholds
    texts = [normalise(example.text) for name in TRAINING_SETS for example in load(CORPORA[name])]
    assert [committed.decide(text) is not None for text in texts] == [fresh.decide(text) is not None
                                                                       for text in texts]


def test_the_bounds_turn_away_only_texts_the_exact_sums_would_not_pass():
    """The veto and the model's own decisions are settled without the exact sums where a bound of a class's lead
    falls short of its threshold: the bounds may only spare work, never change a guess that passes. Every labelled
    text, and its words in reverse and repeated."""
    model = Fallback()
    texts = [normalise(example.text) for name in CORPORA for example in load(CORPORA[name])]
    texts += [" ".join(text.split()[::-1] * 2) for text in texts[::5]]
    turned_away = 0
    for text in texts:
        guess = model.guess(text)
        leads = model._leads(tuple(text.split()))  # the bounds themselves are what is tested
        for intent, lead in zip((Intent.NONE, Intent.OPT_OUT, Intent.HELP), leads, strict=True):
            threshold = model.thresholds[intent]
            if lead < threshold:
                turned_away += 1
                assert not (guess.intent is intent and guess.margin >= threshold), (text, intent)
            if guess.intent is intent:
                assert lead >= guess.margin - 1e-9, (text, intent)  # a bound: never below the margin it bounds
    assert turned_away >= len(texts)
