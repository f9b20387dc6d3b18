"""Polish."""

from ..lexicon import Intent, Lexicon, Rule

LEXICON = Lexicon(
    language="pl",
    keywords={
        Intent.OPT_OUT: ("zatrzymaj", "wypisz", "wypisz mnie", "rezygnuje", "rezygnacja", "koniec", "stop prosze",
                         "wystarczy", "dosc", "usun mnie", "anuluj"),
        Intent.OPT_IN: ("wznow", "zapisz", "zapisz mnie", "start prosze"),
        Intent.HELP: ("pomoc", "pomocy", "kto to", "kto pisze", "co to jest"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("unsubscribe", r"(?:wypisz(?:cie)?|usun(?:cie)?)\s+(?:mnie|moj\s+numer)\b|\bwypis(?:anie|ac|ania)\b"),
            Rule("do not send", r"nie\s+(?:wysylajcie|piszcie|wysylaj|pisz)\b", negatable=False),
            Rule("do not want", r"nie\s+chce\s+(?:wiecej|juz|dostawac|otrzymywac)\b", negatable=False),
            Rule("stop sending", r"przesta\w*\s+(?:do\s+mnie\s+)?(?:wysylac|pisac)\b"),
            Rule("wrong number", r"(?:zly|pomylka)\s+numer|\bpomylka\b", negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("receive again", r"(?:znowu|ponownie)\s+(?:dostawac|otrzymywac)"),
            Rule("subscribe again", r"zapisz\s+mnie"),
        ),
        Intent.HELP: (Rule("who is this", r"kto\s+(?:to|pisze|mowi)\b"),),
    },
    filler="prosze dziekuje dzieki czesc",
    negators="nie nigdy",
    other_targets=r"(?:zamowienie|wizyte|wizyta|rezerwacje|telefony|maile)",
)
