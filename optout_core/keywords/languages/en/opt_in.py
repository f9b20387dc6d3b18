"""English opt-in rules: asking in plain words to get these texts again (a STOP sent by mistake, "resume my alerts")."""

from ...lexicon import Rule
from .words import (
    ADD_ME,
    ASKING,
    BY_TEXT,
    DESCRIBED,
    DETERMINERS,
    FOREIGN_MODIFIERS,
    FREE,
    HOW,
    MESSAGES,
    NOT_ELSEWHERE_OR_OFF,
    SENT_TO_ME,
    TEXT_NAMED,
    TEXTY,
)

OPT_IN_RULES: tuple[Rule, ...] = (
    Rule("resubscribe", r"(?:resubscribe|re\s+subscribe|resub|re\s+sub|subscribe\s+me\s+(?:again|back)|"
                        r"sign\s+me\s+(?:back\s+)?up(?:\s+again)?|re\s+?add\s+me|re\s+?enroll\s+me|"
                        r"re\s*enroll|re\s*join|rejoin)\b"),
    Rule("opt in", r"opt\s*(?:me\s+|us\s+)?(?:back\s+)?in\b"),
    # "undo my stop", "please reverse the opt out": the opt-out itself taken back
    Rule("undo the stop", r"(?:undo|reverse|cancel|take\s+back|revert)\s+(?:my|the|that|this|our)\s+(?:stop|"
                          r"unsubscribe|unsubscription|opt\s*out|unsubscribing)\b(?!\s+(?:request|sign|payment))"),
    # "I want to get the texts for the deals again"
    Rule("want the texts again",
         rf"(?:i|we)\s+(?:want|would\s+like|d\s+like|wanna|need)\s+to\s+(?:receive|get|start\s+getting)\s+"
         rf"(?:your\s+|the\s+|my\s+|ur\s+)?{DESCRIBED}{MESSAGES}(?:\s+\w+){{0,4}}?\s+again\b", targeted=True),
    # "I want SMS alerts back on for my bill due dates": wanted back on, what they are about named after them
    Rule("turn back on", r"(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+(?:(?:the|my|your|ur|those|these)\s+)?"
                         rf"{FREE}{{0,2}}{TEXTY}\s+back\s+on\b"
                         # not on another phone ("back on my old phone")
                         r"(?!\s+(?:my|the|this|that|another|her|his|our)\s+(?:\w+\s+)?(?:phone|number|cell|device|line)\b)",
         targeted=True),
    Rule("want again",
         rf"(?:(?:i|we)\s+(?:want|would\s+like|d\s+like|would\s+love|d\s+love|wanna|need)|(?:can|could|may)\s+(?:i|we))\s+"
         r"(?:to\s+(?:receive|get)\s+|get\s+|have\s+|receive\s+)?"
         rf"(?:your\s+|the\s+|my\s+|ur\s+)?(?:{DESCRIBED}{MESSAGES}|them|these)\s+(?:again|back)\b"),
    Rule("keep them coming", rf"(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+to\s+(?:keep|continue)\s+"
                             rf"(?:getting|receiving)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|these|them)\b"),
    # "notify me by text when it ships", "keep me posted by text"
    Rule("by text", r"(?:notify|alert|update|remind|inform|keep)\s+(?:me|us)\s+(?:posted\s+|updated\s+|informed\s+)?"
                    r"(?:by|via|over|through|with\s+a)\s+(?:text|txt|sms|texts)\b", targeted=True),
    Rule("back on the list", r"(?:add|put)\s+(?:me|us|my\s+number|this\s+number|my\s+(?:cell|phone|mobile))\s+back\b|"
                             rf"\b{ASKING}(?:be|get)\s+(?:re\s*)?(?:added|put)\s+back\b|"
                             rf"\b(?:(?:can|could|may)\s+(?:i|we)\s+)?(?:get|be|go)\s+(?:me\s+|us\s+)?"
                             rf"(?:put\s+|added\s+)?back\s+on\s+(?:{DETERMINERS}\s+)*{DESCRIBED}"
                             rf"(?:list|{MESSAGES})\b|"
                             r"\b(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+(?:to\s+(?:get|be|come)\s+)?"
                             rf"back\s+(?:in\b|on\s+(?:{DETERMINERS}\s+)*{DESCRIBED}(?:list|{MESSAGES})\b)|"
                             # "I want to sign back up for flood alerts": the texts named after it
                             r"\b(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+to\s+sign\s+(?:back\s+up|up\s+again)\s+"
                             rf"(?:for|to)\s+(?:(?:the|your|ur|my|those|these)\s+)?(?:(?!{FOREIGN_MODIFIERS}\b)\w+\s+){{0,2}}?{TEXTY}\b"
                             rf"{NOT_ELSEWHERE_OR_OFF}|"
                             # "I'd like to join the text list"
                             rf"\b(?:join|rejoin)\s+(?:the|your|ur|this)\s+{DESCRIBED}(?:{MESSAGES}\s+)?list\b|"
                             # "I'd like to join your text club"
                             rf"\b(?:join|rejoin)\s+(?:the|your|ur|this)\s+(?:\w+\s+)?(?:text|txt|sms)\s+(?:club|list|"
                             r"program|alerts|group)\b"),
    # "text me the deals", "please send me text reminders when my refills are due"
    Rule("send me the texts", rf"(?:send|text|txt)\s+(?:me|us|this\s+number)\s+(?:(?:the|your|ur|all|any|"
                              rf"those|these)\s+)?{DESCRIBED}{SENT_TO_ME}\b{NOT_ELSEWHERE_OR_OFF}"),
    # "can I get text updates for my deliveries?", "how do I sign up for the text alerts?", "I'd like to get
    # the texts about distribution days", "I want outage notifications by text"
    Rule("how to get the texts",
         rf"(?:{HOW}|(?:can|could|may)\s+(?:we|i))\s+(?:(?:please|just|also|still)\s+)?(?:sign\s+up\s+(?:for|to)|"
         r"subscribe\s+to|join|opt\s+in\s+(?:to|for)|enroll\s+in|register\s+for|get|receive|have|"
         r"start\s+getting|be\s+getting)\s+(?:(?:the|your|ur|these|those|all|any|some)\s+)?"
         rf"{DESCRIBED}{BY_TEXT}\b{NOT_ELSEWHERE_OR_OFF}|"
         rf"\b{HOW}\s+(?:sign\s+up|subscribe|opt\s+in|enroll|register)\s*$", targeted=True),
    Rule("want the texts",
         r"(?:i|we)\s+(?:would\s+like|d\s+like|would\s+love|d\s+love|want|wanna|need|wish)\s+"
         r"(?:to\s+(?:receive|get|start\s+getting|"
         r"be\s+getting|sign\s+up\s+for|subscribe\s+to|join)\s+)?(?:(?:the|your|ur|these|those|all|any|some)\s+|"
         rf"(?!(?:fewer|less|few|no|zero|only|more|any)\b){FREE}(?={TEXTY}\b))?"
         rf"{DESCRIBED}{BY_TEXT}\b{NOT_ELSEWHERE_OR_OFF}(?:\s+(?:by|via|through|over)\s+(?:text|txt|sms))?",
         targeted=True),
    # "please add this number for my son", "can you add me for Sofia's appointment texts too?", "yes add me
    # to the taco club!", "put this one on the appointment texts", "please use it for building alerts"
    # "please enroll me in text notifications for my claims": the texts named, what they are about follows
    Rule("add me to the texts",
         rf"{ADD_ME}\s+(?:to|on|onto|in|for)\s+(?:(?:the|your|ur|this|these|those|our|all|any)\s+)?"
         rf"(?:{DESCRIBED}{TEXTY}|{TEXT_NAMED})\b", targeted=True),
    # "can I get added to the text notices", "I'd like to be enrolled in the outage alerts"
    Rule("add me to the texts",
         rf"{ASKING}(?:please\s+)?(?:get|be|get\s+(?:me|us|my\s+number|this\s+number))\s+(?:re\s*)?(?:added|enrolled|"
         r"signed\s+up|subscribed|put|included)\s+(?:back\s+)?(?:to|on|onto|in|for)\s+"
         r"(?:(?:the|your|ur|this|these|those|all|any)\s+)?"
         rf"(?:{DESCRIBED}(?:{TEXTY}|list)|{TEXT_NAMED})\b{NOT_ELSEWHERE_OR_OFF}", targeted=True),
    # "yes keep me updated on the campaign", "keep me posted on new listings": ongoing news asked for, not
    # one thing ("keep me posted on my order" is aimed at the order)
    Rule("keep me posted",
         r"^(?:(?:yes|yeah|yea|yep|ok|okay|sure|please|pls|plz|definitely|absolutely|and|oh)\s+)*"
         r"(?:(?:can|could|would|will)\s+(?:you|u|y\s?all)\s+(?:please\s+)?)?keep\s+(?:me|us)\s+"
         r"(?:posted|updated|informed|in\s+the\s+loop)\s+(?:on|about|re|regarding|with)\s+"
         r"(?:(?:the|your|ur|all|any|new|upcoming|future|latest|more|every|each)\s+)*(?:\w+\s+){0,2}?"
         r"(?:campaign|news|\w+[^s\s]s)\b"),
    Rule("add me to the texts",
         rf"{ADD_ME}(?:\s*$|(?=\s+for\s)|"
         # "add me again please I got a new phone": a sentence that lost its full stop follows
         r"\s+(?=(?:i|im|we|my|this|it|its)\s)|"
         r"\s+(?:to|on|onto|in)\s+(?:(?:the|your|ur|this|these|those|our|all|any)\s+)?"
         rf"{DESCRIBED}(?:list|{MESSAGES}|club|roster|program))"),
    Rule("add me to the texts",
         r"put\s+(?:me|us|my\s+name|my\s+number)\s+down\s+for\s+(?:(?:the|your|ur)\s+)?"
         rf"{DESCRIBED}(?:{TEXTY}|list)\b|"
         r"\b(?:want|wanna|would\s+like|d\s+like|would\s+love|d\s+love)\s+to\s+be\s+(?:on|added\s+to|in)\s+"
         rf"(?:the|your|ur)\s+{DESCRIBED}(?:(?:{MESSAGES})\s+)?list\b"),
    Rule("use this number for the texts",
         # "send the texts to this number instead"
         rf"(?:send|sending|text|texting)\s+(?:(?:the|all|my|your|ur|any|those|these)\s+)?{FREE}{{0,2}}{TEXTY}\s+"
         r"(?:to\s+(?:this|my\s+new|my\s+other|the\s+new)\s+(?:number|cell|phone|#)\b|here\s*$)|"
         r"\b(?:use|put)\s+(?:it|this|this\s+one|this\s+(?:number|cell|phone)|my\s+(?:new\s+)?(?:number|cell|"
         r"phone))\s+(?:instead\s+)?(?:for|on|to)\s+(?:(?:the|your|ur|all|my)\s+)?"
         rf"{FREE}{{0,2}}(?:{TEXTY}|list)\b", targeted=True),
    # "text alerts on please", "turn the reminders on"
    Rule("turn the texts on",
         rf"^(?:(?:please|pls|plz)\s+)?(?:(?:all|the|my|your|ur|these)\s+{FREE}?)?{MESSAGES}\s+(?:back\s+)?on"
         r"(?:\s+(?:please|pls|plz|again|thanks|thx|now))*\s*$|"
         rf"\b(?:turn|switch)\s+(?:{DETERMINERS}\s+)*{DESCRIBED}{MESSAGES}\s+on\b{NOT_ELSEWHERE_OR_OFF}|"
         # "turn on delivery texts please": a word or two naming what the texts are about
         rf"\b(?:turn|switch)\s+on\s+(?:{FREE}){{1,2}}{TEXTY}\b{NOT_ELSEWHERE_OR_OFF}"),
    Rule("turn back on", rf"(?:turn|get|switch)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|them|these|it)\s+back\s+on\b|"
                         rf"\bturn\s+back\s+on\s+(?:{DETERMINERS}\s+)*{DESCRIBED}{MESSAGES}", targeted=True),
    Rule("resume messages", rf"(?:resume|restart|reactivate|re\s+activate|reinstate|re\s+instate|unpause|restore|reenable|"
                            rf"re\s+enable|turn\s+on|switch\s+on|bring\s+back)\s+(?:my\s+|the\s+|your\s+)?{DESCRIBED}"
                            rf"{MESSAGES}\b"),
    Rule("start the texts",
         rf"^(?:start|restart|resume)\s+(?:(?:the|my|your|ur|all)\s+)?(?:\w+\s+)?{SENT_TO_ME}"
         r"(?:\s+(?:again|please|pls|plz|now|thanks|thx))*\s*$"),
    Rule("receive again", rf"(?:start|begin|resume)\s+(?:getting|receiving)\s+(?:{DETERMINERS}\s+)*"
                          rf"(?:{DESCRIBED}{MESSAGES}|them|these|texts)(?:\s+again)?\b"),
    Rule("start again", rf"(?:start|resume|restart)\s+(?:it\s+|them\s+|these\s+|(?:{DETERMINERS}\s+)*"
                        rf"{DESCRIBED}{MESSAGES}\s+)?(?:again|back\s+up)\b|"
                        # "start gym texts again": a word naming the texts without a determiner
                        rf"\b(?:start|resume|restart)\s+\w+\s+{MESSAGES}\s+again\b"),
    # "add this number to the district text alerts", "put me on your list"
    Rule("add me to the list",
         rf"(?:add|put|sign\s+up|enroll|enrol|subscribe|include)\s+(?:me|us|my\s+number|this\s+number|"
         rf"my\s+(?:cell|phone|mobile))\s+(?:back\s+)?(?:to|on|onto|for|in)\s+(?:the|your|ur|these|this|those|our|"
         rf"all|any)\s+{DESCRIBED}(?:list|{MESSAGES})\b", targeted=True),
    Rule("resume",
         rf"(?:start|resume|restart|continue)\s+(?:sending|texting|messaging)\s+(?:me\s+|us\s+)?"
         rf"(?:(?:your|the|my|ur)\s+)?(?:{DESCRIBED}{MESSAGES}\s+|\w+\s+{MESSAGES}\s+)?"
         r"(?:to\s+(?:me|us|this\s+number|my\s+number|my\s+phone)\s+)?(?:again|back)\b", targeted=True),
    # "please start sending me shifts", "resume texting me"
    # "can you start texting me the shifts again": texting names the texts, whatever they carry
    Rule("start texting me", r"(?:start|resume|restart|begin)\s+(?:texting|txting|messaging)\s+"
                             r"(?:me|us|this\s+number)\b", targeted=True),
    Rule("start sending me", r"(?:start|resume|restart|begin)\s+(?:sending|texting|messaging)\s+"
                             r"(?:me|us|this\s+number)\b|"
                             r"^(?:(?:please|pls|ok|okay|you\s+can)\s+)?(?:start|resume|restart)\s+(?:sending|texting|"
                             r"messaging)(?:\s+(?:them|these|it|again|please|pls|now))*\s*$"),
)
