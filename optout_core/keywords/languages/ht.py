"""Haitian Creole, with or without accents (ankò = anko, èd = ed). "Rete" also means "to live, to stay" ("m rete
Miami"), so alone it is a keyword but in a sentence it counts only with a verb of sending."""

from ..lexicon import Intent, Lexicon, Rule

SEND = r"(?:voye|ekri|tekste|teks|text|mesaj|deranje|kontakte|rele\s+(?:m|mwen)\s+ak\s+mesaj)"
ME = r"(?:m|mwen|mwn|nou)"

LEXICON = Lexicon(
    language="ht",
    forgives_typos=False,
    keywords={
        Intent.OPT_OUT: ("rete", "sispann", "kanpe", "dezabone", "anile", "sispann voye", "pa voye anko",
                         "ase", "ase konsa", "retire m", "retire mwen", "kite m anpe", "kite m trankil",
                         "mwen pa vle", "m pa vle", "stop souple", "sispann souple", "fini", "bouke"),
        Intent.OPT_IN: ("komanse", "rekomanse", "reabone", "kontinye", "abone"),
        Intent.HELP: ("ed", "ede m", "ede mwen", "mwen bezwen ed", "m bezwen ed", "kiyes sa", "kiyes ou ye",
                      "ki moun sa", "kimoun sa", "kisa sa ye", "sa se kisa", "kiyes ki la", "enfomasyon", "ki sa sa"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("stop sending", r"(?:sispann|rete|kanpe|stop|fini)\s+(?:ak\s+)?(?:voye|ekri|tekste|teks|text|"
                                 r"mesaj|deranje)"),
            Rule("do not send", rf"pa\s+(?:janm\s+)?{SEND}\s+(?:ban\s+|pou\s+|bay\s+)?(?:{ME}\s+)?"
                                r"(?:mesaj\s+)?(?:anko|ankò|ank|ditou)", negatable=False),
            Rule("remove me", rf"(?:retire|efase|wete|retirel|retire\s+non|efase\s+non)\s+(?:{ME}|nimewo\s+{ME}|"
                              rf"non\s+{ME})\b"),
            Rule("do not want", rf"{ME}\s+pa\s+(?:vle|bezwen)\s+(?:resevwa|mesaj|teks|sa|yo|anko)",
                 negatable=False),
            Rule("how to stop", rf"(?:kijan|kouman|kòman|koman)\s+(?:pou\s+)?(?:{ME}\s+)?(?:ka\s+|fe\s+)?"
                                r"(?:sispann|rete|dezabone|anile|kanpe|pa\s+resevwa)"),
            Rule("wrong number", r"(?:move|pa\s+bon)\s+nimewo|\bse\s+pa\s+nimewo\s+(?:m|mwen)|\bnimewo\s+an\s+pa\s+"
                                 r"bon|\bmouri\b|\bpa\s+la\s+anko", negatable=False),
            Rule("consent refused", rf"{ME}\s+pa\s+(?:janm|janmen)\s+(?:enskri|abone|dako|bay)", negatable=False),
            Rule("leave me alone", rf"kite\s+{ME}\s+(?:anpe|trankil)|\base\s+(?:konsa|voye)"),
        ),
        Intent.OPT_IN: (Rule("resubscribe", r"(?:reabone|rekomanse)\s+(?:m|mwen|voye)"),),
        Intent.HELP: (
            Rule("who is this", r"(?:kiyes|kilès|kiles|ki\s+moun|kimoun)\s+(?:sa|ou|ki\s+la|k\s+ap)"),
            Rule("what is this", r"(?:kisa|ki\s+sa)\s+sa\s+(?:ye|ye\s+a)|\bsa\s+se\s+kisa"),
            Rule("need help", rf"{ME}\s+bezwen\s+(?:ed|èd|yon\s+ti\s+ed)"),
        ),
    },
    filler="souple silvouple tanpri mesi mersi bonjou bonswa non koulye a kounye a",
    filler_phrases=("sil vou ple", "s il vous plait"),
    negators="pa",
    tails="m mwen souple anko",
    other_targets=r"(?:(?:komand|randevou|apel|rele|imel|livrezon|pake)\w*)",
)
