"""English: the FCC's seven keywords and their variants, and the structure of a plain-language request: a stop
verb aimed at our messages or the person's number, a question about how to stop, a wrong or reassigned number,
a refusal of consent, a legal threat. Rules aimed at calls, orders, e-mail and the like do not count."""

from ...lexicon import Intent, Lexicon
from .help import HELP_RULES
from .opt_in import OPT_IN_RULES
from .opt_out import OPT_OUT_RULES
from .words import MESSAGES, OTHER_OBJECTS, OTHER_TARGETS, TARGET_WORDS

LEXICON = Lexicon(
    language="en",
    keywords={
        # The FCC's seven per-se words come first.
        Intent.OPT_OUT: ("stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe",
                         "stopall", "stop all", "optout", "unsub", "remove", "stop texts", "stop messages",
                         "unsubscribe all", "cancel all", "end all", "quit all", "no more", "enough", "unsubscribe me", "remove me", "opt me out", "take me off",
                         "cease", "desist", "halt", "spam", "do not text", "dont text", "do not contact",
                         "wrong number", "wrong #", "no thanks stop", "leave me alone", "go away", "block",
                         "turn off", "turn it off", "turn these off", "turn them off", "make it stop",
                         "make them stop", "make these stop", "delete me", "delete my number", "remove my number",
                         "get me off", "take me off the list", "stop it", "stop this", "stop these", "stop them",
                         "cancel this", "cancel these", "end this", "quit this", "unsubscribe this number",
                         "stop txt", "stop txts", "stop sms", "stahp", "stoop", "stp",
                         "unsubscribed", "opted out", "opt-out", "dnc", "do not call", "no texts", "no more texts",
                         "no txts", "no more txts", "no msgs", "no more msgs", "no sms",
                         "no more messages", "count me out", "i m out", "im out", "i want out", "report spam", "reported as spam",
                         # said as an idiom, abbreviated, or as a sign
                         "knock it off", "cut it out", "give it a rest", "enough already", "shut up", "stfu",
                         "shut it off", "mute", "mute this", "mute these", "block me", "rmv", "rmv me", "delete",
                         "delete it", "delete this", "quit it", "quit this", "end it", "enough is enough", "discontinue",
                         "unenroll", "dont contact", "don t contact", "dont message", "don t message", "do not message",
                         "don t text", "blocked", "blocked you", "blocking you", "do not want", "dont want", "don t want", "stop2end", "stop 2 end", "stop to end", "stop2quit", "stop to quit",
                         "stop to opt out", "stop to unsubscribe"),
        Intent.OPT_IN: ("start", "unstop", "resubscribe", "opt in", "optin", "resume", "subscribe", "restart",
                        "unblock", "join", "strt", "start again", "start back", "resume texts", "resume alerts",
                        "add me back", "reactivate", "reactivate me", "opt back in", "opt me in", "opt me back in", "sign me up", "sign me back up",
                        "re subscribe", "resubscribe me", "subscribe me", "yes start", "start texts", "start messages",
                        "un stop", "unstopp", "undo stop", "undo the stop", "undo unsubscribe", "unmute",
                        "add me", "add us", "enroll me", "count me in", "add my number", "add this number",
                        "sign up", "subscribe me please", "sign me up please", "i want in", "include me"),
        Intent.HELP: ("help", "info", "help me", "need help", "halp", "hlp", "helpp", "information", "more info",
                      "who is this", "whos this", "who s this", "who dis", "who is dis", "who this", "who are you",
                      "who r u", "who are u", "what is this", "whats this", "what s this", "wat is this",
                      "what is this about", "what s this about", "whats this about", "what is this for",
                      "who is texting me", "who s texting me", "support", "customer service", "i need help",
                      "what", "wtf is this", "what the hell is this", "huh who is this", "who sent this",
                      "who is this from", "info please", "details", "more information", "question", "tell me more",
                      "more details", "details please",
                      "i have a question", "quick question", "i have a quick question", "got a question"),
    },
    rules={
        Intent.OPT_OUT: OPT_OUT_RULES,
        Intent.OPT_IN: OPT_IN_RULES,
        Intent.HELP: HELP_RULES,
    },
    filler=("please pls plz plse pleas plese pleae pleez pleaz pleaze plis plss pleeease pleeeease pls kindly thanks thx ty tks tnx thankyou now ok okay k "
            "sorry hi hello hey heya hiya dear just right away asap immediately already again seriously omg oh god "
            "fuck fucking ffs damn wtf man guys sir madam maam yall ugh yes yeah yea yep nope dude bro bruh "
            "forever permanently fr jesus christ geez gosh lord goodbye bye hmm um uh so well honestly "
            "literally really very much all sincerely regards cheers"),
    filler_phrases=("thank you", "thank u", "y all", "right now", "for good", "once and for all", "asap please",
                    "for real", "no thank you", "no thanks", "not interested", "for the love of god",
                    "for god s sake", "for gods sake", "for fuck s sake", "for fucks sake", "i beg you",
                    "i m begging you", "im begging you", "oh my god", "my god", "good lord"),
    # Tagalog's "don't" before an English verb too, in Taglish: "wag nyo i-stop ang promo texts" (don't stop them)
    negators="dare dont don't never not cant cannot wont shouldnt didnt doesnt isnt aint wasnt wouldnt hate almost wag "
             "huwag",
    frames=(r"can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|could\s+u|would\s+u|will\s+u|can\s+ya|"
            r"can\s+y\s?all|could\s+y\s?all|please|pls|plz|i\s+want\s+to|i\s+wanna|i\s+would\s+like\s+to|"
            r"i\s+d\s+like\s+to|id\s+like\s+to|i\s+wish\s+to|i\s+need\s+to|i\s+want\s+you\s+to|i\s+need\s+you\s+to|"
            r"(?:you|u|y\s?all|you\s+guys|you\s+all|you\s+people)\s+(?:need\s+to|should|must|have\s+to|gotta|better)|"
            r"you\s+can|u\s+can|you\s+may|i\s+d\s+like\s+you\s+to|i\s+would\s+like\s+you\s+to|"
            r"(?:i\s+m\s+|im\s+|i\s+am\s+)?begging\s+(?:you\s+)?to|i\s+beg\s+(?:you\s+)?to|"
            r"let\s+me|i\s+said|i\s+already\s+said|i\s+told\s+you|i\s+told\s+you\s+to|i\s+asked\s+you\s+to|"
            r"i\s+m\s+asking\s+you\s+to|i\s+am\s+asking\s+you\s+to|im\s+asking\s+you\s+to|i\s+said\s+to|"
            r"why\s+won\s+t\s+you|why\s+wont\s+you|why\s+can\s+t\s+you|why\s+cant\s+you|for\s+the\s+last\s+time|"
            r"go\s+ahead\s+and|time\s+to|need\s+to|wanna|want\s+to|just|kindly|i\s+request|i\s+request\s+to|"
            r"i\s+m\s+requesting\s+to|may\s+i|can\s+i|could\s+i|i\s+want\s+it\s+to|"
            r"(?:i|we)\s+(?:ask|request|asked|requested)\s+that\s+(?:you|u|y\s?all)|"
            r"(?:i\s+m|im|i\s+am|we\s+re|we\s+are)\s+(?:asking|requesting)\s+that\s+(?:you|u|y\s?all)|"
            r"how\s+do\s+i|how\s+can\s+i|how\s+to|how\s+would\s+i|how\s+do\s+we|how\s+can\s+we|how\s+i|"
            r"is\s+there\s+a\s+way\s+to|is\s+there\s+any\s+way\s+to|what\s+do\s+i\s+(?:send|text|reply|type|say)"
            r"(?:\s+to)?|what\s+should\s+i\s+(?:send|text|reply|type|say)(?:\s+to)?|where\s+do\s+i|"
            r"i\s+just\s+want\s+to|all\s+i\s+want\s+is\s+to|hey|hi|hello|ok|okay|so|yes|and|also|then|now|"
            # the keyword quoted as what they send: "Reply STOP", "I text stop"
            r"(?:i\s+)?(?:reply|replying|text|texting|send|sending|type|typing|answer|respond)(?:\s+with)?"),
    tails=("of me us it this that these those them all everything anymore more now already please pls thanks today "
           "immediately forever permanently again texts text messages message msgs msg sms alerts notifications "
           "number list from here asap right away for good"),
    subjects="i im ive we weve you u youre they he she why who wtf idk",
    other_targets=OTHER_TARGETS,
    target_words=TARGET_WORDS,
    other_objects=OTHER_OBJECTS,
    jokes=(r"lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|kidding|joking|amazing|awesome|incredible|insane|crazy|"
           r"too\s+good|so\s+good|too\s+funny|so\s+funny|hilarious|love\s+(?:it|this|you|u)|wow|omg|cute|"
           r"obsessed|dying|dead|killing\s+me|no\s+way|(?:you\s+re|youre|ur|you\s+are)\s+(?:too|so)\s+\w+|"
           r"too\s+(?:kind|sweet|nice|much)"),
    messages=MESSAGES,
    # Someone else's words, and the program's own ("it says reply STOP to opt out, what does that do?")
    reported_speech=(r"(?:it|this|that|the\s+(?:text|message|msg|ad|link)|your\s+(?:text|message|msg|ad))\s+"
                     r"(?:says|said)|"
                     r"(?:he|she|they|someone|somebody|people|everyone|everybody|my\s+(?:wife|husband|mom|mother|"
                     r"dad|father|son|daughter|kid|kids|friend|friends|boss|brother|sister|partner|bf|gf|roommate|"
                     r"coworker|neighbor|neighbour|doctor|teacher))\s+(?:said|says|told|tells|keeps\s+telling|"
                     r"kept\s+telling|asked|asks|wants|wanted|thinks|thought|yelled|texted|keeps\s+saying)"),
    corrections=r"no\s+wait|wait\s+no|never\s*mind|nvm|scratch\s+that|disregard(?:\s+that)?|ignore\s+(?:that|my\s+last)|"
                r"actually\s+no|no\s+no",
    # "the announcements quit coming", "your texts stopped coming": texts that no longer arrive, told of; "I replied
    # stop to the wrong thread", "I'm the one who texted stop", "I turned them off": what the writer sent before
    told=r"(?:quit|stopped|stop)\s+(?:coming|arriving|showing\s+up)|"
         r"(?:i|we|who)\s+(?:already\s+|just\s+|accidentally\s+)?(?:said|texted|replied|sent|typed|responded|wrote|hit|"
         r"pressed)\s+(?:you\s+)?(?:stop|unsubscribe|quit|end|cancel)|"
         r"(?:i|we)\s+(?:turned|shut|switched)\s+(?:them|those|these|it|the\s+(?:\w+\s+)?(?:texts|alerts|reminders|"
         r"notifications|messages))\s+off",
    texts_welcome=(r"(?:text|texts|texting|txt|txts|messages|msgs|sms)\s+(?:is|are|r|s)\s+(?:fine|ok|okay|good|great|"
                   r"better|cool|alright|all\s+right)\b|\btext\s+(?:me|us)\s+instead\b|"
                   r"\bkeep\s+(?:them|em|these|those|the\s+\w+)\s+coming\b|"
                   # "I'd prefer a text", not "I'd rather not get texts"
                   r"\bprefer\s+(?:(?!(?:not|no|dont|don|didn|didnt|never)\b)\w+\s+){0,2}?(?:text|texts|texting|"
                   r"messages|sms)\b"),
    mistakes=(r"(?:sorry|oops|oopsie|whoops|my\s+bad)\s+(?:i\s+)?(?:accidentally\s+)?(?:sent|texted|replied|typed|"
              r"hit|pressed|said|wrote)\s+(?:you\s+)?(?:stop|end|quit|cancel|unsubscribe|opt\s+out)\b|"
              r"(?:sent|texted|replied|said|typed|hit|pressed|wrote)\s+(?:you\s+)?(?:stop|end|quit|cancel|unsubscribe|"
              r"opt\s+out)\s+but\s+(?:i|we)\s+(?:m\s+still\s+\w+ing|am\s+still\s+\w+ing|changed\s+my\s+mind|"
              r"(?:still\s+)?(?:want|need)(?!(?:\s+\w+){0,5}?\s+(?:stop|end|cease|gone|removed)\b)\s+(?:the|your|these|my)\s+\w+)|"
              r"(?:sent|texted|replied|said|typed|hit|pressed|wrote|responded)\s+(?:you\s+)?(?:stop|end|quit|"
              r"cancel|unsubscribe|opt\s+out)\s+(?:\w+\s+){0,5}?(?:(?:by|on|in)\s+(?:mistake|accident|error)|"
              r"as\s+a\s+(?:joke|prank)|accidentally|to\s+the\s+wrong\s+(?:number|thread|text|message|chat|person|one))|"
              r"(?:unsubscribed|opted\s+out|stopped\s+(?:them|these|the\s+texts)|cancelled|canceled)\s+"
              r"(?:\w+\s+)?(?:by|on|in)\s+(?:mistake|accident|error)|wrong\s+button|(?:hit|pressed|tapped)\s+"
              r"(?:the\s+)?wrong\s+(?:button|thing|key)|(?:accidentally|accidently|mistakenly|by\s+mistake|"
              r"by\s+accident|on\s+accident)\s+"
              r"(?:\w+\s+){0,1}(?:sent|texted|replied|said|typed|hit|pressed|unsubscribed|opted\s+out|stopped|"
              r"cancelled|canceled|wrote)|(?:didn\s+t|didnt|did\s+not)\s+mean\s+(?:to\s+)?(?:send|text|reply|type|say|"
              r"hit|unsubscribe|opt\s+out|stop|cancel|write)|(?:stop|unsubscribing|that\s+stop|the\s+stop|"
              r"my\s+stop)\s+was\s+(?:a\s+|an\s+)?(?:mistake|accident|accidental|an\s+error|by\s+mistake)|"
              # "my son texted stop, please undo": someone else's STOP, taken back in the same message
              r"(?:my|our)\s+(?:son|daughter|kid|kids|child|husband|wife|grandson|granddaughter|brother|sister|mom|dad|"
              r"friend|nephew|niece|toddler|baby|partner|roommate)\s+(?:\w+\s+)?(?:sent|texted|replied|typed|hit|pressed|"
              r"wrote)\s+(?:you\s+)?(?:stop|end|quit|cancel|unsubscribe|opt\s+out)\b(?:\s+(?!(?:don|dont|do|not|never|no|t)\b)"
              r"\w+){0,6}?\s+(?:undo\s+(?:it|that|the\s+stop|this)\b|(?:start|resume)\s+(?:them|these|it|the\s+\w+)\s+again|"
              r"add\s+me\s+back|put\s+me\s+back|turn\s+(?:them|it|these)\s+back\s+on|i\s+still\s+want)\b|"
              # "I accidentally turned off my alerts", "turned the reminders off by mistake": the texts named
              r"(?:accidentally|accidently|mistakenly)\s+(?:turned|switched|shut)\s+off\s+(?:my|the|these|your|ur)\s+"
              r"(?:\w+\s+)?(?:texts|alerts|reminders|notifications|messages|text\s+alerts)\b|"
              r"(?:turned|switched|shut)\s+(?:off\s+)?(?:my|the|these|your|ur)\s+(?:\w+\s+)?(?:texts|alerts|reminders|"
              r"notifications|messages)\s+(?:off\s+)?(?:by|on|in)\s+(?:mistake|accident|error)|"
              r"(?:turned|switched|shut)\s+(?:them|these|it)\s+off\s+(?:by|on|in)\s+(?:mistake|accident|error)|"
              r"(?:accidentally|accidently|mistakenly)\s+(?:turned|switched|shut)\s+(?:them|these|it)\s+off\b"),
)

