"""English opt-out rules: a verb of ending aimed at our messages or the person's number, how-to-stop questions,
wrong, reassigned and inherited numbers, refusals of consent, legal and do-not-call threats."""

from ...lexicon import Rule
from .words import (
    CALL,
    CODE,
    CONTACT,
    DESCRIBED,
    DETERMINERS,
    ELSEWHERE,
    FOREIGN_MODIFIERS,
    FREE,
    HEAD_NOUNS,
    HOW,
    HOW_TO_STOP,
    IDIOMS,
    LISTS,
    ME,
    MESSAGES,
    MY_NUMBER,
    PLACES,
    PRONOUNS,
    STOP,
    TARGET_WORDS,
    TEXTING,
    TEXTY,
)

# What "STOP" followed by one word is not followed by a name in: an activity ("stop lying"), a place ("stop here"),
# a day, a person, a filler.
NOT_A_NAME = (r"(?:by|in|at|on|over|there|here|sign|signs|light|lights|sign|thief|yourself|myself|him|her|them|us|you|u|"
              r"mom|dad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|tmrw|next|later|"
              r"soon|early|first|after|before|and|or|the|a|an|that|what|why|who|how|when|where|no|not|yes|lol|lmao|haha|"
              r"please|pls|now|then|\w+ing|\w+in)")
# Orders, bookings, calls, e-mails and deliveries as other languages name them after an English STOP.
FOREIGN_TARGETS = (r"(?:pedidos?|encomendas?|commandes?|ordine|ordini|bestellung\w*|zamowieni\w*|zakaz\w*|livraisons?|"
                   r"entregas?|consegn\w*|lieferung\w*|citas?|consultas?|rendez\w*|appuntament\w*|termin\w*|llamadas?|"
                   r"ligacoes|appels?|chiamate|anrufe|correos?|courriels?|reservas?|abonnement\w*|suscripci\w*|assinaturas?|"
                   r"pagos?|pagamentos?|facturas?|faturas?|paquetes?|pacotes?|colis)")

