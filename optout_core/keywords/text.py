"""Normalisation: the one form every rule and keyword is matched in, whatever the script.

Deterministic by construction: only `unicodedata` and fixed tables, no locale, no hashing order.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

# Combining accents (Latin, Greek, Cyrillic, Vietnamese tones), Arabic short vowels and marks (tashkeel) and the
# tatweel that stretches Arabic words. Dakuten and Hangul jamo are not here: NFC puts them back (see _fold).
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
# Invisible format characters (zero-width space, soft hyphen, joiners, marks of direction) that split "S\u200bTOP".
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_WORD = re.compile(r"[^\W_]+")
# Letters with a stroke, ligatures and Arabic letter variants people write interchangeably: أ إ آ ٱ are alef,
# ى is ya, ة is ha, ؤ and ئ carry a hamza over waw and ya. Vietnamese đ is written "dd" (its Telex spelling), so
# "đúng" (right) stays apart from "dừng" (stop) while "dung" written without accents can still be "dừng".
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "dd", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae", "ß": "ss",
                          "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                          "ک": "ك", "ی": "ي"})
# Traditional Chinese characters that the Chinese lexicon uses, written the simplified way, so one lexicon serves
# both scripts (覆 as in 回覆, "to reply", written 回复 in simplified). Only characters that occur in the lexicon
# matter: others are matched as they are.
_TRADITIONAL = str.maketrans(dict(zip(
    "訊發傳別過號碼幫請訂閱這誰們給聯絡繫開復錯電話個麼說還騷擾詐騙資關於數據從來經間應該問題對單預約藥貨購買"
    "會員郵條務廣將刪簡動網頁歡謝麻煩費醫療帳戶繼續恢啟讓時候吧嗎嘛東載覆"
    # the traditional characters of the labelled messages (OpenCC's t2s, character by character)
    "願違録連沒週後園優點銀學報係結構達業樣換記課車勝邊價媽確談門飲準筆現書飯遠無幾錢終認場閘維箋鳴陳廳賣種親補語館減組織"
    "兒檢舉誤聽燒鵝縮慮護詳額託註冊機轉區國競選匯禮師線駛見鮮蝦龍",
    "讯发传别过号码帮请订阅这谁们给联络系开复错电话个么说还骚扰诈骗资关于数据从来经间应该问题对单预约药货购买"
    "会员邮条务广将删简动网页欢谢麻烦费医疗帐户继续恢启让时候吧吗嘛东载复"
    "愿违录连没周后园优点银学报系结构达业样换记课车胜边价妈确谈门饮准笔现书饭远无几钱终认场闸维笺鸣陈厅卖种亲补语馆减组织"
    "儿检举误听烧鹅缩虑护详额托注册机转区国竞选汇礼师线驶见鲜虾龙", strict=True)))
# str.translate looks every character up in its table, the slowest step of folding: it is skipped (a search for
# the table's characters, in C, is far quicker) where it would change nothing.
_LETTER_VARIANTS = re.compile("[" + "".join(re.escape(chr(code)) for code in _LETTERS) + "]")
_TRADITIONAL_CHARACTERS = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRADITIONAL) + "]")
# Sentence ends, commas, line breaks and a dash between spaces ("START - soy la mamá de Camila") in any script: a
# keyword standing alone between them is a sentence.
# Not the full stop of a title before a name: "is this Dr. Kim's office?" is one sentence.
# An emoji ends a clause too: "STOP SVP 😤 ça fait 3 fois que je le demande".
CLAUSE_BREAK = re.compile(r"(?:[!?;:,\n\u3001\u3002\uff01\uff0c\uff1f\uff1b\u061f\u060c\u06d4"
                          r"\u2600-\u27bf\U0001f300-\U0001faff]|"
                          r"\s[-\u2013\u2014]+(?=\s)|\.(?<!\b[Dd][Rr]\.)"
                          r"(?<!\b[Mm][Rr]\.)(?<!\b[Mm][Rr][Ss]\.)(?<!\b[Mm][Ss]\.)(?<!\b[Jj][Rr]\.)(?<!\b[Ss][Rr]\.)"
                          r"(?<!\b[Ss][Tt]\.)(?<!\b[Aa][Vv][Ee]\.)(?<!\b[Pp][Rr][Oo][Ff]\.))+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def fold(text: str) -> str:
    """NFKC, case-folded, accents and Arabic vowel marks stripped, letter variants merged: ARRÊT = arret."""
    if text.isascii():  # what all of the below does to ASCII, at a fraction of the cost: most messages are ASCII
        return text.lower()
    folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    if _LETTER_VARIANTS.search(folded):
        folded = folded.translate(_LETTERS)
    folded = unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", folded)))
    return folded.translate(_TRADITIONAL) if _TRADITIONAL_CHARACTERS.search(folded) else folded


def normalise(text: str) -> str:
    """Folded (see fold), punctuation, quotes and emoji dropped, whitespace collapsed."""
    return " ".join(_WORD.findall(fold(text)))  # no whitespace is a letter or digit: split at whatever else is


# The words of the texts split last: one message's text is read word by word by several of the engine's parts.
_RECENT_SPLITS = 4
_recent_splits: tuple[tuple[str, tuple[str, ...]], ...] = ()


def words_of(normalised: str) -> tuple[str, ...]:
    """The words of normalised text (text.split()), split once for all the engine's parts reading one message's
    words, so each word's hash is worked out once too. Kept for the last few texts, by identity, swapped whole (so
    threads classifying at once each find their own text's words or none)."""
    global _recent_splits  # noqa: PLW0603 - a memo of the last few splits, replaced whole
    recent = _recent_splits
    for text, split in recent:
        if text is normalised:
            return split
    split = tuple(normalised.split())
    _recent_splits = ((normalised, split), *recent[:_RECENT_SPLITS - 1])
    return split


