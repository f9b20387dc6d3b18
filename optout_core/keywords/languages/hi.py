"""Hindi (and Hinglish) written in Latin letters, with the spellings people type: karo/kro, nahi/nahin/nhi.
Hindi puts the negation before the verb ("band mat karo", don't stop) and "mat" also forms requests
("message mat bhejo", don't send messages): the rules below keep the two apart."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

DO = (r"(?:karo|kro|kar\s+do|kardo|krdo|kr\s+do|kijiye|kijie|karein|karen|kar\s+dijiye|kar\s+dijie|kariye|karna|"
      r"kar\s+de|karde|kr\s+de|krde|kar)")
PERSON = r"(?!order|account|bill|ticket|booking|parcel|delivery|tracking|otp|pin)\w+"
RECEIVED = r"(?:message|messages|msg|msgs|sms|alerts?|updates?|offers?|notifications?)"
MESSAGES = r"(?:message|messages|msg|msgs|sms|text|texts|ye|yeh|ye\s+sab|yeh\s+sab|ye\s+messages|sandesh|mesej)"
# "dobara" as people type it ("dubara", "dobaara"), and "phir se" / "fir se": again.
AGAIN = r"(?:(?:phir|fir)\s+se|dobara(?:\s+se)?|dubara(?:\s+se)?|dobaara|dubaara)"
# The texts, named so that they are a kind of texts and not one message sent again ("OTP wala message dobara
# bhejo"): in the plural, or described ("masjid ke message", "offers wale msg"), never by a code.
KIND_OF_TEXTS = (r"(?:(?:(?!otp|code|pin|password|link)\w+\s+){1,3}?(?:ke|ki|wale|vale|wali|wala|vala)\s+(?:message|msg|sms)|"
                 r"(?:(?!otp|code|pin|password|link)\w+\s+){0,3}?(?:messages|msgs|alerts|updates|offers|notifications|"
                 r"deals|reminders))")
ADD = r"(?:add|daal|dal|jod|include)"
# A wish told as past ("mujhe bhi ... chahiye the, par ab nahi"): not asked now.
NOT_PAST = r"(?!\s+(?:the|thi|tha)\b)"
# Asked, not told: "wapas add kar do", never "tumne mujhe wapas add kar diya" (you added me back).
ADD_DONE = (r"(?:karo|kro|kar\s+do|kardo|krdo|kr\s+do|kar\s+dijiye|kar\s+dijie|kijiye|kijie|karein|karen|kariye|kar\s+de|"
            r"karde|do|dijiye|de|lo)\b")

LEXICON = Lexicon(
    language="hi",
    forgives_typos=False,
    object_first=True,
    keywords={
        Intent.OPT_OUT: ("band karo", "band kar do", "band kro", "band kardo", "rok do", "roko", "bas karo", "bas kar",
                         "bas kar do", "bas kr",
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
            Rule("not interested", r"(?:interest|interested|dilchaspi|ruchi)\s+(?:nahi|nhi|nahin)",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
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
            Rule("do not text", r"(?:message|messages|msg|msgs|sms|text)\s+(?:mat|mt|na)\s+(?:karo|kro|kijiye|karna|"
                                r"bhejo|bhejna|bhejiye)\b", negatable=False),
            Rule("remove my number", r"(?:mera|mere|meri|hamara)\s+(?:number|no|naam|num)\s+(?:list\s+se\s+|yaha\s+se\s+|"
                                     r"yahan\s+se\s+)?(?:hatao|hata\s+do|"
                                     r"hatadein|hata\s+dijiye|hata\s+de|delete|remove|nikal\s+do|nikalo)"),
            # "mujhe is list se hatao": off the list, the writer named first.
            Rule("remove me", r"(?:mujhe|muje|hume|humein|mera\s+naam|mera\s+number)\s+(?:is\s+|iss\s+|ye\s+|aapki\s+|apki\s+)?"
                              r"list\s+se\s+(?:hatao|hata\s+do|hata\s+dijiye|hataiye|hatayein|nikalo|nikal\s+do|remove)"),
            Rule("how to stop", r"(?:kaise|kese|kaisey|kaise\s+bhi)\s+(?:band|bnd|stop|unsubscribe|rok|hat|off|block)|"
                                r"\b(?:band|bnd|stop|unsubscribe|off|block|rok|cancel)\s+(?:kaise|kese|kaisey)\s+(?:karu|karun|"
                                r"karoon|karein|karen|kare|kar|kr\w*|hoga|honge|hote|hota|ho\w*)\b"),
            Rule("wrong number", r"(?:number|no)\s+kisi\s+(?:aur|or|dusre)\s+ka|\bkisi\s+(?:aur|or|dusre)\s+ka\s+"
                                 r"number|(?:galat|glt|gaalat)\s+(?:number|no|namber|num|insaan|aadmi)|"
                                 r"\b(?:guzar\s+gaye|gujar\s+gaye|mar\s+gaye|nahi\s+rahe|swargwas)|"
                                 r"\b(?:number|no|num)\s+(?:ka\s+)?(?:owner|malik|maalik)\s+(?:badal|change)|"
                                 r"\b(?:number|no)\s+(?:badal|change)\s+(?:gaya|ho\s+gaya|kar\s+liya)|\b(?:naya|nayi)\s+"
                                 r"(?:owner|malik)|\b(?:mera|ye|yeh)\s+number\s+(?:nahi|nhi)\s+(?:hai|h)\b|"
                                 r"\b(?:pehle|pahle|purane|pichhle|pichle)\s+(?:wale|wala|vale|wali|vali)\s+(?:ka|ki|ke)\s+"
                                 r"(?:naam|number|message|msg)|\bpurane\s+(?:malik|owner)|\b(?:ye|yeh|aapka|apka)\s+(?:number|no|num)\s+(?:galat|glt|gaalat|wrong)\b|"
                                 rf"\b(?:ye|yeh)\s+number\s+{PERSON}\s+(?:ka|ki|ke)\s+(?:nahi|nhi)\s+(?:hai|h)\b|"
                                 rf"\b(?:ye|yeh)\s+{PERSON}\s+(?:ka|ki|ke)\s+number\s+(?:nahi|nhi)\b", negatable=False),
            Rule("consent refused", r"(?:consent|permission|ijazat|anumati|sahmati)\s+(?:nahi|nhi|nahin)\s+"
                                    r"(?:di|diya|deta|deti|dete|dee|hai)\b|\b(?:maine|mene|humne|mai\s+ne)\s+(?:kabhi\s+)?(?:subscribe|sign\s+up|"
                                    r"register|permission|ijazat)\s+(?:nahi|nhi|nahin)", negatable=False),
            # "Kitni baar bolu STOP", "phir bhi bhej rahe ho": texts that go on after a stop.
            # Not someone else's words ("Pandit ji ne bola tha stop kar do"): "maine bola" is the writer's own.
            Rule("complaint about more texts", rf"(?<!\bne\s)(?<!\bney\s)(?<!usne\s)(?<!unhone\s)(?:bola|bol\s+diya|bol\s+chuka|kaha|keh\s+diya|likha|bolu|bolun|kahu|kahun)\s+"
                                               rf"(?:(?:tha|thi|hai|na|ki|ke)\s+){{0,2}}(?:{QUOTED_STOP}|band)\b|"
                                               rf"\b(?:{QUOTED_STOP}|band)\s+(?:bola|bol\s+diya|bol\s+chuka|kaha|likha|likh\s+diya)\b|"
                                               r"\b(?:phir|fir|ab|abhi)\s+bhi\s+(?:\w+\s+)?(?:bhej|message\s+kar|msg\s+kar)\w*|"
                                               r"\b(?:phir|fir|ab|abhi)\s+bhi\s+(?:aapke\s+|apke\s+|tumhare\s+|ye\s+|yeh\s+)?"
                                               r"(?:msg|msgs|message|messages|sms|texts?)\s+(?:aa|aate|aaye|aati|aa\s+rahe|"
                                               r"aa\s+raha|aa\s+gaya|aa\s+gaye)\b|"
                                               r"\b(?:kyu|kyun|kyon)\s+(?:\w+\s+){0,2}(?:bhej\s+rahe|bhejte)", negatable=False),
            Rule("legal threat", r"(?:complaint|shikayat|case|police|report|fir)\s+(?:\w+\s+)?(?:karunga|karungi|"
                                 r"kar\s+dunga|kar\s+dungi|karenge|kar\s+denge|karoonga|darj)\b|"
                                 r"\b(?:mera|mere|apne|apna)\s+(?:vakil|lawyer)\b|\b(?:vakil|lawyer)\s+(?:ko|se)\b"),
            Rule("leave me alone", r"(?:pareshan|tang|preshan|pareshaan|disturb|irritate|pester)\s+(?:mat|na|mt)\s+(?:karo|kro|kijiye)|"
                                   r"\b(?:bas|bus)\s+(?:karo|kro|kijiye|karein)"),
        ),
        Intent.OPT_IN: (
            Rule("resume", rf"{AGAIN}\s+(?:{RECEIVED}\s+)?(?:bhejna\s+)?(?:bhejo|shuru|start|chalu)|"
                           rf"\b(?:{AGAIN}|wapas)\s+(?:subscribe|start|shuru|chalu|join)\s+(?:karna|karo|kro|"
                           r"kar\s+do|kardo|kijiye|kar\s+dijiye)"),
            Rule("receive again", rf"(?:{AGAIN}|(?:wapas|vapas)(?:\s+se)?)\s+(?:ye\s+|sab\s+)?(?:\w+\s+(?:ke|ki|ka)\s+)?"
                                  rf"{RECEIVED}\s+"
                                  rf"(?:chahiye|chaiye|bhejo|bhejiye|bhejna|bhejiyega|bhej\s+do|bhej\s+dijiye)\b|"
                                  rf"\b{RECEIVED}\s+(?:(?:{AGAIN}|wapas|vapas)\s+)?(?:resume|start|chalu|on|activate)\s+{DO}|"
                                  rf"^(?:start|resume|subscribe|resubscribe)\s+{DO}\b|"
                                  # "Diwali ke messages fir se chahiye": the texts first, then again
                                  rf"\b{KIND_OF_TEXTS}\s+(?:{AGAIN}|wapas|vapas)\s+(?:chahiye|chaiye|chahie)\b{NOT_PAST}"),
            # "mujhe bhi masjid ke message chahiye", "mujhe bhi weekly deals ke msg bhejo": the writer wants them too.
            # Not "mujhe toh messages chahiye" (told beside someone else's STOP: they already come).
            # "mujhe subscribe karna hai": the writer's own wish, nothing else named
            Rule("subscribe", rf"(?:mujhe|muje|hume|humein|hamein)\s+(?:bhi\s+)?(?:(?:{AGAIN}|wapas|vapas)\s+)?"
                              r"(?:subscribe|resubscribe|re\s+subscribe)\s+(?:karna|kar\s+do|karo|kar\s+dijiye|kijiye)\b"),
            Rule("want the texts too", rf"(?:mujhe|muje|hume|humein|hamein)\s+bhi\s+{KIND_OF_TEXTS}\s+"
                                       rf"(?:chahiye|chaiye|chahie|bhejo|bhejiye|bhejna|bhej\s+do|bhej\s+dijiye)\b{NOT_PAST}|"
                                       # "mujhe bhi list mein add kar do": on the list too
                                       rf"\b(?:mujhe|muje|hume|humein|hamein)\s+bhi\s+list\s+(?:me|mein|main|mai)\s+{ADD}\s+{ADD_DONE}"),
            Rule("add me back", rf"(?:mujhe|hume|humein|mera\s+number)\s+(?:{AGAIN}|wapas|vapas)\s+(?:list\s+(?:me|mein|main|mai)\s+)?"
                                rf"{ADD}\s+{ADD_DONE}|"
                                rf"\blist\s+(?:me|mein|main|mai)\s+(?:{AGAIN}|wapas|vapas)\s+{ADD}|"
                                # "wapas add kar dijiye" as a clause of its own: no one but the writer is named
                                rf"^(?:please\s+|plz\s+|pls\s+)?(?:{AGAIN}|wapas|vapas)\s+{ADD}\s+{ADD_DONE}"
                                # not someone else: "wapas add kar do usko"
                                r"(?!\s+(?:usko|unko|use|unhe|unhen|inko|isko|usse|unse))"),
        ),
        Intent.HELP: (
            Rule("who is this", r"(?:aap|ap|tum)\s+(?:kaun|kon|koun)\b|\b(?:kaun|kon|koun)\s+(?:ho|hai|hain|bol)\b|"
                                r"\b(?:kaun|kon|koun)\s+(?:bhej|message\s+kar|msg\s+kar)\w*"),
            Rule("which company", r"(?:kaun\s*si|konsi|kaunsi|kon\s*si)\s+(?:company|kampani|dukaan|firm)|"
                                  r"\b(?:kaun\s*sa|kaunsa|konsa|kon\s*sa|kaun\s*si|kaunsi|konsi|kon\s*si|kaun\s*se|kaunse|"
                                  r"konse)\s+(?!din\b|time\b|samay\b|date\b|tarikh\b|waqt\b)\w+\s+(?:hai|h|he|hain)\s*$|"
                                  r"\bcompany\s+(?:ka\s+)?naam|"
                                  r"\bkis\s+(?:\w+\s+)?(?:ka|ki|ke)\s+(?:message|msg|sms|text)\b|"
                                  r"\b(?:message|msg|sms|text|number)\s+(?:kis|kisne|kiska|kiski)\b"),
            Rule("what is this", r"(?:ye|yeh|yah)\s+(?:\w+\s+)?(?:kya|kyaa)\s+(?:hai|h)\b|\bkya\s+hai\s+(?:ye|yeh)\b|"
                                 r"\bkis\s+(?:baare|bare|bareme|cheez)\s+(?:me|mein|main|ke\s+liye)\b"),
            Rule("how did you get my number", r"(?:mera|meri)\s+(?:number|no)\s+(?:kaha|kahan|kahaan|kaise)\s+se"),
            Rule("need help", r"(?:madad|help|sahayata|info|jaankari|jankari)\s+(?:chahiye|chaiye|kijiye|karo|do|dijiye|"
                              r"de\s+do)\b|\b(?:matlab|matlb|mtlb)\s+kya\s+(?:hai|h)\b|\bkya\s+matlab\b"),
            Rule("is this a scam", r"(?:kya|kya\s+ye|kya\s+yeh|ye|yeh)\s+(?:\w+\s+){0,3}?(?:fraud|scam|fake|farzi|dhokha|dhoka)\b|"
                                   r"\b(?:fraud|scam|fake|farzi|dhokha|dhoka)\s+(?:hai|h|he)\b"),
        ),
    },
    filler="please plz pls ji bhai yaar abhi turant jaldi bhaiya sir madam dhanyavad shukriya",
    negators="mat mt na nahi nahin nhi",
    reported_speech=(r"(?:\b(?<!mai\s)(?<!main\s)(?<!hum\s)(?<!maine\s)(?:ne|ney)|\b(?:usne|unhone|unhonne|isne|inhone))\s+"
                     r"(?:bola|boli|bole|kaha|likha|bataya|samjhaya)"),
    # "unsubscribe mat karo": an English verb, then the negation, then "karo".
    negators_after="mat mt",
    tails="ji please abhi ye yeh sab msgs dobara",
    # "maine pehle stop kiya tha, ab dobara subscribe karna hai": a STOP told as once sent, beside a plain opt-in.
    told=r"(?:stop|unsubscribe|band)\s+(?:kiya|kar\s+diya|kar\s+chuka|kar\s+chuki|bheja|likha|likh\s+diya)",
    # Or taken back: "pehle unsubscribe kar diya tha, ab phir se start karo" (stopped before, now wants them again).
    # Spaces are written as the single spaces normalised text has, so the mistakes' screen (screen.py) reads "phir se",
    # not "fir", as a string every match needs.
    mistakes=(rf"(?:{QUOTED_STOP}|band) (?:kiya|kar diya|kar di|kar chuka|kar chuki) (?:tha|thi) "
              rf"(?:\w+ ){{0,2}}?(?:ab|lekin|par|magar|pr) (?:\w+ )?(?:phir se|fir se|dobara|wapas|vapas) "
              rf"(?:\w+ )?(?:start|shuru|chalu|join|bhejo|chahiye)\b|"
              rf"(?:galti|galati|galthi|bhool|bhul|mistake)\s+se\s+(?:\w+\s+){{0,2}}(?:{QUOTED_STOP}|band)\s+"
              rf"(?:(?:bhej|likh|daba|press|send|type|reply)\w*|kar\s+(?:diya|di|dia|diye)|kiya|ho\s+gaya)|\b(?:{QUOTED_STOP})\s+(?:galti|galati|bhool|bhul|mistake)\s+se"),
    other_targets=r"(?:(?:mera|meri|ka|ki)\s+)?(?:order|appointment|call|calls|phone\s+karna|email|delivery|"
                  r"dawai|dawa|parcel)",
    # "call mat karo, message theek hai": the texts are fine, something else is not
    # ... or wanted, whoever says to stop them: "biwi bolti hai stop bhejo par mujhe offers chahiye"
    texts_welcome=(r"(?:message|messages|msg|sms|text)\s+(?:theek|thik|chalega|ok)\s+(?:hai|he|h)\b|"
                   r"\bmujhe\s+(?:to\s+|toh\s+)?(?:ye\s+|yeh\s+|aapke\s+|apke\s+)?(?:offers?|deals?|messages?|msgs?|sms|"
                   r"updates?|discounts?)\s+(?:chahiye|chaiye|chahie)\b"),
)
