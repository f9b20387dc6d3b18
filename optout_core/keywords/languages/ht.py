"""Haitian Creole, with or without accents (ankò = anko, èd = ed). "Rete" also means "to live, to stay" ("m rete
Miami"), so alone it is a keyword but in a sentence it counts only with a verb of sending."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

SEND = r"(?:voye|ekri|tekste|teks|text|mesaj|deranje|kontakte|rele\s+(?:m|mwen)\s+ak\s+mesaj)"
ME = r"(?:m|mwen|mwn|nou)"
MESSAGES = r"(?:mesaj|teks|text|sms|notifikasyon|alet|alèt|piblisite|pwomosyon|anons|rapel)"
NO_SUBJECT = r"(?<!nou\s)(?<!yo\s)(?<!ou\s)(?<!li\s)(?<!n\s)(?<!y\s)(?<!w\s)"
THIS_NUMBER = r"nimewo\s+(?:sa\s+a|sa|mwen|m|la|an)"

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
            Rule("not interested", r"(?:m|mwen)\s+pa\s+enterese",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop sending", r"(?:sispann|rete|kanpe|stop|fini)\s+(?:ak\s+)?(?:voye|ekri|tekste|teks|text|"
                                 r"mesaj|deranje)"),
            Rule("stop the messages", rf"(?:anile|sispann|kanpe|koupe|bloke|dezaktive|fini)\s+(?:abonman\s+)?"
                                      rf"(?:{MESSAGES})\b|\b(?:anile|fini|koupe)\s+abonman\b"),
            Rule("do not send", rf"pa\s+(?:janm\s+)?{SEND}\s+(?:(?:okenn|ankenn|lot|plis)\s+)?(?:{MESSAGES}\s+)?(?:ban\s+|ba\s+|pou\s+|bay\s+)?(?:{ME}\s+|{THIS_NUMBER}\s+)?"
                                r"(?:(?:anyen|okenn|lot|plis)\s+)?(?:mesaj\s+)?(?:anko|ankò|ank|ditou)", negatable=False),
            Rule("do not write me", rf"{NO_SUBJECT}(?<!m\s)(?<!mwen\s)\bpa\s+(?:janm\s+)?(?:voye|ekri|tekste|deranje|"
                                    rf"kontakte)\s+{ME}(?:\s+(?:mesaj|teks|sms))?\s*$", negatable=False),
            Rule("remove me", rf"(?:retire|efase|wete|retirel|retire\s+non|efase\s+non)\s+(?:{ME}|nimewo\s+{ME}|"
                              rf"non\s+{ME})\b"),
            # "mwen vle dezabone": wished, and aimed by what follows ("mwen vle dezabone nan imel yo" is the e-mails)
            Rule("want to unsubscribe", rf"{ME}\s+(?:vle|ta\s+vle|ta\s+renmen|bezwen)\s+(?:dezabone|dezabonnen|anile\s+abonman)\b"),
            Rule("do not want", rf"{ME}\s+pa\s+(?:vle|bezwen)\s+(?:(?:okenn|ankenn|lot|plis)\s+)?(?:resevwa|mesaj|teks|sa|yo|anko)",
                 negatable=False),
            Rule("how to stop", rf"(?:kijan|kouman|kòman|koman)\s+(?:pou\s+)?(?:{ME}\s+)?(?:ka\s+)?(?:fe\s+)?"
                                rf"(?:{MESSAGES}\s+(?:sa\s+yo|sa\s+a|nou\s+yo|yo|sa)\s+)?"
                                r"(?:sispann|rete|dezabone|anile|kanpe|pa\s+resevwa)"),
            Rule("wrong number", r"(?:move|pa\s+bon)\s+nimewo|\bse\s+pa\s+nimewo\s+(?:m|mwen)|\bnimewo\s+an\s+pa\s+"
                                 r"bon|\bmouri\b|\bpa\s+la\s+anko|\bnimewo\s+(?:\w+\s+){0,2}(?:chanje|pa\s+pou\s+(?:m|mwen|li))|"
                                 # "nimewo sa pa pou Roselène ankò": no longer someone's number.
                                 r"\bnimewo\s+(?:\w+\s+){0,2}pa\s+(?:pou|pa)\s+\w+\s+anko\b|"
                                 r"\bchanje\s+(?:met|pwopriyete)|\b(?:nouvo|lot)\s+(?:met|pwopriyete)|"
                                 r"\bse\s+pa\s+nimewo\s+(?:\w+\s+){1,3}(?:anko|ank)\b", negatable=False),
            Rule("consent refused", rf"{ME}\s+pa\s+(?:janm\s+|janmen\s+)?(?:enskri|abone|dako|bay\s+(?:pèmisyon|pemisyon|"
                                    r"nimewo))", negatable=False),
            Rule("legal threat", r"(?:avoka\s+(?:m|mwen)\b|yon\s+avoka|tribinal|pote\s+plent|fe\s+plent|rapote\s+nou|lapolis)\b"),
            Rule("leave me alone", rf"kite\s+{ME}\s+(?:anpe|trankil)|\base\s+(?:konsa|voye)"),
            # "M di nou STOP deja", "poukisa n ap kontinye voye?"
            Rule("complaint about more texts", rf"(?:di|te\s+di|ekri|voye|reponn)\s+(?:nou\s+|ou\s+|w\s+)?"
                                               rf"(?:{QUOTED_STOP}|sispann|rete|dezabone)\s+(?:deja|anpil\s+fwa|plizye\s+fwa)|"
                                               r"\b(?:poukisa\s+(?:\w+\s+){0,2}|(?:nou|ou|yo)\s+(?:ap\s+)?)(?:kontinye|toujou|"
                                               r"pa\s+sispann)\s+(?:ap\s+)?(?:voye|ekri|tekste)", negatable=False),
        ),
        Intent.OPT_IN: (
            # "reyabone" is how "reabone" is often written
            Rule("resubscribe", r"(?:reabone|reyabone|rekomanse)\s+(?:m|mwen|voye)"),
            Rule("receive again", rf"{ME}\s+vle\s+(?:(?:re)?komanse\s+)?(?:resevwa|jwenn)\s+{MESSAGES}\s+(?:\w+\s+){{0,2}}(?:anko|ank)\b"),
            # The texts wished for: "Mwen vle resevwa mesaj distribisyon yo", "m ta vle rekòmanse resevwa mesaj yo",
            # "m vle mesaj yo ankò"
            # ("m pa vle resevwa" is no wish: the negation stands between).
            Rule("wish to receive", rf"{ME}\s+(?:ta\s+)?(?:vle|renmen|bezwen)\s+(?:(?:(?:re)?komanse\s+|kontinye\s+)?resevwa\s+"
                                    rf"{MESSAGES}\b|{MESSAGES}\s+(?:yo\s+)?(?:anko|ank|tounen)\b|"
                                    r"re(?:y)?abone\b|abone\s+(?:anko|ank|tounen)\b)"),
            # "voye mesaj yo ban mwen ankò", "Voye mesaj yo ban m souple", "Kontinye voye mesaj yo ban mwen", asked: "yo
            # voye mesaj ban m ankò", "n ap voye...", "nou kontinye voye..." tell
            Rule("send them again", rf"{NO_SUBJECT}(?<!toujou\s)(?<!kontinye\s)(?<!ap\s)(?<!te\s)\bvoye\s+(?:{MESSAGES}\s+(?:yo\s+|sa\s+yo\s+)?)?"
                                    rf"(?:ban|ba|bay)\s+{ME}(?:\s+(?:{MESSAGES}\s+(?:yo\s+)?)?(?:anko|ank|tounen)\b|(?=\s*$|\s+"
                                    r"(?:souple|silvouple|tanpri|mesi)\b))|"
                                    rf"{NO_SUBJECT}(?<!toujou\s)(?<!kontinye\s)(?<!ap\s)(?<!te\s)\bvoye\s+{MESSAGES}\s+(?:yo\s+)?"
                                    rf"(?:ban|ba|bay)\s+{ME}\b|^kontinye\s+voye\s+{MESSAGES}\b"),
            # Asked for, with no subject: "yo mete m sou lis la" (they put me on the list) is a complaint.
            # "Ajoute m ankò nan lis la", "Remèt mwen sou lis la", "Mete nimewo mwen sou lis mesaj lekòl la"
            Rule("back on the list", rf"{NO_SUBJECT}(?:remete|remet|reantre|reajoute)\s+{ME}\s+(?:sou|nan)\s+lis|"
                                     rf"{NO_SUBJECT}\b(?:ajoute|mete|remete|remet)\s+(?:{ME}|nimewo\s+{ME})\s+(?:(?:anko|tounen)\s+)?"
                                     r"(?:sou|nan)\s+lis\s+(?:mesaj|teks|sms|alet|notifikasyon)\b|"
                                     rf"{NO_SUBJECT}\bajoute\s+{ME}\s+(?:anko|tounen)\s+(?:sou|nan)\s+lis\b|"
                                     rf"{NO_SUBJECT}\b(?:remete|mete)\s+{ME}\s+tounen\b|{NO_SUBJECT}\brekomanse\s+voye\b|"
                                     rf"{NO_SUBJECT}\bmete\s+{ME}\s+(?:anko|tounen)\s+(?:sou|nan)\s+lis\b|"
                                     rf"{NO_SUBJECT}\bmete\s+{ME}\s+(?:sou|nan)\s+lis\s+(?:la\s+|a\s+)?(?:anko|tounen)\b"),
        ),
        Intent.HELP: (
            Rule("who is this", r"(?:kiyes|kilès|kiles|ki\s+moun|kimoun)\s+(?:sa|ou|nou|ki|k|ap)\b"),
            Rule("how did you get my number", r"(?:kote|kijan|kouman|koman)\s+(?:nou|ou|w)\s+(?:fe\s+)?(?:jwenn|pran|gen)\s+"
                                              r"nimewo\s+(?:m|mwen)"),
            Rule("which company", r"(?:ki|kiles|kiyes)\s+(?:konpayi|biznis|magazen|bank|antrepriz|pwogram|klinik|lekol|"
                                  r"legliz|famasi|lopital|biwo|ajans|boutik|salon|restoran|jim|sant|sevis|asirans|"
                                  r"dantis|dokte|oganizasyon)\b"),
            Rule("is this a scam", r"(?:eskwokri|eskwok\w*|eskrok\w*|fwod|arnak)\b|\beske\s+(?:sa|sa\s+a|mesaj\s+sa|mesaj\s+sa\s+a)\s+"
                                   r"(?:se\s+)?(?:vre|reyel|fo)\b"),
            Rule("what is this", r"(?:kisa|ki\s+sa)\s+sa\s+(?:ye|ye\s+a)|\bsa\s+se\s+kisa|"
                                 r"\bpoukisa\s+(?:\w+\s+){0,2}(?:voye|ekri|tekste)\s+(?:m|mwen)\b"),
            Rule("need help", rf"{ME}\s+bezwen\s+(?:ed|èd|yon\s+ti\s+ed)"),
        ),
    },
    # Not "non": it negates in French and Italian ("Non cancellatemi").
    filler="souple silvouple tanpri mesi mersi bonjou bonswa koulye a kounye a",
    filler_phrases=("sil vou ple", "s il vous plait"),
    negators="pa",
    # "Eske nou ka remete m sou lis la?": asked as a request
    frames=r"(?:eske\s+)?(?:nou|ou|w)\s+(?:ka|kab|kapab|te\s+ka)",
    tails="m mwen souple anko",
    # "m voye STOP pa erè", "m te retire m pa erè" (I took myself off by mistake)
    mistakes=(rf"(?:(?:voye|ekri|tape|peze)\s+(?:\w+\s+)?(?:{QUOTED_STOP}|sispann|rete)|(?:retire|dezabone)\s+(?:m|mwen))\s+"
              r"(?:pa\s+(?:ere|aksidan)|san\s+fe\s+espre)"),
    # "sispann resevwa imel": the stop aims at what is received, e-mails here ("dezabone nan imel yo": from them).
    other_targets=(r"(?:(?:resevwa|voye|ekri|nan|sou)\s+)?(?:(?:komand|magazin|jounal|randevou|apel|rele|imel|livrezon|pake)\w*|"
                   r"sevis(?!\s+(?:mesaj|teks|text|sms|alet))|kont\s+(?:mwen|m|la)|kat\s+(?:mwen|m|la)|kontra|fakti)"),
    # "sispann rele m, mesaj yo bon": the texts are fine, something else is not
    texts_welcome=(r"mesaj\s+(?:yo\s+)?(?:bon|ok|pa\s+gen\s+pwoblem)\b|\bvoye\s+mesaj\s+pito\b|\bpito\s+mesaj\b"),
)