def compact(normalised: str) -> str:
    """Without spaces: how scripts that do not separate words (Chinese, Japanese; Korean varies) are matched."""
    return normalised.replace(" ", "")


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None


# ASCII text without a dash or a title's full stop breaks at its punctuation alone: one translation (in C) lower-cases
# its letters, marks each break and blanks every other character that is no letter or digit. Translating bytes is
# a lookup in a table of 256 (a str's translation looks each character up in a dict).
_BREAK = "\x00"
_ASCII_BREAKS = bytes(ord(chr(code).lower()) if chr(code).isalnum() else
                      ord(_BREAK) if chr(code) in "!?;:,\n." else ord(" ") for code in range(256))
_TITLE = re.compile(r"(?:dr|mrs?|ms|jr|sr|st|ave|prof)\.")
_DASHES = ("-", "\u2013", "\u2014")  # what CLAUSE_BREAK takes for a dash between spaces
_BREAK_CHARACTER = re.compile(CLAUSE_BREAK.pattern[3:CLAUSE_BREAK.pattern.index("]") + 1])  # its class of breaks
# Beyond ASCII, the characters that fold to ASCII letters and digits or to no letter or digit at all, the same
# whatever stands next to them (Latin letters with accents, quotes, spaces, currency, arrows, full-width forms), and
# the breaks among emoji and CJK punctuation. Not dashes, invisible characters (folding removes them, joining the
# words around them) or combining marks (they fold with the letter before them).
_FOLDED_RANGES = ((0x80, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x20A0, 0x20D0), (0x2100, 0x2150),
                  (0x2190, 0x2200), (0x2600, 0x27C0), (0x3000, 0x3040), (0xFE00, 0xFE10), (0xFF00, 0xFFF0),
                  (0x1F300, 0x1FB00))


def _folding_breaks() -> dict[int, str]:
    """A translation that folds text, marks its breaks and blanks the rest as sentences does, for the characters
    whose folding stands alone: ASCII, and those of _FOLDED_RANGES that fold to letters and digits (all ASCII) or to
    none."""
    table = {code: chr(_ASCII_BREAKS[code]) for code in range(128)}
    for start, end in _FOLDED_RANGES:
        for code in range(start, end):
            char = chr(code)
            if _BREAK_CHARACTER.match(char):
                table[code] = _BREAK
                continue
            if char in _DASHES or _INVISIBLE.match(char) or unicodedata.combining(char):
                continue
            folded = fold(char)
            letters = _WORD.findall(folded)
            if not letters and not _WORD.match(char):
                table[code] = " "
            elif letters == [folded] and folded.isascii() and _WORD.match(char):
                table[code] = folded
    return table


def _character_class(codes: list[int]) -> str:
    """A regex class of the code points given (sorted), as ranges."""
    spans: list[list[int]] = []
    for code in codes:
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "[" + "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in spans) + "]"


_FOLDING_BREAKS = _folding_breaks()
_NOT_FOLDING_ALONE = re.compile(_character_class(sorted(_FOLDING_BREAKS)).replace("[", "[^", 1))


def _breaks_need_the_pattern(text: str) -> bool:
    """A dash or a title's full stop: only CLAUSE_BREAK tells a dash between spaces, or a full stop that is no title's,
    from the rest."""
    # _DASHES, one by one: a generator over them costs 1% of the engine's instructions, as every message comes here
    return "-" in text or "\u2013" in text or "\u2014" in text or (
        "." in text and _TITLE.search(text.lower()) is not None)


def sentences(text: str) -> list[str]:
    """The message's sentences and comma-separated parts, each normalised; empty ones dropped. Joined with spaces
    they are the normalised message."""
    if text.isascii():  # folded once, not piece by piece: lower case splits where the text does
        if _breaks_need_the_pattern(text):
            return [" ".join(words) for words in map(_WORD.findall, CLAUSE_BREAK.split(text.lower())) if words]
        broken = text.encode().translate(_ASCII_BREAKS).decode()
    elif _breaks_need_the_pattern(text) or _NOT_FOLDING_ALONE.search(text):
        return [part for part in (normalise(piece) for piece in CLAUSE_BREAK.split(text)) if part]
    else:  # each character folds by itself (accented Latin letters, quotes, emoji): all at once, with the breaks
        broken = text.translate(_FOLDING_BREAKS)
    return [" ".join(words) for words in map(str.split, broken.split(_BREAK)) if words]


# "I don't know who this is but please stop": what follows "but" stands on its own.
_CONTRAST = re.compile(r"\s*\b(?:but|pero)\b\s*")


def clauses(sentence: str) -> list[str]:
    """A normalised sentence split where "but" starts a new clause."""
    if "but" not in sentence and "pero" not in sentence:  # most sentences have neither: no need for the regex
        return [sentence] if sentence else []
    return [part for part in _CONTRAST.split(sentence) if part]


_Kept = TypeVar("_Kept")
# Past this many words a new word's result is worked out each time it comes, so memory stays bounded however many
# words people write; a run longer than a word (unspaced scripts) is never kept.
_MAX_WORDS_KEPT = 20_000
_LONGEST_WORD_KEPT = 24


def keep(cache: dict[str, _Kept], word: str, value: _Kept) -> _Kept:
    """What the engine's parts work out once per word (or word start) of normalised text, kept in a plain dict (read
    by the compiled build without a method call) up to a bound."""
    if len(word) <= _LONGEST_WORD_KEPT and len(cache) < _MAX_WORDS_KEPT:
        cache[word] = value
    return value
