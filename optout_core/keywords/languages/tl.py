"""Tagalog and Taglish ("pa-stop na po", "wag nyo na ako i-text"). "po", "na", "naman" are politeness and aspect
particles that do not change a request."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

# Verbs reduplicate their first syllable for the ongoing aspect: "pagtetext", "nagte-text", "tine-text".
TEXT = (r"(?:(?:pag|mag|nag|i|ma)\s*te\s*te?xt\w*|kaka\s*te?xt\w*|kaka\s*message\w*|tine\s*te?xt\w*|(?:pag|mag|nag)\s*me\s*message\w*|i\s*te?xt|itext|te?xt|mag\s*te?xt|magtext|pagte?xt|pag\s*te?xt|mensahe|message|i\s*message|padalhan|"
        r"magpadala|pagpapadala|pagpadala|mag\s*send|send|istorbohin|spam|tawagan\s+at\s+i\s*te?xt)")
PRONOUN = r"(?:nyo|niyo|ninyo|mo|kayo|ka|kayong|kang)"

LEXICON = Lexicon(
    language="tl",
    forgives_typos=False,
    keywords={
        Intent.OPT_OUT: ("wag", "huwag", "tigil", "itigil", "tama na", "ayoko na", "ayaw ko na", "hinto", "ihinto", "tumigil",
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
            Rule("not interested", r"(?:hindi|di)\s+(?:po\s+)?(?:ako\s+)?interesado",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop sending", rf"(?:itigil|tigil|tigilan|ihinto|hinto|tumigil|stop|kanselahin|i\s*cancel)\s+(?:na\s+)?"
                                 rf"(?:{PRONOUN}\s+)?(?:na\s+)?(?:po\s+)?(?:ang\s+)?(?:(?:mga|pag)\s+)?{TEXT}"),
            Rule("do not send", rf"(?:wag|huwag|hwag|wg|wag\s+na|huwag\s+na)\s+(?:na\s+)?(?:po\s+)?(?:{PRONOUN}\s+)?"
                                rf"(?:na\s+)?(?:po\s+)?(?:akong\s+|ako\s+|ko\s+|kaming\s+)?(?:na\s+)?{TEXT}",
                 negatable=False),
            Rule("do not want", r"(?:ayoko|ayaw\s+ko|ayaw\s+namin|hindi\s+ko\s+gusto)\s+(?:na\s+)?(?:po\s+)?"
                                r"(?:ng\s+|ang\s+|nang\s+)?(?:mga\s+)?(?:text|message|mensahe|makatanggap|tumanggap|"
                                r"ganito|ganyan|nito|neto|promo|update|alert|reminder|notif|sms|offer|ads?\b)", negatable=False),
            # "i-delete nyo na yan" after naming the number: delete it, flagged (what "it" is, a person should see).
            Rule("delete it", r"(?:i\s*delete|idelete|burahin|tanggalin|alisin|i\s*remove)\s+(?:na\s+)?(?:nyo|niyo|mo)\s+"
                              r"(?:na\s+)?(?:po\s+)?(?:yan|yun|iyan|iyon)\s*$",
                 review="'delete it' may mean the number or something else the message names"),
            Rule("remove me", r"(?:tanggalin|alisin|burahin|i\s*remove|iremove|remove|i\s*delete|delete)\s+"
                              r"(?:na\s+)?(?:nyo\s+|niyo\s+|mo\s+)?(?:na\s+)?(?:po\s+)?(?:ako|number\s+ko|"
                              r"numero\s+ko|ang\s+number\s+ko|ang\s+numero\s+ko)"),
            Rule("leave me alone", r"(?:tigilan|tantanan|lubayan)\s+(?:na\s+)?(?:nyo|niyo|ninyo|mo)?\s*(?:na\s+)?"
                                   r"(?:po\s+)?(?:ako|ko|aq)\b"),
            Rule("stop, you", r"^(?:paki\s*)?(?:stop|itigil|ihinto|unsubscribe|unsub|tanggalin|alisin|i\s*stop|"
                              rf"i\s*unsubscribe)\s+{PRONOUN}(?:\s+(?:na|po|ako|ko|naman|please|pls))*\s*$"),
            Rule("polite stop", r"(?:paki|pa)\s*(?:stop|tigil|itigil|hinto|unsubscribe|unsub|remove|alis|tanggal|bura|delete)"),
            Rule("how to stop", r"(?:paano|pano|pa\s+ano)\s+(?:po\s+)?(?:ba\s+)?(?:(?:ito|to|yan|iyan)\s+)?(?:mag\s*|ma\s*)?(?:unsubscribe|"
                                r"stop|itigil|ihinto|tumigil|opt\s*out|tanggal|alis|i\s*stop)"),
            Rule("wrong number", r"(?:maling|mali\s+ang|mali\s+po\s+ang)\s+(?:number|numero)|\bhindi\s+(?:po\s+)?"
                                 r"(?:ako\s+)?(?:ito|to|yan)\s+si\b|\bhindi\s+(?:ko|po\s+ito)\s+(?:number|numero)|"
                                 r"\b(?:patay\s+na|namatay|pumanaw|yumao)\b|"
                                 r"\bbago\s+(?:na\s+)?(?:po\s+)?(?:ang\s+)?(?:may\s*ari|owner|gumagamit)\b|"
                                 r"\b(?:may\s*ari|owner)\s+(?:na\s+)?(?:po\s+)?(?:ay\s+)?bago\b|"
                                 r"\bhindi\s+na\s+(?:po\s+)?(?:kay|ni)\s+\w+\s+(?:ang\s+)?(?:number|numero)|"
                                 r"\b(?:number|numero)\s+(?:na\s+)?(?:to|ito)\s+(?:ay\s+)?hindi\s+na\s+(?:kay|kanya|ni)\b|"
                                 r"\bhindi\s+(?:na\s+)?(?:po\s+)?(?:ito|to|yan)\s+(?:ang\s+)?(?:number|numero)\s+(?:ni|nila)\b|"
                                 r"\b(?:hindi|di)\s+(?:na\s+)?(?:po\s+)?(?:akin|sa\s+akin)\s+(?:ang\s+|yung\s+)?(?:number|numero)\b|"
                                 r"\b(?:number|numero)\s+(?:na\s+)?(?:ito|to)\s+(?:ay\s+)?(?:hindi|di)\s+(?:na\s+)?(?:po\s+)?akin\b|"
                                 r"\blumipat\s+(?:na\s+)?(?:po\s+)?(?:(?:si|sila)\s+(?:\w+\s+){1,2})?(?:ng\s+|sa\s+)?ibang\s+"
                                 r"(?:number|numero)\b",
                 negatable=False),
            Rule("consent refused", r"(?:hindi|di|never|kailanman\s+hindi)\s+(?:po\s+)?(?:ako\s+)?(?:nag\s*)?(?:sign\s*up|subscribe|register|"
                                    r"pumayag|nagpa\s*register)", negatable=False),
            Rule("enough", r"tama\s+na\b|\bsobra\s+na\b"),
            Rule("legal threat", r"(?:i\s*re\s*report|ireport|i\s*report|isusumbong|idedemanda|kakasuhan|kakasuhan)\s+(?:ko|namin)\s+"
                                 r"(?:po\s+)?(?:kayo|kau|kyo)\b"),
            Rule("do not need", r"(?:hindi|di)\s+(?:ko|namin)\s+(?:na\s+)?(?:po\s+)?kailangan\s*(?:(?:to|ito|yan|nito|po|na)\s*)*$|"
                                r"\b(?:hindi|di)\s+(?:ko|namin)\s+(?:na\s+)?(?:po\s+)?kailangan\s+(?:ng|ang)\s+(?:mga\s+)?"
                                r"(?:text|message|mensahe)", negatable=False),
            # "Sabi ko na stop na", "Ilang beses ko na sinabing STOP", "Bakit text pa rin kayo nang text?"
            Rule("complaint about more texts", rf"(?:sinabi|sabi|sinabing|sinasabi|nagsabi|nireplyan|nag\s*reply)\s+"
                                               rf"(?:ko\s+)?(?:na\s+)?(?:po\s+)?(?:nang\s+|ng\s+|na\s+)?(?:{QUOTED_STOP}|tigil|"
                                               r"itigil|tama\s+na)\b|\bilang\s+beses\s+(?:ko\s+)?(?:na\s+)?(?:po\s+)?"
                                               r"(?:sinabi|sasabihin|sinabing|sabihin|nireplyan)|"
                                               rf"\b(?:bakit|bat)\s+(?:\w+\s+){{0,3}}?(?:{TEXT}\s+(?:pa\s+rin|parin|pa\s+din|padin)|"
                                               rf"(?:pa\s+rin|parin|pa\s+din|padin)\s+(?:kayo\s+|kau\s+)?(?:nang\s+|ng\s+)?{TEXT})|"
                                               # "text nang text" (texting and texting): on and on.
                                               r"\b(?:kayo|kau|nyo|niyo)\s+(?:\w+\s+)?(?:te?xt|message)\s+(?:nang|ng)\s+(?:te?xt|message)\b",
                 negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("resume", r"(?:paki\s*|pa\s*)?(?:ituloy|simulan|i\s*start)\s+(?:na\s+)?(?:nyo\s+|niyo\s+|mo\s+)?(?:na\s+)?(?:po\s+)?ulit"),
            # "pwede ba ulit ako ma-subscribe", "gusto ko ulit ng text updates"
            # "maisama ulit", "pa-include ulit", "pa-resubscribe po ulit", and asked politely without "ulit":
            # "pa-subscribe po", "paki-resubscribe"
            Rule("subscribe again", r"(?:ma|mai|mag|i|pa|paki|maka)?\s*(?:subscribe|resubscribe|enroll|register|add|include|sama|"
                                    r"sali)\s+(?:po\s+)?(?:ulit|uli|ulet)\b|\b(?:pa|paki)\s*(?:subscribe|resubscribe)\b|"
                                    # "i-subscribe nyo po ako ulit"
                                    r"\b(?:i|pa|paki)\s*(?:subscribe|resubscribe|add|include|sali|sama)\s+(?:(?:nyo|niyo|mo)\s+)?"
                                    r"(?:na\s+)?(?:po\s+)?ako\s+(?:ulit|uli|ulet)\b|"
                                    r"\b(?:ulit|uli|ulet)\s+(?:po\s+)?(?:ako\s+)?(?:ma|mag|i)\s*(?:subscribe|enroll|register)|"
                                    r"\bgusto\s+(?:ko|namin)\s+(?:po\s+)?(?:ulit|uli|ulet)\s+(?:ng\s+)?(?:mga\s+)?(?:text|"
                                    r"message|update|alert|promo|reminder)"),
            # "padalhan nyo po ulit ako ng mga text", "subscribe po ako ulit"
            Rule("send to me again", r"(?:padalhan|pakipadalhan)\s+(?:(?:nyo|niyo|mo)\s+)?(?:na\s+)?(?:po\s+)?(?:ulit\s+)?(?:ako|kami)\s+"
                                     r"(?:ulit\s+)?(?:ng|nang)\s+(?:mga\s+)?(?:text|message|mensahe|sms|update|alert|promo|notif|"
                                     r"reminder)\w*|\b(?:mag\s*)?(?:subscribe|register)\s+(?:po\s+)?ako\s+(?:ulit|uli|ulet)\b"),
            # "gusto ko pong makatanggap ulit", "gusto ko pa rin makatanggap ng text", "gusto kong makatanggap ng mga
            # text tungkol sa promo" (the texts named)
            Rule("wish to receive", r"gusto\s+(?:ko|kong|namin|naming)\s+(?:po\s+|pong\s+)?(?:(?:pa\s*rin|pa\s*din|padin|"
                                    r"parin|ulit|uli)\s+)?(?:na\s+|ng\s+)?(?:makatanggap|maka\s*receive|ma\s*receive)\s+"
                                    r"(?:(?:ulit|uli|ulet)\b|(?:ng|nang)\s+(?:mga\s+)?(?:text|message|mensahe|sms|update|alert|"
                                    r"promo|notif|reminder)\w*)|\bgusto\s+(?:ko|kong|namin|naming)\s+(?:po\s+|pong\s+)?"
                                    r"(?:pa\s*rin|pa\s*din|padin|parin)\s+(?:na\s+|ng\s+)?(?:makatanggap|maka\s*receive|"
                                    r"ma\s*receive)"),
            Rule("receive again", r"gusto\s+(?:ko|namin)\s+(?:po\s+)?(?:ulit|uli|ulet)\s+(?:na\s+)?(?:makatanggap|tumanggap|"
                                  r"ma\s*receive|maka\s*receive)|\b(?:ulit|uli|ulet)\s+(?:na\s+)?(?:po\s+)?(?:makatanggap|"
                                  r"maka\s*receive|ma\s*receive)|\bgusto\s+(?:ko|namin)\s+(?:po\s+)?(?:ng\s+)?"
                                  r"(?:makatanggap|ma\s*receive|maka\s*receive)\s+(?:ulit|uli|ulet)"),
            # "pakisama po ako sa text blast", "isali nyo ako sa mga text nyo"
            Rule("add me back", r"(?:isali|isama|sali|sama|pasali|pasama|pakisali|pakisama|ibalik|balik|idagdag|i\s*add|paki\s*add)\s+"
                                r"(?:nyo\s+|niyo\s+|mo\s+)?(?:na\s+)?(?:po\s+)?"
                                r"(?:(?:ulit|uli)\s+ako\b|ako\s+(?:ulit|uli)\b|ako\s+sa\s+(?:text\s+)?(?:list|listahan)|ako\s+sa\s+"
                                r"(?:(?:mga|inyong|nyong)\s+)?(?:text|sms|message|promo|update|alert)\w*)"),
            Rule("resume the texts", r"(?:paki|pa|i)\s*(?:resume|reactivate|ibalik|balik|activate|on)\s+(?:nyo\s+|niyo\s+|mo\s+)?"
                                     r"(?:na\s+)?(?:po\s+)?(?:ulit\s+)?(?:yung|ang|ung|ng)\s+(?:mga\s+)?(?:text|message|notif|alert|"
                                     r"update|promo|reminder|sms)\w*"),
            Rule("turn back on", r"(?:paki|pa|i)\s*(?:on|start|resume|activate|add)\s+(?:na\s+)?(?:nyo\s+|niyo\s+|mo\s+)?"
                                 r"(?:na\s+)?(?:po\s+)?"
                                 r"(?:ulit|uli|ulet|back)\b"),
        ),
        Intent.HELP: (
            Rule("who is this", r"sino\s+(?:po\s+)?(?:ba\s+)?(?:sila|to|ito|kayo|ka|yan|ang\s+nag\s*te?xt)\b"),
            Rule("what is this", r"ano\s+(?:po\s+)?(?:ba\s+)?(?:to|ito|yan|iyan)\b"),
            Rule("how did you get my number", r"(?:paano|saan)\s+(?:nyo|niyo|mo)\s+(?:po\s+)?(?:nakuha|kinuha)\s+"
                                              r"(?:ang\s+)?(?:number|numero)\s+ko"),
            Rule("is this a scam", r"(?:scam|modus|budol|manloloko|panloloko)\s+(?:ba|po|yata)\b|\b(?:modus|budol)\b|"
                                   r"\b(?:legit|totoo|tunay|peke|fake)\s+(?:po\s+)?ba\b"),
            Rule("what is it for", r"(?:para\s+saan|tungkol\s+saan)\b|\b(?:kanino|saan)\s+(?:po\s+)?(?:ba\s+)?(?:ito|to|yan)?\s*"
                                   r"(?:galing|nanggaling)\b|"
                                   # "info po about sa promo": asked with a particle or in Tagalog ("about" alone is English).
                                   r"\b(?:info|impormasyon|details?|detalye)\s+(?:po\s+(?:about|tungkol|regarding)|"
                                   r"(?:about|regarding)\s+(?:po\s+)?sa|tungkol\s+sa)\b"),
            Rule("why am I getting this", r"bakit\s+(?:nyo|niyo|mo|kayo)\s+(?:po\s+)?(?:ako\s+)?(?:tine\s*te?xt\w*|"
                                          r"tinext|ni\s*message|minemessage|minimessage)\b"),
            Rule("which company", r"(?:anong|ano\s+ang|ano\s+pong|ano\s+po\s+ang|ano\s+bang|saang|aling)\s+"
                                  r"(?:company|kompanya|kumpanya|business|store|tindahan|gym|clinic|klinika|school|"
                                  r"paaralan|eskwelahan|church|simbahan|pharmacy|botika|bangko|bank|salon|spa|"
                                  r"restaurant|shop|office|opisina|ospital|hospital|agency|ahensya|program|org)\b"),
        ),
    },
    filler="po na naman nga lang ho sana salamat opo pls please paki oh ha ba talaga",
    negators="wag huwag hindi di",
    # "gusto ko po ulit makatanggap ng promo, paano po?": the wish opens the request the question asks
    frames=r"(?:pwede|puwede|pwd)(?:\s+(?:po|ba|nyo|niyo))*|gusto\s+(?:ko|namin)(?:\s+po)?",
    tails="po na ako to ito yan nito",
    # "napindot ko yung stop": "na-" tells it happened without meaning to
    mistakes=(r"(?:napindot|na\s+pindot|napindut)\s+(?:ko\s+)?(?:po\s+)?(?:yung|ang|ung)\s+(?:stop|unsubscribe)\b|"
              r"(?:na\s*stop|nag\s*stop|nai\s*stop|na\s*unsubscribe|nag\s*unsubscribe|na\s*pindot|napindot)\s+"
              r"(?:\w+\s+){0,3}(?:by\s+mistake|by\s+accident|accidentally|nagkamali|aksidente|hindi\s+sinasadya|di\s+sinasadya|"
              r"nagbago\s+(?:ang\s+)?(?:isip|isipan)|changed\s+my\s+mind)|"
              r"(?:nagkamali|aksidenteng|hindi\s+sinasadya|di\s+sinasadya|di\s+sinasadyang)\s+(?:\w+\s+){0,3}"
              r"(?:stop|unsubscribe|napindot|pindot)"),
    # an opt-out the writer tells of having done before ("nag-stop ako dati", "na-delete ko po"), beside a request now
    told=r"(?:nag|na|nai)\s*(?:stop|unsubscribe|unsub|delete|remove)\s+(?:ko|ako|kami|namin)\b",
    other_targets=r"(?:(?:ang|yung|ng|sa|mga)\s+)?(?:orders?|appointments?|tawag|pagtawag|e\s*mails?|delivery|deliver|"
                  r"reseta|gamot|membership|bayad|account|acct)",
    # "wag na tumawag, text na lang": the texts are fine, something else is not
    texts_welcome=(r"(?:text|txt|message|msg)\s+(?:ok|okay|pwede)\s+(?:lang|naman)\b|\b(?:text|txt)\s+na\s+lang\b"),
)
