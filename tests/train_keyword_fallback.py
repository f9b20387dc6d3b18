"""Train the keyword engine's learned fallback (optout_core/keywords/fallback.py) on the tuning sets.

    .venv/bin/python tests/train_keyword_fallback.py            # writes optout_core/keywords/fallback_weights.tsv
    .venv/bin/python tests/train_keyword_fallback.py --check    # each batch left out in turn: what it adds there

It reads the sets the rules were tuned on and the independent writers' batches released to the model alone
(`TUNING_SETS` and `LEARNING_SETS` in keyword_report.py), never a holdout. The model is scikit-learn's logistic
regression over the TF-IDF of `fallback.features` (each n-gram present or not), so the engine scores it with a
dictionary and a sum. `--check` trains without one writer's batch at a time and measures, on that batch, what the
fallback adds to the rules: the figures its margins were chosen by (docs/keywords.md, "The learned fallback").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from keyword_report import CORPORA, LEARNING_SETS, SETS, TUNING_SETS, Example, load, score
from optout_core.keywords import Decision, Intent, KeywordEngine, MatchingMode, normalise
from optout_core.keywords.fallback import CLASSES, WEIGHTS, Fallback, features

# How far the winning class must score above the next for the fallback to decide (see --check).
# Of none: how far the model must read no request in a message for a phrase rule's opt-out there to be held for review.
MARGINS = {Intent.OPT_OUT: 1.0, Intent.HELP: 1.0, Intent.NONE: 2.0}
# An n-gram is learned from when at least this many messages hold it: one seen once is more noise than signal.
SEEN = 2
# What the rules were tuned on, and the independent writers' batches the model alone learns from (each left out in
# turn by --check).
TRAINING_SETS = TUNING_SETS + LEARNING_SETS
# The wordings tests/test_keywords.py pins, with the decisions the rules pass it with (--suite writes them): the
# look-alikes its writers drew the rules' boundaries with ("take 10 off the list price" is no opt-out).
SUITE = SETS / "suite_wordings.tsv"
REGULARISATION = 3.0
# A word votes for a language when it is seen this often, nearly always in that language.
LANGUAGE_SEEN = 3
LANGUAGE_PURITY = 0.9
UNKNOWN = "und"  # the language of a suite wording the rules decided nothing about


def train(examples: list[Example], path: Path) -> None:
    vectoriser = TfidfVectorizer(analyzer=features, binary=True, min_df=SEEN)
    matrix = vectoriser.fit_transform([normalise(example.text) for example in examples])
    model = LogisticRegression(C=REGULARISATION, max_iter=5000)
    model.fit(matrix, [example.label.value for example in examples])
    assert tuple(Intent(name) for name in model.classes_) == CLASSES
    lines = ["# The keyword engine's learned fallback (optout_core/keywords/fallback.py), written by",
             "# tests/train_keyword_fallback.py: n-gram, inverse document frequency, weight for each class "
             + " ".join(intent.value for intent in CLASSES) + "; the first row without an n-gram is the bias.",
             *(f"# threshold {intent.value} {margin}" for intent, margin in MARGINS.items()),
             "\t".join(["", "", *(f"{value:.4f}" for value in model.intercept_)])]
    weights = model.coef_.T
    for gram, column in sorted(vectoriser.vocabulary_.items()):
        lines.append("\t".join([gram, f"{vectoriser.idf_[column]:.4f}",
                                *(f"{value:.4f}" for value in weights[column])]))
    lines += [f"@{word}\t{language}" for word, language in sorted(word_languages(examples).items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def word_languages(examples: list[Example]) -> dict[str, str]:
    """Words nearly always written in one language, for the language of a fallback decision."""
    seen: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for example in examples:
        if example.language == UNKNOWN:
            continue
        for word in set(normalise(example.text).split()):
            seen[word][example.language] += 1
    languages = {}
    for word, counts in seen.items():
        language, count = counts.most_common(1)[0]
        if sum(counts.values()) >= LANGUAGE_SEEN and count >= LANGUAGE_PURITY * sum(counts.values()):
            languages[word] = language
    return languages


def check() -> None:
    """Each writer's batch left out of training in turn: the rules alone, and the rules with the fallback."""
    sets = {name: load(CORPORA[name]) for name in TRAINING_SETS}
    print(f"{'left out':16} {'rules alone: opt-out P / R':>27} {'with fallback':>15} {'help R':>15}")
    for left_out in LEARNING_SETS:
        examples = [example for name, loaded in sets.items() if name != left_out for example in loaded] + load(SUITE)
        with tempfile.TemporaryDirectory() as folder:
            weights = Path(folder) / "weights.tsv"
            train(examples, weights)
            with_fallback = KeywordEngine(fallback=Fallback(weights))
        rules_alone = KeywordEngine(fallback=None)
        held = sets[left_out]
        before = score([(example, rules_alone.classify(example.text).intent) for example in held])
        after = score([(example, with_fallback.classify(example.text).intent) for example in held])
        print(f"{left_out:16} {before[Intent.OPT_OUT].precision:>14.3f} / {before[Intent.OPT_OUT].recall:.3f}"
              f" {after[Intent.OPT_OUT].precision:>8.3f} / {after[Intent.OPT_OUT].recall:.3f}"
              f" {before[Intent.HELP].recall:>8.3f} / {after[Intent.HELP].recall:.3f}")


def training_examples() -> list[Example]:
    return [example for name in TRAINING_SETS for example in load(CORPORA[name])] + load(SUITE)


def suite_wordings() -> None:
    """Run tests/test_keywords.py with the rules alone, and keep every parametrised `text` it classifies with the
    decision the rules passed it with."""
    found: dict[str, tuple[str, str]] = {}
    rules_alone = KeywordEngine.classify

    class Recorder:
        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_call(self, item: pytest.Item) -> object:
            text = getattr(getattr(item, "callspec", None), "params", {}).get("text")

            def classify(self: KeywordEngine, message: str) -> Decision:
                learned, self._fallback = self._fallback, None  # the rules alone decide what the suite pins
                try:
                    decision = rules_alone(self, message)
                finally:
                    self._fallback = learned
                if message == text and self.mode is MatchingMode.INTENT:
                    found.setdefault(message, (decision.intent.value, decision.language or UNKNOWN))
                return decision

            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(KeywordEngine, "classify", classify)
                return (yield)

    code = pytest.main([str(Path(__file__).with_name("test_keywords.py")), "-q", "-p", "no:cacheprovider",
                        "-k", "not tuning_sets and not unseen_messages"], plugins=[Recorder()])
    assert code == 0, "the suite must pass with the rules alone"
    lines = ["# Written by tests/train_keyword_fallback.py --suite: each wording tests/test_keywords.py classifies,",
             "# with the decision the rules pass it with (und: no language decided)."]
    lines += [f"{intent}\t{language}\t{text}" for text, (intent, language) in found.items()
              if "\t" not in text and "\n" not in text]
    SUITE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(found)} wordings to {SUITE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave each writer's batch out in turn and measure")
    parser.add_argument("--suite", action="store_true", help="write the wordings the keyword tests pin, first")
    parser.add_argument("--output", type=Path, default=WEIGHTS, help="where to write the weights")
    arguments = parser.parse_args()
    if arguments.suite:
        suite_wordings()
    if arguments.check:
        check()
        return
    train(training_examples(), arguments.output)
    print(f"wrote {arguments.output}")


if __name__ == "__main__":
    main()
