"""How a message is cut into sentences (optout_core/keywords/text.py): the quick ways through ASCII text and through
text whose characters fold one by one must give exactly the pieces the general way gives (the text split at its
breaks, each piece normalised), whatever the text."""

import random

from keyword_report import CORPORA, load
from optout_core.keywords.text import _BREAK, _FOLDING_BREAKS, CLAUSE_BREAK, fold, normalise, sentences

MESSAGES = [example.text for name in CORPORA for example in load(CORPORA[name])]
# What may come in a message: ASCII, titles, dashes, and characters that do not fold alone (combining accents,
# invisible ones, CJK, Cyrillic, Hangul jamo that join, ligatures, letters that fold to a word and a mark).
PIECES = [*"abcdrstvABCDRSTMP0129 .,!?;:'\"-_()\n\t", "dr.", "Mr.", "St.", "prof.", " - ", " — ", "\u2013",
          "\u0301", "\u200b", "\u00ad", "é", "É", "ñ", "ß", "đ", "ø", "\u0131", "İ", "\u2019", "“", "…", "😤", "🛑",
          "❤️", "\u00a0", "\uff33\uff34\uff2f\uff30", "\uff01", "。", "停止", "стоп", "ㄱ", "ㅏ", "가", "\u11a8",
          "ﬁ", "™", "½", "²", "µ", "\u2028"]


def pieces_one_by_one(text: str) -> list[str]:
    return [part for part in (normalise(piece) for piece in CLAUSE_BREAK.split(text)) if part]


def test_every_labelled_message_is_cut_as_normalising_each_piece_cuts_it():
    for text in MESSAGES + [text.upper() for text in MESSAGES]:
        assert sentences(text) == pieces_one_by_one(text), text


def test_any_text_is_cut_as_normalising_each_piece_cuts_it():
    chosen = random.Random(8)  # noqa: S311 - a fixed seed: the same texts in every run
    folding = sorted(chr(code) for code in _FOLDING_BREAKS if code >= 128)
    for _ in range(50_000):
        text = "".join(chosen.choice(PIECES) if chosen.random() < 0.5 else chosen.choice(folding)
                       for _ in range(chosen.randint(1, 25)))
        assert sentences(text) == pieces_one_by_one(text), text


def test_the_characters_folded_at_once_fold_the_same_beside_any_other_of_them():
    alone = {chr(code): fold(chr(code)) for code, folded in _FOLDING_BREAKS.items() if folded != _BREAK}
    for first, first_folded in alone.items():
        for second, second_folded in alone.items():
            assert fold(first + second) == first_folded + second_folded, (first, second)