OPT_OUT_RULES: tuple[Rule, ...] = (
    # "take my number out of her file": whoever the file is about, it is where these texts come from.
    Rule("take me off",
         rf"(?:take|get|pull|kick|remove|delete)\s+{MY_NUMBER}\s+(?:off|out|from)(?:\s+of)?\s+"
         r"(?:his|her|their|\w+\s+s|someone\s+else\s+s|somebody\s+else\s+s)\s+\w+", targeted=True),
    # "take this number off the water account", "remove my cell from your billing system": the writer's phone taken off
    # whatever it is on, so nothing more comes to it; flagged for review, as the account is named
    Rule("take this number off",
         r"(?:take|get|pull|kick|remove|delete|erase|drop)\s+(?:my\s+(?:number|phone\s+number|phone|cell|cell\s+number|"
         r"cell\s+phone|mobile|mobile\s+number|#)|this\s+(?:number|phone\s+number|phone|cell|#))\s+(?:off|out\s+of|from)\s+"
         rf"(?:(?:the|your|ur|this|that|my|our|whatever|whichever|any)\s+)?(?:\w+\s+){{0,2}}?{TARGET_WORDS}\b",
         targeted=True),
    # "I'm no longer a member please stop": the request closes a statement that lost its full stop.
    Rule("please stop", r"(?:please|pls|plz|kindly)\s+(?:just\s+)?(?:stop|unsubscribe|cancel|opt\s+out|"
                        r"remove(?:\s+(?:me|us|it|this|this\s+number|my\s+number))?|end\s+this|stop\s+(?:it|this|these|them|now))\s*$|"
                        # "I'm not a member anymore so you can stop"
                        r"\b(?:you|u)\s+(?:can|may|should|could)\s+(?:just\s+|please\s+)?(?:stop|quit|unsubscribe\s+me|"
                        r"remove\s+me|take\s+me\s+off)(?:\s+(?:now|please|pls|thanks|thx|texting|messaging))?\s*$"),
    # "stop sending me her gate changes": someone else's messages reach this number.
    Rule("someone else's messages",
         rf"{STOP}\s+(?:sending|texting|forwarding|giving)\s+(?:me|us|this\s+number)\s+(?:all\s+)?"
         r"(?:his|her|their|\w+\s+s|someone\s+else\s+s|somebody\s+else\s+s)\s+\w+", targeted=True),
    # "quit sending me the lunch menu every day": whatever is sent, it is sent over and over
    Rule("stop sending me every day",
         rf"{STOP}\s+(?:sending|sendin|forwarding|pushing)\s+(?:me|us)\s+(?:(?!(?:wrong|incorrect)\b)\w+\s+){{1,4}}?"
         r"(?:every\s+(?:single\s+|other\s+|damn\s+)?(?:day|morning|night|evening|week|weekend|hour)|"
         r"daily|nightly|weekly|each\s+(?:day|week|morning)|all\s+(?:the\s+time|day)|nonstop|non\s+stop|"
         r"constantly|over\s+and\s+over|(?:twice|\d+\s+times|several\s+times|multiple\s+times)\s+a\s+"
         r"(?:day|week))\b",
         targeted=True, review="what is sent is not named as texts"),
    Rule("stop contacting",
         rf"(?:{STOP}|no\s+more|dont\s+keep|don\s+t\s+keep|stop\s+keep|(?<!you\s)(?<!\bu\s)(?<!they\s)(?<!we\s)(?<!\bi\s)never)\s+"
         rf"(?:(?:ever|even|just|please|all|the|this|your|ur)\s+)*"
         rf"(?:{CALL}\s+(?:and|or|n|&)\s+)?{TEXTING}\b(?!(?:\s+(?:messages?|msgs?|texts?|alerts?))?\s+{HEAD_NOUNS}\b)"
         # "stop texting you guys" is the writer stopping, not a revocation.
         # "stop spam calls": the word describes calls
         r"(?!\s+(?:you|u|y\s?all|ya|yall|your|ur|calls?|calling|e\s*mails?|mail)\b)", targeted=True),
    Rule("stop contacting",
         rf"(?:{STOP}|no\s+more|dont\s+keep|don\s+t\s+keep|stop\s+keep|(?<!you\s)(?<!\bu\s)(?<!they\s)(?<!we\s)(?<!\bi\s)never)\s+"
         rf"(?:(?:ever|even|just|please|all|the|this|your|ur)\s+)*"
         rf"(?:{CALL}\s+(?:and|or|n|&)\s+)?{CONTACT}\b"
         rf"(?!\s+(?:you|u|y\s?all|ya|yall|your|ur)\b)(?!(?:\s+(?:messages?|msgs?|texts?|alerts?))?\s+{HEAD_NOUNS}\b)"),
    # "stop someone from texting me": the verb's object is whoever sends them.
    Rule("stop contacting",
         # (not "stop the app from sending push notifications")
         rf"(?:{STOP}|keep|prevent)\s+(?:(?!{ELSEWHERE}\b)\w+\s+){{1,3}}from\s+(?:ever\s+)?{CONTACT}\b"
         rf"(?!\s+(?:(?:me|us)\s+)?(?:{FOREIGN_MODIFIERS})\b)", targeted=True),
    # "stop the pharmacy texts", "turn off the low balance alerts": a word or two may describe the texts.
    Rule("stop messages",
         # "I stopped getting the reminders, is something wrong?" tells what happened, it does not ask
         rf"(?!end\s+of\b)(?!stopped\s+(?:getting|receiving|seeing)\b)(?:{STOP}|turn\s+off|shut\s+off|switch\s+off|get\s+rid\s+of|no\s+more|"
         rf"enough(?:\s+already)?(?:\s+with)?|{STOP}\s+it\s+with|{IDIOMS})\s+(?:{DETERMINERS}\s+)*"
         rf"(?:\w+\s+(?:and|or|&|n)\s+(?:{DETERMINERS}\s+)*)?{DESCRIBED}"
         rf"(?:{MESSAGES}|{PRONOUNS}\s+(?:{MESSAGES}))\b(?!\s+(?:on|in)\s+(?:\w+\s+){{0,2}}{ELSEWHERE}\b)"
         # "stop service at my old apartment": a service delivered to a place
         rf"(?!\s+(?:at|for|to|on)\s+(?:(?:my|the|our|this|\d+)\s+)(?:\w+\s+)?{PLACES}\b)(?!\s+at\s+\d)"
         # "cancel my service appt": the word describes the thing that follows it
         rf"(?!(?:\s+(?:messages?|msgs?|texts?|alerts?))?\s+{HEAD_NOUNS}\b)",
         targeted=True),
    Rule("these should stop", rf"(?:these|the|your|ur|those|all\s+these|all\s+the|all\s+your)\s+{DESCRIBED}"
                              rf"{MESSAGES}\s+"
                              r"(?:need\s+to\s+|have\s+to\s+|must\s+|should\s+|to\s+|can\s+|will\s+|"
                              r"gotta\s+)?(?:please\s+)?(?:stop|cease)\b(?!\s+(?:working|at|by|on|after|before|when|if|in|around)\b)",
         targeted=True),
    # "these texts gotta go", "the promos need to go": what must go, at the end of the clause.
    Rule("these should stop", rf"(?:these|the|your|ur|those|all\s+these|all\s+the|all\s+your)\s+{DESCRIBED}"
                              rf"{MESSAGES}\s+(?:need|needs|have|has|got|gotta|must|should|can)\s+(?:to\s+)?"
                              r"(?:go|go\s+away|end|disappear|be\s+stopped)(?:\s+(?:now|please|pls|asap|already|"
                              r"immediately|today))*\s*$", targeted=True),
    # "I'd like to stop receiving them now": the texts named before, pointed at
    Rule("stop messages", r"(?:stop|quit|cease|discontinue)\s+(?:getting|receiving)\s+(?:them\b(?!\s+(?:on|in|at|by|via)\s)|"
                          r"(?:these|those)(?:\s*$|\s+(?:now|please|pls|anymore|any\s+more|from\s+(?:you|u|this|y\s?all))\b))",
         targeted=True),
    # "I would appreciate being removed from your text list", "I request that my number be removed"
    Rule("remove from the list",
         r"(?:be|being|get|getting)\s+(?:removed|taken\s+off|deleted|unsubscribed|excluded)\s+(?:from|off)\s+"
         rf"(?:of\s+)?(?:{DETERMINERS}\s+)*{DESCRIBED}(?:list|{MESSAGES})\b|"
         r"\b(?:request|ask|asking|requesting|demand|insist)\s+that\s+(?:my\s+(?:number|name|info|phone|cell)|this\s+number|"
         r"i|we)\s+be\s+(?:removed|taken\s+off|deleted|"
         r"unsubscribed|excluded|opted\s+out)\b", targeted=True),
    # "your texts are so annoying": a complaint about the texts themselves
    Rule("tired of these",
         rf"(?:these|the|your|ur|all\s+these|all\s+your)\s+{DESCRIBED}(?:{TEXTY}|promos|promotions|ads|offers|updates|"
         r"texts|msgs|txts)\s+(?:are|r|re|is|s|have\s+been|"
         r"get|are\s+getting|r\s+getting)\s+(?:so\s+|really\s+|very\s+|super\s+|too\s+|getting\s+|way\s+|just\s+)*"
         r"(?:annoying|irritating|excessive|ridiculous|too\s+much|out\s+of\s+hand|a\s+nuisance|unwanted|"
         r"obnoxious|relentless|nonstop|non\s+stop|endless)\b",
         review="a complaint about the texts that does not ask for them to stop"),
    Rule("want these to stop", rf"(?:want|need|like)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|{PRONOUNS})\s+"
                               r"to\s+(?:stop|end|cease|go\s+away|be\s+stopped)", targeted=True),
    Rule("turn these off", rf"(?:turn|shut|switch)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|{PRONOUNS})"
                          r"\s+off\b"),
    Rule("make these stop", rf"make\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|{PRONOUNS})\s+"
                           r"(?:stop|end|go\s+away)"),
    Rule("remove me",
         rf"(?:remove|rmv|rmove|remve|remov|delete|delet|drop|erase|lose|scratch|strike|cross|unlist|unenroll|"
         rf"deregister|unregister|"
         rf"purge|wipe|forget)\s+(?:{MY_NUMBER})\b"),
    Rule("remove them", r"(?:remove|delete|erase|unsubscribe|unenroll)\s+(?:him|her|them)\s*$",
         review="someone else asked off this number"),
    Rule("take me off",
         rf"(?:take|get|put|keep|leave|pull|kick|cross|scratch|strike)\s+{MY_NUMBER}\s+(?:off|out)\b|"
         # "take me of the list": "off" typed with one f
         rf"\b(?:take|get|kick)\s+{MY_NUMBER}\s+of\s+(?:the|your|ur|this|these|that|all)\s+{DESCRIBED}(?:{LISTS}|{MESSAGES})\b|"
         r"\bget\s+off\s+(?:of\s+)?(?:this|your|ur|the|these|that)\s+(?:list|thing|texts?|program|service)|"
         r"\b(?:off|out\s+of)\s+(?:this|your|ur|the)\s+(?:list|texting\s+list|text\s+list|sms\s+list)(?!\s+prices?\b)"),
    Rule("unsubscribe",
         r"(?:unsubscribe|unsub|unsubscribing|unenroll|unenrol|deregister|"
         r"opt(?:ing)?\s*(?:me\s+|us\s+|myself\s+)?(?:out|oit|oout)|optout|remove\s+myself)\b"
         r"(?:\s+(?:me|us|myself|this\s+number|my\s+number))?"),
    # "pls unsubcribe me", "unsuscribe": the word as people type it, flagged like any typo
    Rule("unsubscribe misspelt", r"uns[a-z]{2,6}be(?:\s+(?:me|us|myself|this\s+number|my\s+number))?\b",
         review="a keyword with a typo"),
    Rule("do not contact",
         rf"(?:dont|don\s+t|do\s+not|dnt|never|pls\s+dont|stop)\s+(?:you\s+dare\s+)?(?:ever\s+|even\s+|"
         rf"start\s+|again\s+|bother\s+)?(?:{CALL}\s+(?:and|or|n|&)\s+)?{CONTACT}\s+"
         # "don't send anything to this number"
         rf"(?:(?:anything|stuff|things|more)\s+(?:else\s+)?(?:to\s+)?)?(?:{ME}|again|"
         rf"anymore|any\s+more|no\s+more)\b", negatable=False),
    Rule("do not want",
         rf"(?:(?:i|we|me)\s+)?(?:dont|don\s+t|do\s+not|dnt|no\s+longer|never|really\s+dont|don\s+t\s+even|"
         # "we won't be needing these anymore"
         r"won\s+t\s+be|wont\s+be|will\s+not\s+be)\s+"
         r"(?:want|wish|need|like|care\s+for|consent\s+to|agree\s+to|needing|wanting)\s+(?:to\s+(?:receive|get|see|be\s+"
         r"getting|keep\s+getting|read)\s+)?(?:any\s+)?(?:more\s+)?(?:of\s+)?(?:your\s+|these\s+|the\s+|"
         rf"this\s+|ur\s+|those\s+)?(?:{DESCRIBED}{MESSAGES}|{FREE}{MESSAGES}|these|them|this|those|it|anymore|"
         r"any\s+more|any|"
         r"to\s+be\s+(?:texted|contacted|messaged|on))\b", negatable=False),
    Rule("can you not", rf"(?:can|could|would|will)\s+(?:you|u|ya|y\s?all)(?:\s+(?:guys|people|folks|all))?"
                        r"(?:\s+(?:please|pls|just|like|kindly|maybe))*\s+not"
                        rf"(?:\s+{CONTACT}(?:\s+{ME})?|\s*$)|"
                        # "would you mind not texting me anymore"
                        rf"\bmind\s+(?:not|no\s+longer|never)\s+(?:ever\s+)?{CONTACT}", negatable=False),
    # "I'd appreciate it if you didn't text me anymore", "I'd rather you didn't message this number", "I ask
    # that you not text me": a wish about their texting, said politely
    Rule("rather not",
         r"(?:appreciate|appreciated|prefer|preferred|grateful|great|nice|good|lovely|helpful|love|like|happy|"
         r"glad|thankful)\s+(?:it\s+)?if\s+(?:you|u|ya|y\s?all)(?:\s+(?:guys|all|people|folks))?\s+"
         r"(?:didn\s+t|didnt|did\s+not|would\s+not|wouldn\s+t|wouldnt|won\s+t|wont|no\s+longer|never|stopped|"
         r"quit|d\s+stop|would\s+stop|could\s+stop|d\s+quit|would\s+quit|refrained\s+from)\s+(?:ever\s+|even\s+)?"
         rf"(?:{CONTACT}|contacted|texted|messaged|sent)\b|"
         r"\b(?:rather|prefer|ask|asked|request|requested|wish)\s+(?:that\s+)?(?:you|u|ya|y\s?all)(?:\s+(?:guys|all|"
         r"people|folks))?\s+(?:didn\s+t|didnt|did\s+not|do\s+not|not|wouldn\s+t|wouldnt|would\s+not|no\s+longer|"
         rf"stopped)\s+(?:{CONTACT}|contacted|texted|messaged|sent)\b",
         negatable=False),
    Rule("rather not",
         r"(?:rather|prefer|like|love|want|wish|choose|elect|ask|asking|request|requesting)\s+(?:to\s+not|not\s+to)\s+"
         r"(?:get|receive|be\s+(?:texted|contacted|messaged|sent))|\b(?:rather|prefer)\s+not\s+"
         r"(?:get|receive|be\s+(?:texted|contacted))", negatable=False),
    Rule("no longer", r"no\s+longer\s+(?:want|wish|need|interested|receive|get)\b", negatable=False),
    Rule("not interested", rf"(?:not|no\s+longer|nt|never)\s+interested(?!\s+in\s+(?!(?:{DETERMINERS}\s+)*"
                           rf"(?:{MESSAGES}|you|u|this|these|them|it|any|anything)\b))|no\s+interest\b|"
                           r"not\s+int\b",
         negatable=False, review="'not interested' may decline one offer rather than all texts"),
    Rule("consent refused",
         r"(?:revoke|revoking|withdraw|withdrawing|cancel|cancelling|rescind|remove|retract|pull)\s+"
         r"(?:my\s+|all\s+|any\s+|our\s+)?(?:consent|permission|authori[sz]ation)|"
         r"\b(?:i|we|me)\s+(?:never|did\s+not|didnt|didn\s+t|do\s+not|dont|don\s+t|have\s+not|havent|"
         r"haven\s+t|never\s+ever|certainly\s+did\s+not|ain\s+t|aint|ain\s+t\s+never|aint\s+never)\s+(?:ever\s+)?(?:give\s+(?:(?:you|u|ya)\s+)?|gave\s+(?:(?:you|u|ya)\s+)?)?"
         r"(?:my\s+)?(?:consent(?:ed)?|agree(?:d)?|authori[sz]e(?:d)?|sign(?:ed)?\s*up|subscribe(?:d)?|"
         rf"opt(?:ed)?\s*in|ask(?:ed)?\s+(?:for(?:\s+it\b)?(?!\s+(?:a|the|this|that|any)\s+(?:\w+\s+)?{CODE})|to\s+be)|"
         # a code not asked for is not the texts: "I didn't request a code, is someone in my account?"
         rf"request(?:ed)?\b(?!\s+(?:a|the|this|that|any)\s+(?:\w+\s+)?{CODE})|permission|join(?:ed)?|enroll(?:ed)?|"
         r"register(?:ed)?|want(?:ed)?\s+(?:this|these|them|your|any|texts|messages|alerts)|(?:give|gave)\s+(?:you|u|ya|y\s?all)\s+"
         r"(?:my|this)\s+(?:number|#|cell)|provide(?:d)?\s+(?:my|this)\s+number)|"
         r"\b(?:consent|permission|authori[sz]ation)\s+(?:is\s+|has\s+been\s+|hereby\s+)?(?:withdrawn|revoked|"
         r"rescinded|denied|removed|retracted|cancell?ed|not\s+given)\b|"
         r"\bwithout\s+my\s+(?:consent|permission|authori[sz]ation|approval)|"
         r"\bwho\s+(?:gave|said)\s+(?:you|u|ya|y\s?all)\s+(?:permission|consent|the\s+right|the\s+ok)|\bno\s+consent\b|"
         r"\bunsolicited\b|\bnever\s+(?:signed|opted|agreed|subscribed|consented|asked)\b|"
         # "I think I got added by mistake": signed up by someone else's error
         r"\b(?:got|was|been|were|get)\s+(?:added|signed\s+up|subscribed|enrolled)\s+(?:to\s+this\s+)?(?:by\s+mistake|"
         r"by\s+accident|in\s+error|accidentally)|"
         r"\b(?:never\s+(?:been|was)|not|am\s+not|m\s+not)\s+(?:a\s+|your\s+)?(?:customer|client|member|"
         r"patient)\s+(?:of\s+yours|of\s+yours|here|of\s+your|with\s+you)|"
         r"(?:\b(?:i\s+m|im|i\s+am|i\s+ve|i\s+have|we\s+re|we\s+are)\s+(?:never\s+been|not|never)|^(?:never\s+been|not))\s+"
         r"(?:a|an|your|one\s+of\s+your)\s+(?:customer|client|member|patient|subscriber|donor|voter|account\s+holder)s?"
         r"(?:\s+(?:there|anywhere|anymore|any\s+more|of\s+\w+))?\s*$|"
         r"\b(?:i|we)\s+(?:don\s+t|dont|do\s+not|no\s+longer)\s+(?:bank|shop|do\s+business)\s+"
         r"(?:with|at|there)\b|"
         r"\b(?:never|not|no|without|didn\s+t|didnt|don\s+t|dont|do\s+not|doesn\s+t|doesnt|does\s+not)\s+"
         r"(?:\w+\s+){0,2}(?:my|your|any)\s+"
         r"(?:permission|consent)\b",
         negatable=False),
    # "please don't add me to these blasts", "stop signing me up for your promos"
    Rule("do not add me",
         r"(?:don\s+t|dont|do\s+not|never|stop)\s+(?:add|adding|sign|signing|put|putting|subscribe|subscribing|enroll|"
         r"enrolling)\s+(?:me|my\s+number|this\s+number)\s+(?:up\s+|back\s+)?(?:to|on|onto|for|in)\s+"
         rf"(?:these|this|your|ur|any|the)\s+(?:\w+\s+)?(?:{MESSAGES}|lists?|blasts?|things|stuff)\b",
         negatable=False, targeted=True),
    Rule("consent doubted",
         r"(?:i|we)\s+(?:don\s+t|dont|do\s+not|can\s+t|cant|cannot)\s+(?:remember|recall)\s+(?:ever\s+)?"
         r"(?:signing|subscribing|opting|agreeing|joining|giving\s+(?:you|u)\s+my)",
         negatable=False, review="doubting consent may not ask for the texts to stop"),
    Rule("wrong number",
         # "I dialled the wrong number when I called you" is about a call the writer made.
         r"(?<!dialed\s)(?<!dialled\s)(?<!entered\s)(?<!typed\s)(?<!called\s)(?<!given\s)(?<!gave\s)"
         r"(?<!dialed\sthe\s)(?<!dialed\sa\s)(?<!entered\sthe\s)(?<!typed\sthe\s)(?<!called\sthe\s)"
         r"(?<!called\sa\s)(?<!put\sthe\s)(?<!gave\syou\sthe\s)(?<!wrote\sthe\s)"
         # "I grabbed the wrong one" is a thing; "you have the wrong one", below, is the number
         r"(?:wrong|incorrect|rong|wrng)\s+(?:number|num|no|person|phone|cell|#|guy|girl|lady|contact|"
         r"recipient|individual|people|texter|numbr|nmbr|numbe|nunber|numer|family|parent|parents|household)\b|"
         r"\b(?:you|u|ya)\s+(?:have|ve\s+got|got|has|are\s+texting|re\s+texting|r\s+texting)\s+"
         r"(?:the\s+|a\s+)?(?:wrong|incorrect)(?:\s+(?:number|num|no|person|phone|#|guy|girl|one|contact|"
         r"people|cell|lady|man|texter)\b|\s*$)|"
         r"\bnot\s+(?:the\s+right|the\s+correct)\s+(?:number|person)|"
         r"\b(?:this|that|it)\s+(?:is|s)\s+not\s+(?:\w+\s+){0,2}(?:number|phone|cell)|"
         r"\bnot\s+(?:my|his|her)\s+(?:number|phone|name)|"
         r"\b(?:isn\s+t|isnt|ain\s+t|aint)\s+(?:my|his|her|their)\s+(?:number|phone|cell|#)\b|"
         r"\b(?:i|im|i\s+m)\s+(?:am\s+)?not\s+(?:the\s+person|who\s+you|the\s+one\s+you)|"
         # "new number, not whoever you're looking for"
         r"\bnot\s+(?:who|whoever|the\s+person|the\s+one|the\s+guy|the\s+lady)\s+(?:you|u)\s*(?:re|are|r)?\s+(?:looking\s+for|"
         r"trying\s+to\s+(?:reach|text|contact)|want|think)\b|"
         r"\bno\s+(?:one|body|1)\s+(?:here\s+)?(?:by\s+that\s+name|named|called)|"
         # "I don't know anyone by that name", "I don't know who Rob is", "my name isn't Sarah"
         r"\b(?:don\s+t|dont|do\s+not)\s+know\s+(?:anyone|anybody|any\s+one|someone|a\s+person)\s+(?:by\s+that\s+name|"
         r"named|called|by\s+the\s+name)|\b(?:don\s+t|dont|do\s+not)\s+know\s+who\s+(?!(?:this|that|you|u|it|these|"
         r"they|those|he|she|i|we)\b)\w+(?:\s+\w+)?\s+(?:is|was)\b|"
         r"\bmy\s+name\s+(?:isn\s+t|isnt|is\s+not|s\s+not|ain\s+t|aint)\s+\w+|"
         # "she had this number before me", "I'm not her": the texts are for someone who had the number
         r"\b(?:he|she|they|someone|somebody|the\s+person|whoever|the\s+last\s+person)\s+(?:had|used\s+to\s+have|"
         r"previously\s+had|must\s+have\s+had)\s+(?:this|my)\s+(?:number|phone\s+number|#)\b|"
         r"\b(?:i\s+m|im|i\s+am)\s+not\s+(?:her|him|them|that\s+person|the\s+person\s+you\s+want)\s*$|"
         r"\b(?:meant|intended|supposed\s+to\s+go|sent)\s+(?:for|to)\s+(?:someone|somebody)\s+else\b|"
         r"\b(?:meant|intended|trying|supposed|wanted)\s+to\s+(?:text|message|reach|contact|send\s+(?:this|that|it)\s+to)\s+"
         r"(?:someone|somebody)\s+else\b|\b(?:the|an)\s+(?:old|previous|prior|former|last)\s+owner\b|"
         r"\bthere\s+(?:s|is)\s+no\s+\w+\s+(?:here|at\s+this\s+number)\s*$|"
         # "no Linda here", "no kids here": nobody the texts are for lives at this number
         r"^no\s+(?!(?:problem|problems|issue|issues|worries|worry|complaints|parking|smoking|one|thanks|"
         r"need|way|rush|change|service|signal|power|water|internet|wifi)\b)\w+\s+(?:here|at\s+this\s+number)\s*$|"
         r"\bnew\s+(?:owner|number|phone)\s+(?:here|now|owner)|\bnew\s+owner\b|"
         r"\b(?:this|these|it|they)\s+(?:isn\s+t|isnt|is\s+not|aren\s+t|arent|are\s+not)\s+(?:meant\s+)?"
         r"for\s+me\b|\bnot\s+meant\s+for\s+me\b|"
         r"\breassigned\b|\bre\s+assigned\b|"
         r"\b(?:he|she|they|this\s+person|that\s+person)\s+(?:no\s+longer|doesnt|doesn\s+t|does\s+not|"
         r"dont|don\s+t|do\s+not)\s+(?:(?:has|have|use|uses|own|owns)\s+(?:(?:this|that|the|a|his|her|their)\s+)?"
         r"(?:number|phone|cell|#|line)\b|(?:has|have|use|uses|own|owns|live|lives|work|works|go|goes)\s+"
         r"(?:here|there|anymore|any\s+more)\b|(?:has|have|use|uses|own|owns|live|lives|work|works)\s*$|"
         r"(?:go|goes|attend|attends|work|works|live|lives)\s+(?:to\s+|at\s+|in\s+)?(?:(?:that|this|the|your|ur)\s+)?"
         r"(?:\w+\s+){0,2}(?:anymore|any\s+more)\b)|"
         r"\b(?:doesnt|doesn\s+t|does\s+not|no\s+longer|dont|don\s+t|do\s+not)\s+(?:have|has|use|uses|own|"
         r"owns)\s+(?:this|that|the)\s+(?:number|phone|cell|#)(?!\s+(?:saved|stored|listed|in\s+(?:it|my|his|her)))|"
         r"\b(?:this|that|the)\s+(?:number|phone|cell|#)\s+(?:now\s+)?(?:belongs|is\s+now|now\s+belongs|"
         r"is\s+no\s+longer|was\s+recycled|has\s+changed|changed\s+hands)|\bsomeone\s+else\s+s\s+"
         r"(?:number|phone)|\bbelongs\s+to\s+(?:someone|somebody)\s+else|"
         r"\bno\s+longer\s+(?:my|his|her|their)\s+(?:number|phone)|"
         r"\b(?:gave|given)\s+(?:away|up)\s+(?:this|the|my|that)\s+(?:phone|number)|"
         # "I got this phone last month": a used phone; "I got a new phone and..." is the same person's new phone
         r"\b(?:i|we)\s+(?:got|have|bought)\s+(?:this\s+(?:new\s+)?(?:number|phone)|a\s+(?:new\s+)?number)\s+"
         r"(?:recently|last|a\s+few|and)|"
         r"\b(?:passed\s+away|passed\s+on|deceased|is\s+dead|has\s+died|died|rip|no\s+longer\s+with\s+us|"
         r"not\s+with\s+us)\b|\b(?:he|she|mom|dad|mother|father|husband|wife|son|daughter|owner|brother|"
         r"sister|grandma|grandpa|grandmother|grandfather)\s+(?:has\s+|had\s+|just\s+)?passed\b|"
         r"\b(?:was|used\s+to\s+be)\s+my\s+(?:\w+\s+){0,3}(?:phone|number)|"
         # "it's my late husband's number": a death told by its adjective
         r"\b(?:my|our|his|her)\s+late\s+(?:husband|wife|mother|father|mom|dad|son|daughter|brother|sister|"
         r"grandmother|grandfather|grandma|grandpa|partner|aunt|uncle|friend|spouse|fiance|fiancee)\s+s\s+"
         r"(?:phone|number|cell|#)\b|"
         # "this number is not Jessica's anymore"
         r"\b(?:this|that|the)\s+(?:number|phone|cell|#)\s+(?:isn\s+t|isnt|is\s+not|s\s+not|ain\s+t|aint)\s+"
         r"(?:\w+\s+s|his|hers|theirs)\b|"
         r"\b(?:this|it)\s+(?:isn\s+t|isnt|is\s+not)\s+(?!\w+ing\b)\w+(?:\s+\w+){0,2}\s+(?:anymore|any\s+more)\b|"
         # "this isn't Tom's phone", "it's not Maria's number": someone else's number
         r"\b(?:this|it|that)\s+(?:isn\s+t|isnt|is\s+not|s\s+not|ain\s+t|aint)\s+(?:\w+\s+s|(?!this\b)\w+s|his|her|their)\s+"
         r"(?:number|phone|cell|#)\b|"
         r"\b(?:gave|given|passed|handed)\s+(?:this|the|my|that)\s+(?:\w+\s+)?(?:phone|number|cell)\s+(?:away|to|on)\b",
         negatable=False, targeted=True),
    # "I got a new number": a new owner of this number, unless the message asks to use it for the texts
    Rule("new number", r"(?:i|we)\s+(?:have|ve|got|just\s+got|have\s+a)\s+(?:a\s+)?new\s+(?:phone\s+|cell\s+)?"
                       r"number|"
                       # "I just got this number": whoever the texts are for had it before
                       r"\b(?:i|we)\s+(?:just\s+|only\s+|recently\s+)?(?:got|have\s+had|ve\s+had|got\s+assigned|(?:was|were)\s+"
                       r"(?:just\s+|only\s+|recently\s+)?(?:given|assigned))\s+this\s+(?:number|phone\s+number|#)\b",
         negatable=False, targeted=True, opt_in_wins=True),
    Rule("legal threat",
         # a lawyer of the writer's, not the one the texts come from ("Attorney, I sent the documents", "the lawyer's
         # office")
         r"(?:(?:my|our|an?|get\s+a)\s+(?:lawyer|attorney)(?!\s+s\b|\s+office)|lawyer\s+up|sue|suing|lawsuit|"
         r"legal\s+action|tcpa|fcc|ftc|attorney\s+general|"
         r"small\s+claims|cease\s+and\s+desist|report\s+(?:you|u|this|ur|your)|reporting\s+(?:you|u|this)|"
         r"reported\s+(?:you|u|this)|(?:be|get|getting)\s+reported|"
         # "SCAM. reported to my carrier"
         r"(?:reported|reporting|forwarded|forwarding)\s+(?:(?:this|it|you|these|this\s+number)\s+)?to\s+(?:my\s+)?"
         r"(?:carrier|phone\s+company|provider|7726)|harass\w*|do\s+not\s+call|dnc|donotcall|do\s+not\s+text\s+list|"
         r"do\s+not\s+contact\s+list|stalk\w*|illegal|violation|fine\s+you)\b"),
    Rule("complaint about more texts",
         rf"(?:why|y)\s+(?:do|does|are|r|did|the\s+hell\s+do|tf\s+do|would)\s+(?:you|u|ya|y\s?all|they|"
         rf"this\s+number|these\s+people)\s+(?:guys\s+|people\s+)?(?:keep|still|always|continue|constantly)"
         rf"(?:\s+on)?\s+(?:to\s+)?{CONTACT}|"
         rf"\b(?:you|u|ya|y\s?all|they)\s+(?:guys\s+)?(?:keep|still|continue|constantly|wont\s+stop|"
         rf"won\s+t\s+stop)\s+(?:to\s+)?{CONTACT}|"
         rf"\b(?:(?<!can\si\s)(?<!could\si\s)(?<!will\si\s)(?<!can\swe\s)(?<!may\si\s)still|(?<!to\s)keep)\s+"
         rf"(?:getting|receiving|get|receive)\s+(?:{DETERMINERS}\s+)*(?:{MESSAGES}|these|them)|"
         r"\bhow\s+many\s+times\s+(?:do|must|should)\s+i|"
         r"\bwhat\s+part\s+of\s+(?:the\s+word\s+)?(?:stop|no|unsubscribe|remove\s+me|opt\s+out|leave\s+me\s+alone)\b|"
         r"\b(?:do|don\s+t|dont|can\s+t|cant)\s+(?:you|u|y\s?all)\s+(?:not\s+)?(?:understand|read|get)\s+"
         r"(?:the\s+word\s+)?(?:stop|unsubscribe|remove\s+me|opt\s+out)\b|"
         # "I already unsubscribed", "I opted out twice": they should have stopped
         r"\b(?:already|previously|ve\s+already|have\s+already)\s+(?:unsubscribed|unsubbed|opted\s+out|"
         r"removed\s+myself|asked\s+to\s+be\s+removed)|\b(?:unsubscribed|unsubbed|opted\s+out)\s+"
         r"(?:already|twice|(?:\w+\s+)?times|multiple\s+times|several\s+times)\b|"
         # "if I get one more of these", "one more text and I report you"
         r"\bif\s+(?:i|we)\s+(?:get|receive|see)\s+(?:one\s+more|another|1\s+more|any\s+more)\b|"
         # "if you text me one more time", "didn't I already unsubscribe?"
         r"\bif\s+(?:you|u|y\s?all|ya|they)\s+(?:\w+\s+)?(?:text|txt|message|msg|contact|send|spam)\w*\s+(?:me\s+|us\s+|"
         r"this\s+number\s+)?(?:one\s+more\s+time|1\s+more\s+time|ever\s+again|one\s+more|another\s+time)\b|"
         r"\b(?:didn\s+t|didnt|did)\s+(?:i|we)\s+(?:already|just)\s+(?:unsubscribe|opt\s+out|say\s+stop|reply\s+stop|"
         r"text\s+stop|send\s+stop|ask\s+(?:you\s+)?to\s+(?:stop|be\s+removed))\b|"
         r"\b(?:one|1)\s+more\s+(?:text|message|msg|of\s+these)\s+(?:and|&|n)\b|"
         r"\b(?:too\s+many|so\s+many|way\s+too\s+many|enough)\s+(?:texts|messages|msgs)",
         negatable=False),
    # "I already said stop": a complaint that the texts go on; but beside a plain opt-in ("I replied STOP to the
    # promos but I want the usage alerts back, please turn those on") it tells what was sent before, and the request
    # wins
    Rule("complaint about more texts",
         r"\b(?:i|we)\s+(?:already|have\s+already|ve\s+already|just|have|ve|literally|already\s+have)?\s*"
         r"(?:said|told\s+(?:you|u|y\s?all)(?:\s+(?:people|guys|folks|all))?|asked\s+(?:you|u)?|texted|replied|sent|"
         r"requested|typed|"
         r"responded|wrote)\s+(?:you\s+)?(?:to\s+)?(?:stop|unsubscribe|quit|remove|opt\s+out|end|cancel)\b",
         negatable=False, opt_in_wins=True),
    # "this is like the 10th text this week": how many come, complained of
    Rule("complaint about more texts",
         r"(?:\d+\s*(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|"
         r"hundredth|millionth|umpteenth|nth)\s+(?:text|txt|message|msg|one|reminder|alert)\s+(?:this|today|in|since)\b",
         negatable=False, review="a complaint about how many texts come"),
    Rule("tired of these",
         r"(?:i\s+m|im|i\s+am|we\s+re|we\s+are|i\s+get|i\s+ve\s+gotten|i\s+have\s+gotten)\s+(?:so\s+|really\s+|very\s+|"
         r"getting\s+|just\s+|becoming\s+)*(?:tired|sick|sick\s+and\s+tired|fed\s+up|annoyed)\s+(?:of|with|by)\s+"
         rf"(?:getting\s+|receiving\s+|all\s+)?(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}\b|these\s*$)",
         review="a complaint about the texts that does not ask for them to stop"),
    Rule("how to stop",
         rf"{HOW}\s+(?:(?:please|just|finally|permanently|ever|even|actually|i|get\s+you\s+to|"
         # the pronoun it may end on is kept: "the app keeps crashing, how do I stop it" points at the app
         rf"you\s+to)\s+)*{HOW_TO_STOP}(?:\s+(?:it|this|that)\b)?"
         # "how do I turn off notifications in the app": shown somewhere else
         rf"\b(?!(?:\s+\w+){{0,2}}\s+(?:in|on|from|through|via)\s+(?:the\s+|my\s+|your\s+|ur\s+)?{ELSEWHERE}\b)"),
    Rule("leave me alone",
         r"leave\s+(?:me|us|my\s+phone|this\s+number)\s+(?:alone|be|in\s+peace)\b|\bgo\s+away\b|\b(?:piss|fuck|f|bugger|buzz|"
         r"back|eff)\s+off\b|\bget\s+lost\b|\blose\s+(?:my|this)\s+(?:number|#)"),
    Rule("block", r"(?:reported|marked|flagged|reporting|marking)\s+(?:you\s+|this\s+|it\s+)?as\s+(?:spam|junk)\b|"
                  r"\b(?:block|blocking|blocked|report\s+as\s+spam|mark\s+as\s+spam|reporting\s+as\s+spam)\s+"
                  r"(?:you|u|this|your|ur|these|them|the\s+number|this\s+number|y\s?all|me|my\s+number)\b|"
                  r"\bi\s+(?:will|ll|m\s+going\s+to|am\s+going\s+to|m\s+gonna|am\s+gonna|gonna)\s+block\b"),
    Rule("want out", r"(?:want|wanna|need|like)\s+(?:my\s+number|this\s+number|my\s+info|me|my\s+name)\s+"
                     r"(?:removed|deleted|taken\s+off|off|erased|unsubscribed)\b|"
                     # "I request removal from your list"
                     r"\b(?:request|requesting|requested|want|need|ask\s+for|asking\s+for)\s+(?:immediate\s+|"
                     r"the\s+|my\s+|permanent\s+)?removal\b|\bremoval\s+(?:from|off)\s+(?:the|your|ur|this|all)\b|"
                     r"\b(?:want|wanna|need|like|wish|ask|asking|asked|request|requesting|requested)\s+(?:to\s+)?(?:be\s+)?(?:out|removed|"
                     r"taken\s+off|unsubscribed|opted\s+out|deleted|excluded|off\s+(?:the|this|your)\s+list)\b|\bcount\s+me\s+out\b|"
                     r"\b(?:i\s+m|im|i\s+am)\s+out\b|"
                     # "I've asked three times to be removed", "I asked you twice now to stop"
                     r"\b(?:asked|told\s+(?:you|u|y\s?all)|requested|begged)\s+(?:you\s+|u\s+)?(?:\w+\s+times|"
                     r"twice|again|already|before|repeatedly)(?:\s+(?:now|already))?\s+to\s+(?:be\s+removed|"
                     r"be\s+taken\s+off|stop|unsubscribe|quit|remove|opt\s+out|take\s+me\s+off)\b|"
                     # "I'm over these texts"
                     r"\b(?:i\s+m|im|i\s+am|we\s+re|we\s+are)\s+(?:so\s+|just\s+|really\s+)?over\s+"
                     rf"(?:(?:all|the|these|those|your|ur|this)\s+)+{DESCRIBED}{MESSAGES}\b|"
                     # "I'm done getting these", "done with the texts", "we want nothing to do with this"
                     r"(?:^|\b(?:i\s+m|im|i\s+am|we\s+re|we\s+are|so|just|totally|really)\s+)done\s+(?:with|getting|"
                     rf"receiving)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|these|this|them|you|u|y\s?all)\b|"
                     r"\bwant\s+nothing\s+to\s+do\s+with\s+(?:this|these|you|u|y\s?all|your|ur|it)\b|"
                     r"\bi\s+(?:don\s+t|dont|do\s+not)\s+want\s+to\s+be\s+(?:on|in)\s+"
                     r"(?:this|your|the|any)\s+(?:list|program)"),
    Rule("remove from the list",
         rf"(?:remove|rmv|delete|take|drop|erase|scratch|strike|unsubscribe)\s+(?:\w+\s+){{0,6}}?(?:from|off)\s+"
         rf"(?:of\s+)?(?:{DETERMINERS}\s+)*{DESCRIBED}(?:list|{MESSAGES})\b(?!\s+prices?\b)", targeted=True),
    Rule("cancel subscription", rf"(?:{STOP}|turn\s+off)\s+(?:my\s+|the\s+|this\s+|your\s+|ur\s+|all\s+)?"
                                r"(?:sms\s+|text\s+)?subscriptions?\b(?!\s+(?:box|boxes|plan|fee|charge|renewal|order|service))",
         review="'subscription' may be a product rather than these texts"),
    # "quit asking me for money", "stop reminding me": a way of reaching me, not named as texting
    Rule("stop doing it to me",
         rf"{STOP}\s+(?:asking|reminding|pinging|nagging|bombarding|flooding|hounding|soliciting|pushing|"
         r"notifying|alerting|telling|begging|targeting|blasting|badgering|hassling|chasing|updating|"
         r"promoting\s+to|advertising\s+to|selling\s+to|marketing\s+to)\s+(?:me|us)\b",
         # "stop asking me for donations": what they ask for is what the texts are about
         targeted=True, review="a way of reaching me that does not name texts"),
    # "STOP ValuMart", "unsubscribe Verizon": the keyword and one word more, most often the sender's name
    # (not an activity, "stop lying"; a place, "stop here"; a day; or a thing a target list names)
    # A name that is no target, in English or as an order, a booking, a call or an e-mail in another language, is
    # taken with the keyword, so that no other target list aims it elsewhere ("STOP PIZZA" to a pizzeria: "pizza"
    # is a Portuguese order); a target is left after it, to be read as before ("stop calls", "STOP PEDIDO").
    Rule("keyword and a name",
         rf"^(?:stop|unsubscribe|unsub|optout|opt\s+out)(?:\s+(?!{NOT_A_NAME}\b)(?!(?:{TARGET_WORDS}|{FOREIGN_TARGETS})\s*$)"
         rf"[a-z]\w{{2,}}\s*$|(?=\s+(?!{NOT_A_NAME}\b)[a-z]\w{{2,}}\s*$))",
         review="a keyword beside a word that may be the sender's name"),
    # "stop wasting your money texting me", "you're wasting your time with these texts"
    Rule("stop wasting your time",
         r"(?:stop|quit|don\s+t|dont|do\s+not|no\s+need\s+to|no\s+point|(?:you\s+re|youre|ur|you\s+are)|"
         r"(?:you|u)\s+(?:are|re)\s+just)\s+(?:keep\s+)?wast(?:e|ing|in)\s+(?:your|ur|yalls|y\s?all\s+s|the|any\s+more\s+of\s+your)\s+"
         r"(?:time|money|breath|effort|energy|resources|budget|postage)\s+(?:on\s+|with\s+|by\s+)?"
         rf"(?:(?:{DETERMINERS}\s+)*{MESSAGES}|{CONTACT}|me|us|this\s+number|my\s+number)\b", negatable=False),
    # "I switched to CVS, no need for these anymore"
    Rule("no need to text me", rf"no\s+(?:need|use)\s+for\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|these|them|"
                               r"those)\b"),
    Rule("no need to text me",
         rf"(?:no\s+(?:need|reason)|(?:you\s+|u\s+)?(?:don\s+t|dont|do\s+not)\s+need)\s+(?:for\s+you\s+)?to\s+"
         rf"(?:keep\s+)?{CONTACT}(?:\s+(?:{ME}|anymore|any\s+more))?\b", negatable=False),
    Rule("never again", rf"{TEXTING}\s+(?:me|us|this\s+number|here)\s+(?:never|no\s+more)\b", negatable=False),
    # "sms off", "text alerts off please": the texts, switched off
    Rule("texts off", rf"^(?:(?:please|pls|plz)\s+)?(?:(?:all|the|my|your|ur|these)\s+{FREE}?)?{MESSAGES}\s+off"
                      r"(?:\s+(?:please|pls|plz|now|thanks|thx|asap|for\s+good))*\s*$"),
    # "can these be stopped?", "how can these be turned off", "can my number be removed"
    Rule("how to stop",
         r"(?:how\s+(?:can|do|would|could|will)|can|could|will|would|is\s+there\s+a\s+way)\s+(?:these|they|those|"
         rf"(?:these|the|your|ur|those|all|all\s+these|all\s+the)\s+{DESCRIBED}{MESSAGES}|my\s+number|this\s+number|i|we)\s+"
         r"(?:please\s+)?be\s+(?:turned\s+off|stopped|cancell?ed|shut\s+off|switched\s+off|disabled|paused|ended|removed|"
         r"blocked|muted|taken\s+off|unsubscribed|opted\s+out|deleted)\b"),
    # "what's the stop word?", "is there an unsubscribe option?": the way to stop them, asked for
    Rule("how to stop",
         r"(?:(?:what|whats|wat|where|wheres)\s+(?:s\s+|is\s+|are\s+)?(?:the|your|ur)|(?:is|are)\s+there\s+(?:a|an|any)|"
         r"(?:do|does)\s+(?:you|u|this|it)\s+have\s+(?:a|an|any))\s+(?:stop|unsubscribe|opt\s*out|optout|cancel)\s+"
         r"(?:word|words|keyword|keywords|command|option|options|text|reply|button|link|setting|feature)\b"),
    Rule("stop means stop", r"(?:stop|no|unsubscribe|end|quit)\s+means\s+(?:stop|no|unsubscribe|end|quit)\b"),
    # "do I just say stop?", "should I reply STOP or what": a question about how to stop.
    Rule("how to stop",
         r"(?:do|should|can|shall|must|would)\s+(?:i|we)\s+(?:just\s+|simply\s+|have\s+to\s+|need\s+to\s+)*"
         r"(?:say|text|send|reply|type|write|respond|answer)\s+(?:with\s+|back\s+)?(?:stop|end|quit|cancel|"
         r"unsubscribe|opt\s*out|remove)\b"),
    Rule("no thanks to these",
         rf"(?:(?:i\s+m|im|i\s+am|we\s+re|we\s+are)\s+good|(?:i\s+ll|ill|i\s+will|we\s+ll)\s+pass)\s+"
         rf"(?:on|with(?:out)?)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|these|them|this)\b",
         targeted=True),
    Rule("spam", r"(?:this\s+is|this\s+s|thats|that\s+is|that\s+s|its|it\s+s|such|pure|total|more|"
                 r"stupid|fucking|annoying|just)\s+(?:\w+\s+)?spam\b",
         review="calling a text spam may not ask for all texts to stop"),
)
