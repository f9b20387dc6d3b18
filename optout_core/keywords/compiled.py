"""The engine's compiled build: the modules a message passes through, compiled to C by mypyc (`make setup` builds
it: `python optout_core/keywords/compiled.py`), and the choice, when the package is imported, between that build and
the source it was built from.

The source is the engine: the compiled build is the same code, run without the interpreter's overhead (about 1.7
times the speed; docs/performance.md), and gives the same decisions (tests/test_keyword_compiled.py compares them).
It is used only when it was built from exactly the source beside it: a build older than an edit, made for another
platform or Python, or one that fails to load, is passed over for the source with one warning, never run stale.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).parent
_PACKAGE = "optout_core.keywords"  # also when this file is run as the build script, outside its package
# What every message runs through, and the classes it reads (lexicon); not the languages' data or patterns (read once,
# to build an engine).
MODULES = ("lexicon", "decision", "text", "typos", "screen", "keyword_index", "rules", "fallback", "engine")
GROUP = f"{_PACKAGE}.native"  # the one shared library holding them: native__mypyc.<platform>.so
# What the build was made from: the digest of the modules' source, written beside the library by the build.
BUILT_FROM = _HERE / "native.sha256"
# Set (to anything but empty) to run the source even where a fresh build is present: to compare the two.
INTERPRETED_SETTING = "OPTOUT_INTERPRETED_KEYWORDS"

_log = logging.getLogger(__name__)


def source_digest() -> str:
    digest = hashlib.sha256()
    for name in MODULES:
        digest.update((_HERE / f"{name}.py").read_bytes())
    return digest.hexdigest()


def _compiled_is_usable() -> tuple[bool, str]:
    """Whether to run the compiled build, and if not, why (empty when there is no build to speak of)."""
    if os.environ.get(INTERPRETED_SETTING):
        return False, ""
    if not BUILT_FROM.exists():
        return False, ""
    if BUILT_FROM.read_text(encoding="ascii").strip() != source_digest():
        return False, "it was built from another version of the source (run `make setup` to build it again)"
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    missing = [name for name in MODULES if not any((_HERE / f"{name}{suffix}").exists() for suffix in suffixes)]
    if missing:  # a compiled module would call into the source of another as if it were compiled
        return False, f"it is incomplete (no library for {', '.join(missing)})"
    try:
        importlib.import_module(f"{GROUP}__mypyc")
    except ImportError as error:  # another platform's or Python's build, or a library the loader cannot read
        return False, f"it does not load here ({error})"
    return True, ""


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the package's modules' source first, but for those of the build in use: a library beside a module's
    source that is not of that build (one left by an older build, with other modules in it) is never loaded."""

    def __init__(self, compiled: frozenset[str]) -> None:
        self._compiled = compiled

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        source = _HERE / f"{name}.py"
        if package != _PACKAGE or name in self._compiled or not source.exists():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def _choose() -> bool:
    usable, why_not = _compiled_is_usable()
    sys.meta_path.insert(0, _SourceFinder(frozenset(MODULES) if usable else frozenset()))
    if why_not:
        _log.warning("keyword engine: running its source, not the compiled build: %s", why_not)
    return usable


def build() -> None:
    """Compile the modules in place and record what they were built from (needs mypy and a C compiler)."""
    from mypyc.build import mypycify  # noqa: PLC0415 - a development tool, not needed to run the engine
    from setuptools import setup  # type: ignore[import-untyped]  # noqa: PLC0415

    digest = source_digest()
    BUILT_FROM.unlink(missing_ok=True)  # a build that fails half way is not one to use
    for library in _HERE.iterdir():  # and none of an earlier build is left, of modules it compiled and this one not
        if library.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            library.unlink()
    root = _HERE.parents[1]
    os.chdir(root)  # mypycify reads paths, and setup() writes its build folder, relative to the project
    setup(name="optout-keywords-compiled", script_args=["build_ext", "--inplace", "--build-temp", "build/mypyc"],
          ext_modules=mypycify([str((_HERE / f"{name}.py").relative_to(root)) for name in MODULES],
                               group_name=GROUP, target_dir="build/mypyc"))
    BUILT_FROM.write_text(digest + "\n", encoding="ascii")


if __name__ == "__main__":  # the build, run as a script (`make setup`): the package and any build of it unloaded
    build()
else:
    IN_USE = _choose()
