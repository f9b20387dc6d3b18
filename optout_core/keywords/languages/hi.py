"""Hindi (and Hinglish) written in Latin letters, with the spellings people type: karo/kro, nahi/nahin/nhi.
Hindi puts the negation before the verb ("band mat karo", don't stop) and "mat" also forms requests
("message mat bhejo", don't send messages): the rules below keep the two apart."""

from ..lexicon import Intent, Lexicon, Rule

DO = (r"(?:karo|kro|kar\s+do|kardo|krdo|kr\s+do|kijiye|kijie|karein|karen|kar\s+dijiye|kar\s+dijie|kariye|karna|"
      r"kar\s+de|karde|kr\s+de|krde|kar)")
MESSAGES = r"(?:message|messages|msg|msgs|sms|text|texts|ye|yeh|ye\s+sab|yeh\s+sab|ye\s+messages|sandesh|mesej)"

LEXICON = Lexicon(
    language="hi",
    forgives_typos=False,
    object_first=True,
    keywords={
        Intent.OPT_OUT: ("band karo", "band kar do", "band kro", "band kardo", "rok do", "roko", "bas karo",
                         "bas", "mat bhejo", "hatao", "nahi chahiye", "nahin chahiye", "nhi chahiye",
                         "band karein", "band kijiye", "stop karo", "stop kar do", "unsubscribe karo", "bas kijiye",
                         "mat bhejiye", "mat bhejna", "band"),
        Intent.OPT_IN: ("shuru karo", "start karo", "phir se bhejo", "fir se bhejo", "dobara shuru karo",
                        "shuru", "chalu karo"),
        Intent.HELP: ("madad", "madad chahiye", "sahayata", "help chahiye", "aap kaun ho", "kaun ho", "kaun hai",
                      "kon hai", "kon ho", "ye kya hai", "yeh kya hai", "kya hai ye", "kya hai yeh", "jaankari"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("stop the messages", rf"{MESSAGES}\s+(?:bhejna\s+|bhejne\s+|aana\s+)?(?:band|bnd|stop|rok|roko)\s+"
                                      rf"(?:{DO}|do)"),
            Rule("stop", rf"(?:band|bnd|stop|unsubscribe|remove|delete|block|cancel|rok)\s+{DO}\b"),
            Rule("do not send", r"(?:mat|mt|na|nahi|mat\s+hi)\s+(?:bhejo|bhejna|bhejiye|bheje|bhejein|bhejen|bhejiyega|"
                                r"karo\s+(?:message|msg|sms)|pareshan\s+karo|tang\s+karo|message\s+karo|"
                                r"msg\s+karo)", negatable=False),
            Rule("do not want", rf"(?:mujhe|hume|muje|mujhko|humein|hamein)\s+(?:ye\s+|yeh\s+|koi\s+|aur\s+|ab\s+)?"
                                rf"(?:{MESSAGES}\s+)?(?:nahi|nahin|nai|nhi|nahi\s+chahiye)\s*(?:chahiye|chahie|"
                                r"chaiye|chahte|chahta|chahti)?\b|\b(?:nahi|nahin|nhi|nai)\s+(?:chahiye|chaiye|"
                                r"chahie)\b", negatable=False),
            Rule("remove my number", r"(?:mera|mere|meri|hamara)\s+(?:number|no|naam|num)\s+(?:hatao|hata\s+do|"
                                     r"hatadein|hata\s+dijiye|hata\s+de|delete|remove|nikal\s+do|nikalo)"),
            Rule("how to stop", r"(?:kaise|kese|kaisey)\s+(?:band|stop|unsubscribe|rok|hat)"),
            Rule("wrong number", r"(?:galat|glt|gaalat)\s+(?:number|no|namber|num|insaan|aadmi)|"
                                 r"\b(?:guzar\s+gaye|gujar\s+gaye|mar\s+gaye|nahi\s+rahe|swargwas)", negatable=False),
            Rule("consent refused", r"(?:maine|mene|humne|mai\s+ne)\s+(?:kabhi\s+)?(?:subscribe|sign\s+up|"
                                    r"register|permission|ijazat)\s+(?:nahi|nhi|nahin)", negatable=False),
            Rule("leave me alone", r"(?:pareshan|tang|preshan)\s+(?:mat|na|mt)\s+(?:karo|kro|kijiye)|"
                                   r"\b(?:bas|bus)\s+(?:karo|kro|kijiye|karein)"),
        ),
        Intent.OPT_IN: (Rule("resume", r"(?:phir|fir|dobara)\s+se\s+(?:bhejo|shuru|start|chalu)"),),
        Intent.HELP: (
            Rule("who is this", r"(?:aap|ap|tum)\s+(?:kaun|kon|koun)|\b(?:kaun|kon|koun)\s+(?:ho|hai|hain|bol)\b"),
            Rule("what is this", r"(?:ye|yeh|yah)\s+(?:\w+\s+)?(?:kya|kyaa)\s+(?:hai|h)\b|\bkya\s+hai\s+(?:ye|yeh)\b"),
            Rule("how did you get my number", r"(?:mera|meri)\s+(?:number|no)\s+(?:kaha|kahan|kahaan|kaise)\s+se"),
            Rule("need help", r"(?:madad|help|sahayata)\s+(?:chahiye|chaiye|kijiye|karo)"),
        ),
    },
    filler="please plz pls ji bhai yaar abhi turant jaldi bhaiya sir madam dhanyavad shukriya",
    negators="mat mt na nahi nahin nhi",
    tails="ji please abhi",
    other_targets=r"(?:(?:mera|meri|ka|ki)\s+)?(?:order|appointment|call|calls|phone\s+karna|email|delivery|"
                  r"dawai|dawa|parcel)",
)
