"""Tagalog and Taglish ("pa-stop na po", "wag nyo na ako i-text"). "po", "na", "naman" are politeness and aspect
particles that do not change a request."""

from ..lexicon import Intent, Lexicon, Rule

TEXT = (r"(?:i\s*te?xt|itext|te?xt|mag\s*te?xt|magtext|pagte?xt|pag\s*te?xt|mensahe|message|i\s*message|padalhan|"
        r"magpadala|pagpapadala|pagpadala|mag\s*send|send|istorbohin|spam|tawagan\s+at\s+i\s*te?xt)")
PRONOUN = r"(?:nyo|niyo|ninyo|mo|kayo|ka|kayong|kang)"

LEXICON = Lexicon(
    language="tl",
    forgives_typos=False,
    keywords={
        Intent.OPT_OUT: ("tigil", "itigil", "tama na", "ayoko na", "ayaw ko na", "hinto", "ihinto", "tumigil",
                         "tigilan", "tigilan nyo na", "stop na", "pa stop", "paki stop", "pakistop", "pastop",
                         "wag na", "huwag na", "tama na po", "ayoko", "ayaw ko", "unsubscribe na",
                         "tanggalin nyo ako", "alisin nyo ako", "hindi ko kailangan", "di ko kailangan",
                         "pakitigil", "itigil nyo na", "hinto na", "tigil na"),
        Intent.OPT_IN: ("simulan", "ituloy", "start ulit", "i start ulit", "simulan ulit", "ituloy ulit"),
        Intent.HELP: ("tulong", "saklolo", "sino to", "sino ito", "sino po ito", "sino po to", "sino ka",
                      "sino kayo", "ano to", "ano ito", "ano po ito", "ano po to", "sino ba to", "sino ba ito",
                      "ano ba to", "ano ba ito", "pa help", "patulong", "paki tulong"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("stop sending", rf"(?:itigil|tigil|tigilan|ihinto|hinto|tumigil|stop)\s+(?:na\s+)?"
                                 rf"(?:{PRONOUN}\s+)?(?:na\s+)?(?:po\s+)?(?:ang\s+)?(?:(?:mga|pag)\s+)?{TEXT}"),
            Rule("do not send", rf"(?:wag|huwag|hwag|wg|wag\s+na|huwag\s+na)\s+(?:na\s+)?(?:po\s+)?(?:{PRONOUN}\s+)?"
                                rf"(?:na\s+)?(?:po\s+)?(?:akong\s+|ako\s+|kaming\s+)?(?:na\s+)?{TEXT}",
                 negatable=False),
            Rule("do not want", r"(?:ayoko|ayaw\s+ko|ayaw\s+namin|hindi\s+ko\s+gusto)\s+(?:na\s+)?(?:po\s+)?"
                                r"(?:ng\s+|ang\s+|nang\s+)?(?:mga\s+)?(?:text|message|mensahe|makatanggap|tumanggap|"
                                r"ganito|ganyan|nito|neto)", negatable=False),
            Rule("remove me", r"(?:tanggalin|alisin|burahin|i\s*remove|iremove|remove|i\s*delete|delete)\s+"
                              r"(?:na\s+)?(?:nyo\s+|niyo\s+|mo\s+)?(?:na\s+)?(?:po\s+)?(?:ako|number\s+ko|"
                              r"numero\s+ko|ang\s+number\s+ko|ang\s+numero\s+ko)"),
            Rule("leave me alone", r"(?:tigilan|tantanan|lubayan)\s+(?:na\s+)?(?:nyo|niyo|ninyo|mo)?\s*(?:na\s+)?"
                                   r"(?:po\s+)?ako\b"),
            Rule("polite stop", r"(?:paki|pa)\s*(?:stop|tigil|itigil|hinto|unsubscribe|unsub|remove|alis|tanggal)"),
            Rule("how to stop", r"(?:paano|pano|pa\s+ano)\s+(?:po\s+)?(?:ba\s+)?(?:mag\s*|ma\s*)?(?:unsubscribe|"
                                r"stop|itigil|ihinto|tumigil|opt\s*out|tanggal|alis|i\s*stop)"),
            Rule("wrong number", r"(?:maling|mali\s+ang|mali\s+po\s+ang)\s+(?:number|numero)|\bhindi\s+(?:po\s+)?"
                                 r"(?:ako\s+)?(?:ito|to|yan)\s+si\b|\bhindi\s+(?:ko|po\s+ito)\s+(?:number|numero)|"
                                 r"\b(?:patay\s+na|namatay|pumanaw|yumao)\b", negatable=False),
            Rule("consent refused", r"hindi\s+(?:po\s+)?(?:ako\s+)?(?:nag\s*)?(?:sign\s*up|subscribe|register|"
                                    r"pumayag|nagpa\s*register)", negatable=False),
            Rule("enough", r"tama\s+na\b|\bsobra\s+na\b"),
        ),
        Intent.OPT_IN: (Rule("resume", r"(?:ituloy|simulan|i\s*start)\s+(?:na\s+)?(?:nyo\s+|niyo\s+|mo\s+)?"
                                       r"(?:na\s+)?(?:po\s+)?ulit"),),
        Intent.HELP: (
            Rule("who is this", r"sino\s+(?:po\s+)?(?:ba\s+)?(?:to|ito|kayo|ka|yan|ang\s+nag\s*te?xt)\b"),
            Rule("what is this", r"ano\s+(?:po\s+)?(?:ba\s+)?(?:to|ito|yan|iyan)\b"),
            Rule("how did you get my number", r"(?:paano|saan)\s+(?:nyo|niyo|mo)\s+(?:po\s+)?(?:nakuha|kinuha)\s+"
                                              r"(?:ang\s+)?(?:number|numero)\s+ko"),
        ),
    },
    filler="po na naman nga lang ho sana salamat opo pls please paki oh ha ba talaga",
    negators="wag huwag hindi di",
    tails="po na ako",
    other_targets=r"(?:(?:ang|yung|ng|sa|mga)\s+)?(?:order|appointment|tawag|pagtawag|email|delivery|deliver|"
                  r"reseta|gamot|membership|bayad)",
)
