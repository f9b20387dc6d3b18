"""The keyword engine's compiled build (optout_core/keywords/compiled.py): it decides every labelled message as its
source does, in every matching mode, and a build that does not match its source, or does not load, is passed over
for the source with one warning."""

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from keyword_report import CORPORA, load
from optout_core.keywords import KeywordEngine, MatchingMode, compiled

PACKAGE = Path(compiled.__file__).parent
MESSAGES = [example.text for name in CORPORA for example in load(CORPORA[name])]
# Each message's decision in each mode, printed as the process running it decides them.
DECIDE_ALL = """
import json, sys
from optout_core.keywords import KeywordEngine, MatchingMode, compiled
messages = json.load(sys.stdin)
engines = [KeywordEngine(mode) for mode in MatchingMode]
print(json.dumps({"compiled": compiled.IN_USE,
                  "decisions": [[repr(engine.classify(text)) for text in messages] for engine in engines]}))
"""
# Which build a process runs, and a decision it makes with it.
WHICH = """
from optout_core.keywords import classify, compiled, engine
print(compiled.IN_USE, engine.__file__.endswith(".py"), classify("please stop texting me").intent.value)
"""


def run(code: str, stdin: str = "", *, path: Path | None = None,
        interpreted: bool = False) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != compiled.INTERPRETED_SETTING}
    if interpreted:
        env[compiled.INTERPRETED_SETTING] = "1"
    if path is not None:
        env["PYTHONPATH"] = str(path)
    return subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, env=env,
                          cwd=path, check=True, timeout=300)


def test_the_compiled_build_decides_as_the_source_does():
    if not compiled.IN_USE:
        # `make setup` compiles it wherever a C compiler is (CI's machine has one): there, a missing build is a fault.
        assert not os.environ.get("CI"), "the keyword engine's compiled build is not in use: run `make setup`"
        pytest.skip("the keyword engine's compiled build is not in use here (no C compiler at `make setup`?)")
    compiled_run = json.loads(run(DECIDE_ALL, json.dumps(MESSAGES)).stdout)
    source_run = json.loads(run(DECIDE_ALL, json.dumps(MESSAGES), interpreted=True).stdout)
    assert (compiled_run["compiled"], source_run["compiled"]) == (True, False)
    assert len(compiled_run["decisions"]) == len(MatchingMode)
    for mode, by_compiled, by_source in zip(MatchingMode, compiled_run["decisions"], source_run["decisions"],
                                            strict=True):
        differing = [text for text, one, other in zip(MESSAGES, by_compiled, by_source, strict=True) if one != other]
        assert not differing, f"{mode.value}: {len(differing)} differ, first {differing[0]!r}"


def test_the_engine_in_this_process_is_the_one_chosen():
    engine_module = sys.modules[KeywordEngine.__module__]
    assert engine_module.__file__ is not None
    assert engine_module.__file__.endswith(".py") is not compiled.IN_USE


def copy_of_the_package(tmp_path: Path) -> Path:
    """The engine's package, with whatever build lies beside it, in a project of its own."""
    (tmp_path / "optout_core").mkdir()
    shutil.copy(PACKAGE.parent / "__init__.py", tmp_path / "optout_core")
    shutil.copytree(PACKAGE, tmp_path / "optout_core" / "keywords", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path / "optout_core" / "keywords"


def test_a_build_older_than_its_source_is_passed_over_for_the_source(tmp_path):
    if not compiled.IN_USE:
        pytest.skip("no compiled build here to age")
    package = copy_of_the_package(tmp_path)
    assert run(WHICH, path=tmp_path).stdout.split() == ["True", "False", "opt_out"]
    with (package / "engine.py").open("a", encoding="utf-8") as source:
        source.write("# an edit made after the build\n")
    done = run(WHICH, path=tmp_path)
    assert done.stdout.split() == ["False", "True", "opt_out"]
    assert "running its source, not the compiled build: it was built from another version of the source" in done.stderr


def test_a_build_missing_a_modules_library_is_passed_over_for_the_source(tmp_path):
    if not compiled.IN_USE:
        pytest.skip("no compiled build here to take a library from")
    package = copy_of_the_package(tmp_path)
    next(package.glob("rules.*.so")).unlink()
    done = run(WHICH, path=tmp_path)
    assert done.stdout.split() == ["False", "True", "opt_out"]
    assert "running its source, not the compiled build: it is incomplete (no library for rules)" in done.stderr


def test_a_build_that_does_not_load_is_passed_over_for_the_source(tmp_path):
    """What a build made on another machine does where the app is deployed, if it cannot load there."""
    package = copy_of_the_package(tmp_path)
    for library in package.glob("*.so"):
        library.unlink()
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in (*compiled.MODULES, "native__mypyc"):
        (package / f"{name}{suffix}").write_bytes(b"not a shared library")
    (package / "native.sha256").write_text(compiled.source_digest() + "\n", encoding="ascii")
    done = run(WHICH, path=tmp_path)
    assert done.stdout.split() == ["False", "True", "opt_out"]
    assert "running its source, not the compiled build: it does not load here" in done.stderr
    assert done.stderr.count("\n") == 1  # one line, not a traceback


def test_a_library_left_beside_a_module_the_build_does_not_hold_is_never_loaded(tmp_path):
    """An earlier build compiled other modules (`git checkout` of an older commit, a module dropped from the list):
    what it left beside their source is not loaded, whether or not the build in use is fresh."""
    package = copy_of_the_package(tmp_path)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (package / f"patterns{suffix}").write_bytes(b"left by an earlier build")
    done = run(WHICH, path=tmp_path)
    assert done.stdout.split()[1:] == [str(not compiled.IN_USE), "opt_out"]


def test_the_setting_runs_the_source_beside_a_fresh_build():
    assert run(WHICH, interpreted=True).stdout.split() == ["False", "True", "opt_out"]
