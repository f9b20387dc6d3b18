"""English: the FCC's seven keywords and their variants, and the structure of a plain-language request: a stop
verb aimed at our messages or the person's number, a question about how to stop, a wrong or reassigned number,
a refusal of consent, a legal threat. Rules aimed at calls, orders, e-mail and the like do not count."""

from ..lexicon import Intent, Lexicon, Rule

# A verb that ends something, and what it may be aimed at.
STOP = (r"(?:stop|stopped|st+o+p+|stp|sotp|stpo|stahp|quit|end|cease|halt|cancel|discontinue|terminate|kill|pause|block|"
        # "kindly refrain from texting me"
        r"disable|deactivate|deactive|mute|unsubscribe|unsub|refrain\s+from|desist\s+from|cease\s+from|abstain\s+from)")
MESSAGES = (r"(?:(?:deals?|offers?|promos?|coupons?|specials?|sales?|marketing|promotional)\s+(?:texts?|txts?|messages?|msgs?|alerts?|notifications?)|(?:text|txt|sms)\s+(?:reminders?|alerts?|updates?|notifications?|notices?|offers?|deals?|coupons?)|texts?|txts?|textes|txt\s+msgs?|text\s+messages?|messages?|mess?[ae]ges?|msgs?|mssgs?|sms|smss|notifications?|notifs?|alerts?|notices|announcements|"
            # "stop sending me the donation requests": what the texts ask for, in the plural
            r"(?:donation|donations|fundraising|charity|review|feedback|survey|rating)\s+(?:requests|asks|appeals)|solicitations|appeals|"
            r"promos?|promotions?|promotional\s+\w+|offers?|deals?|ads?|adverts?|advertisements?|advertising|"
            r"marketing|spam|communications?|correspondence|outreach|updates?|reminders?|blasts?|coupons?|specials?|subscriptions?\s+to\s+"
            r"(?:these|your|the)\s+texts?|texting|messaging|list|mailing\s+list|service|program|thing|stuff|crap|"
            r"shit|nonsense|junk|bs)")
# Nouns a messages word can describe, which make it something else: "my service appt", "the text message fees".
HEAD_NOUNS = (r"(?:appts?|appointments?|calls?|visits?|plans?|fees?|charges?|bills?|contracts?|orders?|techs?|"
              r"technicians?|providers?|reps?|agents?|desk|departments?|centers?|centres?|tickets?|requests?|"
              r"packages?|upgrades?|renewals?|e\s*mails?|mail|mailers?|newsletters?|catalogs?|letters?)")
# Words that name what these texts are sent to or kept in: "take me off the roster" is our list.
LISTS = (r"(?:list|lists|roster|database|db|system|records?|contacts?|directory|registry|group|chain|thread|loop|"
         r"line|numbers?|phone|cell|program|service|campaigns?|subscriptions?)")
# A modifier that makes "notifications" or "alerts" something other than these texts: "push notifications", "email
# alerts", "the app".
FOREIGN_MODIFIERS = r"(?:push|app|apps|email|emails|e\s+mail|mail|postal|paper|voice|robo|whatsapp|facebook|instagram)"
# Where messages that are not these texts are shown: "stop the ads on your website".
ELSEWHERE = (r"(?:website|web\s+site|site|app|apps|page|feed|instagram|facebook|youtube|tiktok|tv|radio|e\s*mails?|"
             r"inbox|mailbox|browser|mail|newspaper|paper)")
# Gerunds that are our messages ("stop texting") or receiving them, and words that only look like gerunds.
OUR_GERUNDS = (r"(?:texting|txting|messaging|msging|smsing|contacting|sending|bothering|bugging|annoying|harassing|"
               r"pestering|spamming|writing|reaching|hitting|blowing|receiving|getting|seeing|being|everything|"
               r"anything|something|nothing|thing|things|morning|evening|during|spring|string|bring|king|ring)")
# Ending it, said as an idiom: "knock it off", "cut it out", "give it a rest".
IDIOMS = r"(?:knock\s+it\s+off|cut\s+it\s+out|give\s+it\s+a\s+rest|cut\s+that\s+out|knock\s+that\s+off)"
PRONOUNS = r"(?:these|this|them|those|it|that|all\s+this|all\s+of\s+this|all\s+of\s+these|all\s+of\s+them|everything)"
DETERMINERS = (r"(?:with|all|the|these|those|this|your|ur|my|any|of|from|receiving|getting|future|more|further|automated|"
               r"text|sms|marketing|promotional|daily|weekly)")
OURS = rf"(?:{MESSAGES}|{LISTS}|{PRONOUNS}|me|us|all|any|anything|harassment|madness|bombardment|barrage|flood)"
# A word between a determiner and the messages it describes: "the pharmacy texts", "the low balance alerts" (not a
# preposition, not what makes them something else: "the push notifications").
FREE = rf"(?:(?:list|service|program|group)\s+(?=(?:texts?|messages?|alerts?|reminders?|notifications?|updates?)\b)|(?!(?:{OURS}|{FOREIGN_MODIFIERS}|by|in|at|for|to|and|or|with|on|of|from|about|if|when|than)\b)\w+\s+)"
# Described messages ("the pharmacy texts"), but not a described service or list ("the water service", "the bus list").
DESCRIBED = (r"(?:(?:(?<=the\s)|(?<=these\s)|(?<=those\s)|(?<=your\s)|(?<=ur\s)|(?<=my\s)|(?<=all\s)|(?<=any\s)|"
             r"(?<=this\s)|(?<=our\s)|(?<=me\s)|(?<=sending\s)|(?<=send\s)|(?<=more\s))"
             rf"{FREE}{{1,2}}(?!(?:service|program|list|mailing\s+list|thing|stuff|texting|messaging|subscriptions?)\b))?")
# Kinds of business that send these texts: "is this the vet?", "is this Summit Health?"
SENDER_KINDS = (r"(?:pharmacy|bank|clinic|doctor|dentist|office|store|school|gym|hospital|vet|company|salon|church|"
                r"pediatrician|pediatricians|practice|district|team|league|city|county|library|landlord|agency|"
                r"dealership|dealer|restaurant|shelter|pantry|daycare|center|centre|club|shop|garage|utility|bakery|"
                r"studio|insurance|lender|firm|hoa|association|department|campus|academy|charity|foundation|power|"
                r"electric|energy|utilities|gas|water|health|healthcare|wireless|mobile|cable|internet|telecom|"
                r"broadband|auto|autos|motors|dental|medical|orthopedics|pediatrics|dermatology|transit|lawn|"
                r"landscaping|care|veterinary|credit\s+union|realty|realtors|properties|apartments|campaign|"
                r"for\s+congress|for\s+senate|for\s+mayor|tutoring|learning|spa|fitness|market|mart|foods|grocery|"
                r"groceries|logistics|express|airlines|rentals)")
# Where a service is delivered, which makes it something other than these texts: "stop service at my old house".
PLACES = (r"(?:apartment|apt|house|home|address|place|property|unit|residence|condo|building|location|street|st|ave|"
          r"avenue|road|rd|lot|office|store|business|cabin|rental)")
# Verbs that can only mean our texts, and verbs that can also mean something else ("stop sending the wrong item").
TEXTING = (r"(?:te(?:xt?|ch|k)s?\s+s?ting|text\s+ing|text(?:ing|in|ng)?|txt(?:ing|in)?|tx(?:ing)?|texxting|messag(?:e|ing)|mess?[ae]g(?:e|ing|in)|msg(?:ing)?|sms(?:ing)?|"
           r"spam(?:ming)?|harass(?:ing)?|pester(?:ing)?|blow(?:ing|in)?\s+(?:up\s+my\s+(?:phone|cell|line)|me\s+up)|"
           # "stop hittin my phone", "quit pinging my cell"
           r"(?:hit(?:ting|tin)?|ping(?:ing|in)?)\s+(?:me\s+up|up\s+my\s+(?:phone|cell|line)|my\s+(?:phone|cell|line|inbox))|send(?:ing|in)?\s+(?:me\s+)?(?:(?:these|those|the|your|ur|all|any|more)\s+)*"
           rf"{DESCRIBED}{MESSAGES})")
CONTACT = (rf"(?:{TEXTING}|contact(?:ing)?|send(?:ing|in)?|bother(?:ing)?|bug(?:ging)?|writ(?:e|ing)|"
           # Spanglish: "stop mandando mensajes", "stop texteando"
           r"reach(?:ing)?\s+out|mandando(?:me)?|enviando(?:me)?|textiando(?:me)?|texteando(?:me)?)")
CALL = r"(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|email(?:ing)?)"
ME = r"(?:me|us|my\s+(?:number|phone|cell|mobile|line|#)|this\s+(?:number|phone|cell|line|#)|here)"
MY_NUMBER = (r"(?:me|us|myself|my\s+(?:number|phone\s+number|phone|cell|cell\s+number|mobile|#|info|name|contact|"
             r"details|data)|this\s+(?:number|phone|cell|#)|the\s+number|our\s+number|"
             # a phone number written out: "remove 555-201-3349"
             r"(?:1\s+)?\d{3}\s+\d{3}\s+\d{4}|\d{10,11})")
HOW = (r"(?:how\s+(?:do|can|would|should|could|will|does)\s+(?:i|we|one|u|you)|how\s+to|how\s+i|"
       r"(?:is|are)\s+there\s+(?:a|an|any|some)\s+(?:way|option|setting|button|command|keyword|word|code)s?\s+"
       r"(?:to|i\s+can|for\s+me\s+to)|(?:do|does)\s+(?:you|u|this|it)\s+(?:have|offer)\s+(?:a|an|any)\s+(?:way|option|"
       r"setting)\s+to|(?:what|wat|wht)\s+(?:do|should|can|must|would)\s+(?:i|we|u|you)\s+(?:have\s+to\s+|need\s+to\s+|got\s+to\s+|gotta\s+)?"
       r"(?:send|text|reply|type|say|write|do|respond|answer)(?:\s+to|\s+(?:so|for|and)\s+(?:you|u|y\s?all|it|these|they|"
       r"them)(?:\s+(?:to|will|ll|can|would|d))?)?|(?:what\s+(?:s|is)|whats)\s+the\s+(?:way|code|word|"
       r"keyword|command)\s+to|can\s+i|may\s+i|i\s+need\s+to\s+know\s+how\s+to|where\s+(?:do|can|should)\s+i|"
       r"is\s+it\s+possible\s+to|(?:any|anyway|another)\s+way\s+to|what\s+(?:s|is)\s+the\s+(?:easiest\s+|best\s+)?way\s+to)")
# The texts arriving, what is made to stop: "how do I get these to quit coming"
ARRIVING = r"(?:\s+(?:coming|arriving|showing\s+up|popping\s+up|coming\s+in))?"
HOW_TO_STOP = (r"(?:stop(?!\s+(?:by|in|over)\b)|end|cancel|quit|unsubscribe|unsub|opt\s*out|get\s+off|get\s+out|get\s+rid\s+of|"
               r"get\s+removed|be\s+removed|remove\s+(?:myself|me|my\s+number)|turn\s+(?:\w+\s+){0,2}off|"
               rf"shut\s+(?:\w+\s+){{0,2}}off|make\s+(?:\w+\s+){{0,2}}(?:stop|end|quit|cease|go\s+away){ARRIVING}|block|"
               rf"disable|deactivate|mute|get\s+(?:\w+\s+){{0,2}}to\s+(?:stop|end|quit|cease|go\s+away){ARRIVING}|"
               # "can I get these texts turned off", "how do I get my number removed"
               r"get\s+(?:(?:all|the|these|those|your|ur|my|this)\s+)*"
               rf"(?:{DESCRIBED}{MESSAGES}|them|these|this\s+number|my\s+number|me)\s+(?:turned\s+off|shut\s+off|"
               r"switched\s+off|stopped|cancell?ed|removed|taken\s+off|unsubscribed|blocked|disabled|deleted)|"
               r"silence|no\s+longer\s+(?:get|receive)|not\s+(?:get|receive)|never\s+(?:get|receive))")
# Asking to be added, kept in the match so the question counts as a request: "can I get added", "how do I get added"
ASKING = r"(?:(?:can|could|may)\s+(?:i|we)\s+|how\s+(?:do|can)\s+(?:i|we)\s+)?"
# Who asks to be added: "add me", "enroll this number", "put my new number" (on the texts)
ADD_ME = (r"(?:add|include|enroll|enrol|subscribe|put|sign\s+up)\s+(?:me|us|my\s+(?:new\s+)?(?:number|cell|phone|mobile)|"
          r"this\s+(?:new\s+)?(?:number|cell|phone|one))(?:\s+(?:too|also|as\s+well|please|pls|again|back))*")
# What an opt-in asks to receive, named as texts: "text me the deals", "can I get text updates".
TEXTY = (r"(?:(?:deals?|offers?|promos?|coupons?|specials?|sales?|shifts?)\s+(?:texts|txts|messages|alerts|"
         r"notifications)|(?:text|txt|sms)\s+(?:reminders?|alerts?|updates?|notifications?|messages?|notices?|offers?|deals?)|"
         r"texts|txts|text\s+messages|messages|msgs|alerts|reminders|notifications|notifs|notices|announcements)")
# ... and what else a request to be texted may name: "text me the deals", "send me the sale dates"
SENT_TO_ME = rf"(?:{TEXTY}|updates|deals|offers|promos|promotions|coupons|specials|sale\s+dates|sales|(?:new\s+)?listings)"
# ... or anything of SENT_TO_ME, asked for by text: "can I still get the coupons by text?"
BY_TEXT = rf"(?:{SENT_TO_ME}\s+(?:by|via|through|over|in\s+a)\s+(?:text|txt|sms)|{TEXTY})"
# "the prayer chain text list", "low balance text alerts": "text" names the texts, whatever words say what about.
TEXT_NAMED = (rf"(?:(?!{FOREIGN_MODIFIERS}\b)\w+\s+){{0,3}}?(?:text|txt|sms)\s+(?:list|club|group|chain|program|alerts|"
              r"notifications|notices|reminders|updates|messages|line)")
LANGUAGES = (r"(?:spanish|english|french|chinese|korean|vietnamese|portuguese|russian|arabic|creole|tagalog|japanese|"
             r"german|italian|polish|hindi)")
# Not by another channel or in another language (a question about settings), and not to have them switched off.
NOT_ELSEWHERE_OR_OFF = (rf"(?!\s+(?:by|via|through|thru|over|in|on|to)\s+(?:the\s+|my\s+|your\s+)?(?:{ELSEWHERE}|"
                        rf"whatsapp|post|{LANGUAGES})\b)(?!(?:\s+\w+){{0,3}}\s+(?:turned\s+off|shut\s+off|off|stopped|"
                        r"cancell?ed|removed|deleted|erased|gone|paused|blocked|muted|to\s+stop|to\s+end)\b)")
TARGET_WORDS = (
    # E-mail, apps and links are never these texts, whatever follows: "email alerts", "push notifications".
    r"(?:e\s*mails?|e\s*mail\s+\w+|push\s+notifications?|app\s+notifications?|apps?|website|web\s+site|portal|"
    r"links?|buttons?|channels?|podcasts?|playlists?|videos?|feeds?|letters?|flyers?|postcards?|samples?|photos?|pictures?|picture\s+day|field\s+trips?|"
    r"fundraisers?|data(?!\s+rates)|sharing|cookies|"
    r"(?<!not\s)(?<!no\s)calls?|calling|phone\s+calls?|robo\s*calls?|voicemails?|voice\s+mails?|orders?|order\s+number|appointments?|"
    r"appts?|reservations?|bookings?|refills?|prescriptions?|rx|meds|medications?|medicine|pills|emails?|e\s+mails?|"
    r"mail|mailers?|mailings?|catalogs?|catalogues?|paper|receipts?|statements?|bills?|billing|invoices?|"
    r"deliver(?:y|ies)|shipments?|shipping|packages?|parcels?|items?|products?|boxes|box|memberships?|"
    r"accounts?|cards?|payments?|autopay|auto\s+pay|plans?|trials?|polic(?:y|ies)|insurance|"
    r"transfers?|checks?|cheques?|tickets?|flights?|rides?|class(?:es)?|sessions?|visits?|consultations?|"
    r"treatments?|therapy|loan|claims?|cart|car|truck|driver|technician|contract|lease|donations?|pledge|"
    r"tab|service\s+call|work\s+order|surveys?|polls?|contests?|sweepstakes|raffles?|giveaways?|newsletters?|"
    r"renewals?|auto\s+renew\w*|magazines?|gym|pickups?|pick\s+ups?|lessons?|warrant(?:y|ies)|coverage|"
    r"protection|upgrades?|overdraft|paperless|autoship|auto\s+ship|reschedul\w*|instead|"
    # "my subscription to the magazine"; a subscription to these texts is ours
    rf"subscriptions?\s+(?:to|for)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(?!{OURS}\b)\w+|"
    r"wrong\s+(?!number|num|person|phone|#|guy|girl|lady|contact|recipient|family|parent|parents|household)\w+)"
    # "appointment reminders" and "order updates" are texts.
    r"(?!\s+(?:texts?|messages?|alerts?|notifications?|reminders?|updates?|sms|requests|asks|appeals|and\s+texts?|or\s+texts?|"
    r"and\s+messages?|&\s+texts?|n\s+texts?))")
OTHER_TARGETS = (
    r"(?:(?:me|us|my|the|your|ur|this|that|these|those|a|an|our|his|her|from|of|to|for|on|in|all|any|wrong|"
    r"incorrect|same|duplicate|automatic|auto|recurring|monthly|next|upcoming|sending|receiving|getting|"
    r"calling|and|with)\s+){0,4}"
    r"(?:(?!(?:texts?|txts?|messages?|msgs?|sms|alerts?|notifications?|reminders?|updates?|by|in|at|for|to|and|"
    r"or|with|on|of|from|about|if|when|than)\b)\w+\s+){0,2}" + TARGET_WORDS)
# What a verb of ending can be aimed at when it is named right after it, other than our texts: "cancel the pickup",
# "stop sending the wrong item", "can I stop taking the pills", "opt out of sharing my data". A noun phrase whose
# words are not ours, or an activity (a gerund that is not texting or receiving, and not aimed at me).
OTHER_OBJECTS = (
    rf"(?:me\s+|us\s+|of\s+|from\s+)?(?:the|my|our|a|an|his|her|their)\s+(?:{FOREIGN_MODIFIERS}\b|"
    rf"{FREE}{{0,2}}(?!{OURS}\b)\w+\b(?!(?:\s+\w+){{0,3}}\s+{OURS}\b))|"
    # "block someone", "stop people": a person other than the writer
    r"(?:someone|somebody|anyone|anybody|people|a\s+(?:number|contact|person|caller|user))\b|"
    rf"(?:of\s+|from\s+)?(?!{OUR_GERUNDS}\b)\w+ing\b(?!\s+(?:me|us|my\s+(?:phone|cell|inbox|number)|this\s+number)\b)")

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
        Intent.OPT_OUT: (
            # "take my number out of her file": whoever the file is about, it is where these texts come from.
            Rule("take me off",
                 rf"(?:take|get|pull|kick|remove|delete)\s+{MY_NUMBER}\s+(?:off|out|from)(?:\s+of)?\s+"
                 r"(?:his|her|their|\w+\s+s|someone\s+else\s+s|somebody\s+else\s+s)\s+\w+", targeted=True),
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
                 r"opt(?:ed)?\s*in|ask(?:ed)?\s+(?:for(?:\s+it\b)?|to\s+be)|request(?:ed)?|permission|join(?:ed)?|enroll(?:ed)?|"
                 r"register(?:ed)?|want(?:ed)?\s+(?:this|these|them|your|any)|(?:give|gave)\s+(?:you|u|ya|y\s?all)\s+"
                 r"(?:my|this)\s+(?:number|#|cell)|provide(?:d)?\s+(?:my|this)\s+number)|"
                 r"\b(?:consent|permission|authori[sz]ation)\s+(?:is\s+|has\s+been\s+|hereby\s+)?(?:withdrawn|revoked|"
                 r"rescinded|denied|removed|retracted|cancell?ed|not\s+given)\b|"
                 r"\bwithout\s+my\s+(?:consent|permission|authori[sz]ation|approval)|"
                 r"\bwho\s+(?:gave|said)\s+(?:you|u|ya|y\s?all)\s+(?:permission|consent|the\s+right|the\s+ok)|\bno\s+consent\b|"
                 r"\bunsolicited\b|\bnever\s+(?:signed|opted|agreed|subscribed|consented|asked)\b|"
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
            Rule("consent doubted",
                 r"(?:i|we)\s+(?:don\s+t|dont|do\s+not|can\s+t|cant|cannot)\s+(?:remember|recall)\s+(?:ever\s+)?"
                 r"(?:signing|subscribing|opting|agreeing|joining|giving\s+(?:you|u)\s+my)",
                 negatable=False, review="doubting consent may not ask for the texts to stop"),
            Rule("wrong number",
                 # "I dialled the wrong number when I called you" is about a call the writer made.
                 r"(?<!dialed\s)(?<!dialled\s)(?<!entered\s)(?<!typed\s)(?<!called\s)(?<!given\s)(?<!gave\s)"
                 r"(?<!dialed\sthe\s)(?<!dialed\sa\s)(?<!entered\sthe\s)(?<!typed\sthe\s)(?<!called\sthe\s)"
                 r"(?<!called\sa\s)(?<!put\sthe\s)(?<!gave\syou\sthe\s)(?<!wrote\sthe\s)"
                 r"(?:wrong|incorrect|rong|wrng)\s+(?:number|num|no|person|phone|cell|#|guy|girl|lady|contact|"
                 r"recipient|individual|people|texter|one|numbr|nmbr|numbe|nunber|numer|family|parent|parents|household)\b|"
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
                 r"\b(?:i|we)\s+(?:got|have|bought)\s+(?:this|a)\s+(?:new\s+)?(?:number|phone)\s+(?:recently|"
                 r"last|a\s+few|and)|"
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
                 r"(?:lawyer|attorney|sue|suing|lawsuit|legal\s+action|tcpa|fcc|ftc|attorney\s+general|"
                 r"small\s+claims|cease\s+and\s+desist|report\s+(?:you|u|this|ur|your)|reporting\s+(?:you|u|this)|"
                 r"reported\s+(?:you|u|this)|(?:be|get|getting)\s+reported|harass\w*|do\s+not\s+call|dnc|donotcall|do\s+not\s+text\s+list|"
                 r"do\s+not\s+contact\s+list|stalk\w*|illegal|violation|fine\s+you)\b"),
            Rule("complaint about more texts",
                 rf"(?:why|y)\s+(?:do|does|are|r|did|the\s+hell\s+do|tf\s+do|would)\s+(?:you|u|ya|y\s?all|they|"
                 rf"this\s+number|these\s+people)\s+(?:guys\s+|people\s+)?(?:keep|still|always|continue|constantly)"
                 rf"(?:\s+on)?\s+(?:to\s+)?{CONTACT}|"
                 rf"\b(?:you|u|ya|y\s?all|they)\s+(?:guys\s+)?(?:keep|still|continue|constantly|wont\s+stop|"
                 rf"won\s+t\s+stop)\s+(?:to\s+)?{CONTACT}|"
                 rf"\b(?:(?<!can\si\s)(?<!could\si\s)(?<!will\si\s)(?<!can\swe\s)(?<!may\si\s)still|(?<!to\s)keep)\s+"
                 rf"(?:getting|receiving|get|receive)\s+(?:{DETERMINERS}\s+)*(?:{MESSAGES}|these|them)|"
                 r"\b(?:i|we)\s+(?:already|have\s+already|ve\s+already|just|have|ve|literally|already\s+have)?\s*"
                 r"(?:said|told\s+(?:you|u|y\s?all)(?:\s+(?:people|guys|folks|all))?|asked\s+(?:you|u)?|texted|replied|sent|"
                 r"requested|typed|"
                 r"responded|wrote)\s+(?:you\s+)?(?:to\s+)?(?:stop|unsubscribe|quit|remove|opt\s+out|end|cancel)\b|"
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
            Rule("keyword and a name",
                 r"^(?:stop|unsubscribe|unsub|optout|opt\s+out)(?=\s+(?!(?:by|in|at|on|over|there|here|sign|signs|light|"
                 r"lights|sign|thief|yourself|myself|him|her|them|us|you|u|mom|dad|monday|tuesday|wednesday|thursday|"
                 r"friday|saturday|sunday|tomorrow|today|tonight|tmrw|next|later|soon|early|first|after|before|and|or|"
                 r"the|a|an|that|what|why|who|how|when|where|no|not|yes|lol|lmao|haha|please|pls|now|then|\w+ing|"
                 r"\w+in)\b)[a-z]\w{2,}\s*$)", review="a keyword beside a word that may be the sender's name"),
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
        ),
        Intent.OPT_IN: (
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
            Rule("want again",
                 rf"(?:(?:i|we)\s+(?:want|would\s+like|d\s+like|would\s+love|d\s+love|wanna|need)|(?:can|could|may)\s+(?:i|we))\s+"
                 r"(?:to\s+(?:receive|get)\s+|get\s+|have\s+|receive\s+)?"
                 rf"(?:your\s+|the\s+|my\s+|ur\s+)?(?:{DESCRIBED}{MESSAGES}|them|these)\s+(?:again|back)\b"),
            Rule("keep them coming", rf"(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+to\s+(?:keep|continue)\s+"
                                     rf"(?:getting|receiving)\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|these|them)\b"),
            # "notify me by text when it ships", "keep me posted by text"
            Rule("by text", r"(?:notify|alert|update|remind|inform|keep)\s+(?:me|us)\s+(?:posted\s+|updated\s+|informed\s+)?"
                            r"(?:by|via|over|through|with\s+a)\s+(?:text|txt|sms|texts)\b", targeted=True),
            Rule("back on the list", r"(?:add|put)\s+(?:me|us|my\s+number|this\s+number)\s+back\b|"
                                     rf"\b{ASKING}(?:be|get)\s+(?:re\s*)?(?:added|put)\s+back\b|"
                                     rf"\b(?:(?:can|could|may)\s+(?:i|we)\s+)?(?:get|be|go)\s+(?:me\s+|us\s+)?"
                                     rf"(?:put\s+|added\s+)?back\s+on\s+(?:{DETERMINERS}\s+)*{DESCRIBED}"
                                     rf"(?:list|{MESSAGES})\b|"
                                     r"\b(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+(?:to\s+(?:get|be|come)\s+)?"
                                     rf"back\s+(?:in\b|on\s+(?:{DETERMINERS}\s+)*{DESCRIBED}(?:list|{MESSAGES})\b)|"
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
            Rule("turn back on", rf"turn\s+(?:{DETERMINERS}\s+)*(?:{DESCRIBED}{MESSAGES}|them|these|it)\s+back\s+on\b|"
                                 rf"\bturn\s+back\s+on\s+(?:{DETERMINERS}\s+)*{DESCRIBED}{MESSAGES}", targeted=True),
            Rule("resume messages", rf"(?:resume|restart|reactivate|re\s+activate|unpause|restore|reenable|"
                                    rf"re\s+enable|turn\s+on|switch\s+on|bring\s+back)\s+(?:my\s+|the\s+|your\s+)?{DESCRIBED}"
                                    rf"{MESSAGES}\b"),
            Rule("start the texts",
                 rf"^(?:start|restart|resume)\s+(?:(?:the|my|your|ur|all)\s+)?(?:\w+\s+)?{SENT_TO_ME}"
                 r"(?:\s+(?:again|please|pls|plz|now|thanks|thx))*\s*$"),
            Rule("receive again", rf"(?:start|begin|resume)\s+(?:getting|receiving)\s+(?:{DETERMINERS}\s+)*"
                                  rf"(?:{MESSAGES}|them|these|texts)(?:\s+again)?\b"),
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
        ),
        Intent.HELP: (
            Rule("talk to a person",
                 r"(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:speak|talk|chat)\s+(?:to|with)\s+(?:a|an|someone|somebody|"
                 r"anyone|the|your)\s+(?:\w+\s+)?(?:person|human|manager|agent|representative|rep|supervisor|someone|"
                 r"pharmacist|nurse|doctor|office)\b|"
                 r"\b(?:can|could)\s+(?:someone|somebody|anyone|a\s+person|a\s+human)\s+(?:please\s+)?(?:call|contact|"
                 r"text)\s+me\b|"
                 r"\bwho\s+(?:can|do|should|could)\s+(?:i|we)\s+(?:contact|call|talk\s+to|speak\s+(?:to|with)|ask)\s+"
                 r"(?:about|regarding)\s+(?:this|these|that|it)\s*$|"
                 # "can I call someone about this"
                 r"\b(?:can|could|may)\s+(?:i|we)\s+(?:call|text|email|contact|talk\s+to|speak\s+(?:to|with))\s+(?:someone|"
                 r"somebody|anyone|a\s+person|you)\s+(?:about|regarding)\s+(?:this|these|that|it)\s*$"),
            Rule("what do I do with this",
                 r"(?:don\s+t|dont|do\s+not|didn\s+t|didnt)\s+understand\s+(?:this|these|the|your|ur)\s+"
                 r"(?:text|texts|message|messages|msg|alert|alerts|notification|reminder)\b|"
                 r"\b(?:confused|confusing)\s+(?:by|about)\s+(?:this|these|the|your)\s+(?:text|texts|message|messages|"
                 r"msg|alert|alerts)\b|\b(?:confused|wondering|unsure)\s+(?:about\s+)?(?:what|who)\s+(?:this|these|you|it)\s+"
                 r"(?:is|are|was)\b|"
                 # "what's the purpose of these texts"
                 r"\b(?:what|whats)\s+(?:is\s+|s\s+)?the\s+(?:purpose|point|reason|meaning)\s+(?:of|for|behind)\s+"
                 r"(?:this|these|the|your|ur|all\s+these)\b|"
                 r"^(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:reply|respond|answer|do\s+anything)"
                 r"(?:\s+(?:to|about|with)\s+(?:this|these|it|that))?\s*$|"
                 r"\bwhat\s+(?:am\s+i|are\s+we)\s+(?:supposed|meant)\s+to\s+do\s+(?:with|about)\s+(?:this|these|it|that)\b|"
                 r"\b(?:am|are)\s+(?:i|we)\s+(?:talking|texting|chatting|speaking)\s+(?:to|with)\s+(?:a\s+|an\s+)?"
                 r"(?:bot|robot|real|human|person|computer|machine|ai)\b|"
                 r"\b(?:will|would|do|does|am|is)\s+(?:i|we|it|this)\s+(?:be\s+|get\s+|being\s+|getting\s+)?(?:charged|billed|pay|have\s+to\s+pay|"
                 r"cost\s+(?:me|anything))\s+(?:for\s+(?:these|this|the\s+texts?|the\s+messages?|them|receiving|getting)\b|"
                 r"\s*$)"),
            Rule("need help", r"(?:i\s+)?(?:need|want|get|require|would\s+like|d\s+like|could\s+use|give\s+me|"
                              r"send\s+me|have)\s+(?:some\s+)?(?:more\s+)?(?:help|assistance|info|details|"
                              r"information|support)\b(?!\s+(?:with|on|about|for)\s+(?:my|the|an|a)\s+(?:order|"
                              r"appointment|account|delivery|package|refill|prescription|reservation))"),
            Rule("who is this",
                 r"(?:who|whom|whoo|hoo)\s+(?:is|s|are|r|was)\s+(?:this|these|that|you|u|ya|dis|y\s?all|"
                 r"texting|sending|messaging|it)\b|\bwho\s+(?:dis|this|tis)\b|\bwhos\s+(?:this|dis|texting|that)\b|"
                 r"\bwho\s*s?\s+(?:is\s+)?the\s+(?:sender|texter|company|business|person\s+texting)\b|"
                 r"\bwho\s+(?:sent|sends|is\s+sending|keeps\s+sending|keeps\s+texting|texted)\s+(?:this|these|me|"
                 r"that|it|them)\b|"
                 # "which dentist is this?", "what company": any sender, but not "what time is it"
                 r"\b(?:what|which)\s+(?!(?:time|day|date|size|price|color|colour|way|kind|one|part|address|"
                 r"day|hours|number\s+do)\b)\w+\s+(?:\w+\s+)?(?:is\s+(?:this|that|it)(?:\s+(?:notice|text|message|msg|alert|reminder|"
                 r"letter|bill|invoice|charge|call|one|email|flyer|update))?|are\s+(?:you|u|these)|sent\s+(?:this|it|me))"
                 # "what race is this for", "which school is this about"
                 r"(?:\s+(?:for|about|from|regarding|re|with))?"
                 r"(?:\s+(?:texting|messaging|contacting|writing)\s+(?:me|us))?(?:\s*$|\s+(?:i|im|we|my)\b)|"
                 # "what package?", "what loan": the thing the text names, asked about alone in its clause
                 r"^(?:what|wat|wht)\s+(?!(?:time|day|date|size|price|color|colour|way|kind|sort|type|one|part|"
                 r"address|hours|now|else|ever|up|happened|happens|for|about|if|then|so|the|a|an|to|do|is|are|was|"
                 r"were|does|did|it|that|this|these|those|you|u|i|we|they|he|she|year|month|week|exactly|more|"
                 r"again|why|lol|lmao|ok|okay|no|yes|next|fun|nice|great|luck|joy|s|d|ll|r|ya|yall|y\s?all)\b)"
                 r"(?!\w+(?:ing|ed)\b)\w+\s*$|"
                 r"^(?:what|which)\s+(?:\w+\s+){1,2}(?:are\s+(?:you|u|ya)\s+talking\s+about|do\s+(?:you|u)\s+mean|"
                 r"is\s+(?:this|it)\s+(?:about|regarding))\b|"
                 # "who paid for this message", "who is behind these texts"
                 r"\bwho\s+(?:paid\s+for|is\s+behind|s\s+behind|runs|owns|operates|is\s+responsible\s+for)\s+"
                 r"(?:this|these|that|the\s+(?:texts?|messages?|msgs?))\b|"
                 # "who do I contact about these texts" (not "my order is wrong, who do I talk to")
                 r"\bwho\s+(?:do|should|can|could|would)\s+(?:i|we)\s+(?:contact|call|talk\s+to|speak\s+(?:to|with)|"
                 r"ask|reach|write\s+to|complain\s+to|get\s+in\s+touch\s+with)\s+(?:about|regarding|re|for)\s+"
                 r"(?:this|these|the|your|ur)\s+(?:texts?|messages?|msgs?|program|list|alerts?|notifications?)\b|"
                 # "who is Paws and Claws?", "what's Sparkd": a name asked about, alone in its sentence
                 r"\b(?:who|what)\s+(?:is|s)\s+(?!(?:the|a|an|your|ur|my|our|this|that|it|up|there|here|wrong|new|"
                 r"next|left|due|open|available|going\s+on|he|she|they|you|u)\b)(?!\w+(?:ing|ed)\b)(?:\w+\s+){0,3}\w+"
                 # "who is Brad and why is he texting me"
                 r"(?:\s*$|\s+and\s+(?:why|how|what|where)\b)|"
                 r"\bwhich\s+(?!(?:one|ones|day|days|time|times|way|of|size|color|colour)\b)\w+"
                 r"(?:\s+(?!(?:is|are|was|were|do|does|did|can|should|would|will)\b)\w+){0,2}\s*$|"
                 r"\bnever\s+heard\s+of\s+(?:you|u|y\s?all|them|this|it|your|ur|this\s+company|\w+\s*$)|"
                 r"\b(?:what|which)\s+(?:company|business|store|program|service|organization|organisation|brand|"
                 r"shop|campaign|office|pharmacy|clinic|bank)\s*$|\bwho\s+(?:am\s+i|are\s+we)\s+(?:talking|texting|speaking)\b|"
                 r"\b(?:what|which)\s+(?:company|business|store|program|service|list|organization|organisation|"
                 r"place|number|brand|shop|site)\s+(?:is\s+(?:this|that|it)|are\s+you|sent|is\s+texting)\b"),
            Rule("what are you", r"(?:what|who)\s+(?:are|r)\s+(?:you|u|y\s?all)\s*$|"
                                 r"\bwhat\s+(?:are|r)\s+(?:you|u|y\s?all)\s+talking\s+about\b|"
                                 # "I don't know who this is", "I don't recognize this number"
                                 r"\b(?:don\s+t|dont|do\s+not|no\s+idea|not\s+sure)\s+(?:even\s+)?(?:know\s+)?"
                                 r"(?:who|what)\s+(?:this|you|u|these|it)\s+(?:is|are|r|s)\b|"
                                 r"\b(?:don\s+t|dont|do\s+not|didn\s+t|didnt)\s+recogni[sz]e\s+(?:this|the|your|ur)\s+"
                                 r"(?:number|#|name|company|sender|text|message)\b|"
                                 r"\bhow\s+(?:do|can|could|should|would)\s+(?:i|we)\s+(?:contact|reach|call|talk\s+to|speak\s+(?:to|with)|"
                                 r"get\s+(?:in\s+touch\s+with|a\s+hold\s+of|ahold\s+of|through\s+to)|email|e\s+mail|text)\s+"
                                 r"(?:you|u|y\s?all|someone|somebody|anyone|anybody|a|an|the|your|ur|ms|mr|mrs|miss|dr|coach|"
                                 r"pastor|principal|teacher|customer\s+service|support|human|person|real|live)\b|"
                                 r"\bdo\s+(?:i|we)\s+know\s+(?:you|u|this\s+number|each\s+other)\b|"
                                 r"^what\s+(?:do|does)\s+(?:you|u|y\s?all|you\s+guys|this\s+company|your\s+company)\s+do\s*$|"
                                 # "please identify yourself", "introduce yourselves"
                                 r"\b(?:identify|introduce)\s+(?:yourself|yourselves|urself)\b|"
                                 # "whose number is this", "what company texts from this number"
                                 r"\bwhose\s+(?:number|#|phone|text|message|msg)\s+is\s+(?:this|that|it)\b|"
                                 r"\b(?:what|which)\s+(?:company|business|store|program|service|organi[sz]ation|place|brand|shop|"
                                 r"office|person)\s+(?:is\s+)?(?:texts|texting|messages|messaging|sends|sent|uses|owns|is\s+using)\b|"
                                 r"\bwhat\s+(?:kind|kinds|sort|type|types)\s+of\s+(?:texts|messages|alerts|notifications|"
                                 r"reminders|updates)\s+(?:will|do|would|are|is|should)\b|"
                                 r"\bname\s+of\s+(?:your|the|this)\s+(?:company|business|store|program|organi[sz]ation)|"
                                 r"\bwhere\s+(?:are|r)\s+(?:you|u|y\s?all)\s+(?:texting|messaging|located|based|"
                                 r"writing)\b|"
                                 # "where is this restaurant located": "this" points at the sender
                                 r"\bwhere\s+(?:is|s)\s+(?:this|your|ur)\s+(?:\w+\s+){0,2}(?:located|based)\b"),
            Rule("what is this",
                 r"(?:what|wat|wht|wut)\s+(?:is|s|are)\s+(?:this|these|that|dis)(?:\s+(?:about|for|regarding|re|"
                 r"number|company|service|program|text|message|msg|list|thing|from|stuff|even|all\s+about|place|business|"
                 r"in\s+(?:reference|regards?|relation)\s+to|concerning|pertaining\s+to|referring\s+to))?\s*$|"
                 r"\bwhats\s+(?:this|these|that|dis)(?:\s+(?:about|for|regarding|number|from|text|message|"
                 r"in\s+(?:reference|regards?|relation)\s+to|concerning))?\s*$|"
                 # "can someone tell me what this is", "what do you want"
                 r"\b(?:tell|explain\s+to|remind)\s+me\s+what\s+(?:this|these|that|it)\s+(?:is|are|was)(?:\s+(?:about|for))?\b|"
                 r"\bwhat\s+(?:do|does)\s+(?:you|u|y\s?all)\s+want(?:\s+from\s+me)?\s*$|"
                 r"\bwhat\s+(?:are|r)\s+(?:you|u|y\s?all)(?:\s+(?:guys|people|folks))?\s+(?:selling|offering|advertising|"
                 r"promoting)\b|\bwhat\s+(?:s|is)\s+(?:the\s+deal|up)\s+with\s+(?:these|this|the|your|all\s+the|all\s+these)\s+"
                 rf"{MESSAGES}\b|"
                 # "who signed me up for this?", "did my wife sign me up for this?"
                 r"\bwho\s+(?:signed|added|subscribed|enrolled|registered|put)\s+(?:me|my\s+number|this\s+number)\b|"
                 r"\bdid\s+(?:\w+\s+){1,3}(?:sign|add|subscribe|enroll|register)\s+(?:me|us|my\s+number|this\s+number)\s+"
                 r"(?:up\s+)?(?:for|to|on)\s+(?:this|these|that|your|the)\b|"
                 # "what is this code for?"
                 r"\b(?:what|whats)\s+(?:is\s+|s\s+|are\s+)?(?:this|that|these)\s+(?:\w+\s+){1,4}(?:for|about)\s*$|"
                 r"^(?:what|whats|wat|wht)\s+(?:is\s+|s\s+|are\s+)?(?:this|these)\s+(?!(?:is|was|are|about|for|mean|means|"
                 r"do|does|did|world|weather|smell|noise|song|movie|show|game|guy|place|time|day)\b)\w+\s*$|"
                 r"\bwhat\s+(?:is|s)\s+(?:this|these)\s+(?:about|for|regarding|texts?|messages?)\b|"
                 r"\bwhat\s+(?:are|r)\s+(?:these|you)\s+(?:texts|messages|about|for)\b|"
                 r"\bwhat\s+(?:am\s+i|did\s+i)\s+(?:signed\s+up|sign\s+up|subscribed|getting)\b"),
            Rule("how did you get my number",
                 r"(?:how|where|why)\s+(?:did|d|do|does|have|would|could)\s+(?:you|u|ya|y\s?all|they|this\s+\w+|"
                 r"your\s+company)\s+(?:get|got|find|obtain|have|receive)\s+(?:my|this)\s+(?:number|#|cell|phone|"
                 r"info|contact|details|information|num)|\bwhere\s+(?:did|d)\s+(?:you|u)\s+get\s+(?:my|this)\b|"
                 r"\bhow\s+(?:did|d)\s+(?:you|u|ya|y\s?all|they)\s+get\s+(?:my|this)\s*$|"
                 r"\bhow\s+(?:do|does)\s+(?:you|u)\s+(?:have|know)\s+(?:my|this)\s+(?:number|#|name)|"
                 r"\bwho\s+gave\s+(?:you|u)\s+(?:my|this)\s+(?:number|#|info)"),
            Rule("why am I getting this",
                 r"(?:why|y)\s+(?:am\s+i|im|i\s+m|do\s+i|did\s+i|does\s+this\s+number|is\s+this\s+number)\s+"
                 r"(?:getting|receiving|get|receive)\s+(?:this|these|your|texts|messages|msgs|a\s+text|alerts|"
                 r"notifications|reminders|an\s+alert|a\s+reminder)|"
                 r"\b(?:why|y)\s+(?:are|r|is)\s+(?:you|u|y\s?all|someone|this\s+number)\s+"
                 r"(?:texting|messaging|contacting|sending)\s+(?:me|this|us)|"
                 # "why did you text me?", "why am I on this list"
                 r"\b(?:why|y)\s+(?:did|would)\s+(?:you|u|y\s?all|they|someone)\s+(?:text|message|msg|contact)\s+(?:me|us|this\s+number)"
                 r"(?:\s+(?:this|that|again))?\s*$|"
                 r"\b(?:why|y)\s+(?:am\s+i|im|i\s+m|is\s+my\s+number|are\s+we|is\s+this\s+number)\s+on\s+(?:this|your|ur|the)\s+"
                 r"(?:\w+\s+)?list\b|"
                 r"\bdid\s+i\s+(?:sign\s+up|subscribe|opt\s+in|register)\s+(?:for|to)\s+(?:this|something|these)|"
                 r"\bhow\s+(?:did|was|were|am)\s+(?:i|we)\s+(?:get\s+|got\s+|become\s+|end\s+up\s+)?(?:signed\s+up|"
                 r"subscribed|added|enrolled|registered|on\s+(?:this|your|the)\s+list)"),
            Rule("is this a scam",
                 r"(?:is|s)\s+(?:this|that|it|these)\s+(?:a\s+|an\s+)?(?:real|legit|legitimate|scam|spam|fraud|"
                 r"phishing|fake|bot|robot|automated|for\s+real|a\s+joke|joke|virus|trick|hoax|safe)\b|"
                 r"\bare\s+(?:you|u)\s+(?:a\s+)?(?:real|legit|scam|scammer|bot|robot|human|person|spam|fake)\b|"
                 r"\b(?:scam|scammer|phishing|fraud)\s*$|"
                 r"\b(?:is|s)\s+(?:this|that|it)\s+(?:really|actually|truly|legit|legitimately)\s+\w+|"
                 r"\b(?:is|s)\s+(?:this|that|the)\s+(?:text|message|msg|link|number)\s+(?:really\s+|actually\s+|truly\s+)?from\b|"
                 r"\bor\s+(?:a\s+|an\s+|some\s+)?(?:scam|phishing|spam|fake|fraud|bot|prank|hoax)\b|"
                 r"\b(?:is|s)\s+(?:this|that|it)\s+(?:really\s+|actually\s+)?(?:\w+\s+){1,2}(?:for\s+real|legit|"
                 r"legitimate)\b|"
                 # "is this the pediatrician on 3rd or the one by the mall?": which sender is it
                 r"\b(?:is|s)\s+(?:this|that)\s+(?:the|my|your)\s+(?!(?:\w+\s+)?ones?\b)(?:\w+\s+){1,4}or\s+"
                 r"(?:the|my|your|a|an)\b|"
                 # "is this Paws and Claws on Main or Westside?": which of a sender's places
                 r"^(?:is|s)\s+(?:this|that|it)\s+(?!(?:due|open|closed|happening|still|scheduled|going|available|held|"
                 r"starting|free|ready|for|about|on|at|in|the\s+one|one)\b)(?!\w+(?:ed|ing)\b)(?:\w+\s+){1,4}(?:on|at|in|by|off)\s+"
                 r"(?!\d)(?:\w+\s+){1,2}or\s+(?:the\s+)?(?:\w+\s*){1,3}$|"
                 r"^(?:is|s)\s+(?:this|it|that)\s+(?:about|regarding|concerning|re)\s+\w+|"
                 r"^(?:is|s)\s+(?:this|that|it)\s+(?:meant\s+)?for\s+me\s*$|"
                 r"\bhow\s+(?:do|can|would|will|could|should)\s+(?:i|we)\s+(?:know|verify|tell|check|confirm|be\s+sure)\s+"
                 r"(?:if\s+|that\s+|whether\s+)?(?:this|it|that|you|u|these)(?:\s+(?:text|message|msg|link|number|one))?\s+"
                 r"(?:is|are|re|s|r)\s+(?:legit|real|safe|not\s+a\s+scam|legitimate|really|actually|truly|genuine|authentic|"
                 r"official|from)\b|"
                 r"\bhow\s+(?:do|can|would|will|could|should)\s+(?:i|we)\s+(?:know|verify|tell|be\s+sure)\s+(?:if\s+|that\s+)?"
                 r"(?:this|it|that|you|these)\s+(?:isn\s+t|isnt|aren\s+t|arent|is\s+not|are\s+not|re\s+not)\s+(?:a\s+)?"
                 r"(?:scam|fake|spam|phishing|fraud|scammer|scammers)\b|"
                 r"\b(?:is|s)\s+(?:this|that|it)\s+(?:really\s+|actually\s+)?(?:the\s+)?(?:real|actual|official)\s+\w+|"
                 r"\b(?:is|s)\s+(?:this|that|the)\s+link\s+(?:safe|legit|real|ok|okay|a\s+scam|secure)\b|"
                 r"\bwhat\s+(?:is|s)\s+(?:the|this|that)\s+(?:link|code|number|text|message|msg)\s+(?:for|about)\s*$|"
                 rf"\b(?:is|s)\s+(?:this|that|it)\s+(?:from\s+)?(?:the|my|your|(?:\w+\s+){{1,2}}s)\s+(?:\w+\s+)?{SENDER_KINDS}\b|"
                 r"\bwhat\s+(?:does|do)\s+(?:\w+\s+){1,7}mean\b|"
                 # "what's this alert code mean": "what's" said for "what does"
                 r"\b(?:what|whats|wat)\s+(?:s\s+)?(?:this|that|the|these|those)\s+(?:\w+\s+){0,4}mean\b|"
                 # "is this a debt collector?", "is this a bank?": which kind of sender
                 rf"^(?:is|s)\s+(?:this|that|it)\s+(?:a|an)\s+(?:\w+\s+)?(?:{SENDER_KINDS}|collector|collectors|collection\s+agency|"
                 r"collections|telemarketer|telemarketing|solicitor|solicitation|sales\s+pitch|robocall|recording|"
                 r"business|political\s+\w+)\s*$"),
            # "is this Summit Health?", "is this premier cable?": a sender named with its kind of business, alone in
            # its sentence (names have no case here, so the kind is what tells a sender from "is this ready")
            Rule("is this the sender",
                 r"^(?:is|s)\s+(?:this|that|it)\s+(?:from\s+)?(?:(?!(?:the|a|an|my|your|ur|our|still|really|about|for|by|on|"
                 r"in|at|to|with|covered|going|open|closed|due|ready|free|not|just|all|also|legit|real|fake|spam|ok|okay|"
                 r"too|so|very|available|included|part|done|over|paid)\b)(?!\w+(?:ing|ed)\b)\w+\s+){1,3}"
                 rf"{SENDER_KINDS}\s*$"),
            Rule("how does this work", r"(?:how|what)\s+(?:do|does|is)\s+(?:this|it)\s+(?:work|mean|program)|"
                                       r"\bwhat\s+(?:are|is)\s+(?:the\s+)?(?:terms|rates|msg\s+rates|fees|cost)\b|"
                                       r"\bwhat\s+(?:are|is|s|r)\s+(?:the\s+|your\s+|ur\s+)?(?:msg|message|messaging|text|"
                                       r"texting|sms|data)\s+(?:and\s+data\s+|n\s+data\s+)?(?:rates|fees|charges|costs?)\b|"
                                       r"\bhow\s+much\s+(?:do|does|will|are|is|would)\s+(?:(?:the|these|those|your|ur|this)\s+)?"
                                       rf"{DESCRIBED}{MESSAGES}\s+(?:cost|be|run)\b|"
                                       # "how do I reply to change the delivery time"
                                       r"\bhow\s+(?:do|can|should|would|shall)\s+(?:i|we)\s+(?:reply|respond|answer|text\s+back|"
                                       r"write\s+back)\b|"
                                       r"\bhow\s+often\s+(?:will|do|does|would|are|is)\s+(?:you|u|ya|y\s?all|they|i|we|these|this|the\s+(?:texts|"
                                       r"messages|alerts|reminders))\b|"
                                       r"\bhow\s+long\s+(?:will|do|does|are|is)\s+(?:(?:i|we)\s+(?:get|receive|be\s+getting)|"
                                       r"these|this\s+(?:last|go\s+on)|the\s+(?:texts|messages|alerts))\b|"
                                       r"\bhow\s+many\s+(?:texts|messages)\b|"
                                       r"\bis\s+there\s+(?:a|any)\s+(?:charge|fee|cost)\b|"
                                       r"\b(?:do|will|does)\s+(?:msg|message|messaging|standard)?\s*(?:and|&|n)?\s*"
                                       r"data\s+rates\s+apply|\bdoes\s+(?:this|it)\s+cost\b|"
                                       r"\bhow\s+much\s+(?:do|does|will|are)\s+(?:this|these|it|they|the\s+texts)\b|"
                                       rf"\b(?:are|is)\s+(?:these|this|the|your)\s+(?:{MESSAGES}\s+)?free\b|"
                                       r"\bwhat\s+happens\s+(?:if|when)\s+i\b|"
                                       r"\bwhat\s+(?:do|should|can)\s+(?:i|we)\s+(?:reply|text|send|type|say|respond)\s+"
                                       r"(?:back\s+)?(?:to|for)\s+(?:confirm|reschedule|rsvp|respond|get\s+help|get\s+info|"
                                       r"talk\s+to)\b|"
                                       r"\bwhat\s+(?:does|will|would)\s+(?:that|this|it|replying\s+\w+)\s+do\b|"
                                       r"\btell\s+me\s+(?:more\s+)?about\s+(?:this|the|your|these)\b"),
            Rule("change the settings",
                 r"(?:change|choose|pick|select|update|manage|adjust|edit|set|customi[sz]e)\s+(?:which|what)\s+"
                 r"(?:\w+\s+){1,3}(?:i|we)\s+(?:get|receive|want)\b|"
                 r"\b(?:change|update|manage|adjust|edit)\s+(?:my|the|your)\s+(?:text|alert|notification|sms|message|"
                 r"messaging)\s+(?:settings|preferences|options)\b|"
                 r"(?:change|update|switch|edit|adjust|set)\s+(?:the\s+|my\s+|which\s+|what\s+)?(?:time|times|"
                 r"number|phone\s+number|language|frequency|schedule|settings|preferences|day|days)\b(?!\s+of\s+my)|"
                 rf"\b(?:{MESSAGES}|these|them|this)\s+in\s+(?:spanish|english|french|chinese|korean|vietnamese|"
                 r"portuguese|russian|arabic|creole|tagalog|japanese|german|italian|polish|hindi)\b"),
            Rule("account details",
                 r"^(?:what|whats|wat|wht|where)\s+(?:is\s+|s\s+|are\s+|re\s+|do\s+i\s+find\s+|can\s+i\s+find\s+)?"
                 r"(?:the|my|our|his|her)\s+(?:\w+\s+)?(?:tracking|account|acct|member|membership|policy|customer|"
                 r"reference|ref|confirmation|claim|case|order|ticket|reservation|rewards?|loyalty|group|subscriber|"
                 r"patient|student|routing)\s+(?:number|numbers|no|num|#|id|ids|code)\b"),
            Rule("question about an offer",
                 r"^(?:what|whats|wat|wht)\s+(?:is\s+|s\s+|are\s+)?(?:the|this|that|your|ur)\s+(?:offer|deal|promo|"
                 r"promotion|discount|catch|fine\s+print|special|coupon|promo\s+code)(?:\s+(?:exactly|again|about|"
                 r"for|then|here))?\s*$|"
                 r"\bwhat\s+(?:is|s|will\s+be|would\s+be)\s+the\s+(?:price|rate|cost|payment|bill)\s+(?:after|once|when)\b"),
            Rule("question about the program", r"(?:question|questions|query|inquiry)\s+(?:about|regarding|on|re)\s+"
                                               r"(?:this|the|your|these)\s+(?:program|texts?|messages?|service|list|"
                                               r"alerts?|number)|\bexplain\s+(?:what\s+)?(?:this|these)\b"),
            Rule("contact details", r"(?:is|are)\s+there\s+(?:a|an|any|another|some)\s+(?:phone\s+|direct\s+|other\s+)?"
                                    r"(?:number|#|line|email|e\s+mail|address|website|person|someone)\s+(?:to\s+(?:call|text|"
                                    r"reach|contact|email|write|talk)|(?:i|we)\s+can\s+(?:call|text|reach|email)|for)\b|"
                                    r"\bdo\s+(?:you|u)\s+have\s+(?:a|an)\s+(?:phone\s+|direct\s+)?(?:number|#|email|line)\s+"
                                    r"(?:i|we)\s+can\s+(?:call|text|reach|email)\b|"
                                    # "what's your website?": "your" is the sender
                                    r"^(?:what|whats|wats)\s+(?:is\s+|s\s+)?(?:your|ur)\s+(?:website|web\s+site|site|email|"
                                    r"email\s+address|phone\s+number|number|company\s+name|name)\s*$|"
                                    r"(?:what|whats|wats)\s+(?:is\s+|s\s+)?(?:the|your|ur)\s+(?:\w+\s+)?(?:phone\s+)?"
                                    r"(?:number|#|email|email\s+address|website)\s+(?:to\s+(?:call|reach|contact|text|email)|"
                                    r"for\s+(?:the|your|ur|you))\b|"
                                    r"\bwhat\s+(?:number|#)\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:call|text|use|dial)\b|"
                                    r"\b(?:phone\s+number|contact\s+info|contact\s+information|customer\s+service|"
                                    r"customer\s+support|a\s+real\s+person|human|representative|agent)\s*$|"
                                    r"\b(?:customer\s+service|customer\s+support|support|help\s*line|help\s+desk|"
                                    r"contact)\s+(?:number|line|phone|email|#)\b|"
                                    r"\b(?:can|could)\s+(?:someone|somebody|anyone|you|u)\s+(?:please\s+)?help"
                                    r"(?:\s+me)?\s*$"),
        ),
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
    negators="dare dont don't never not cant cannot wont shouldnt didnt doesnt isnt aint wasnt wouldnt hate almost",
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
    mistakes=(r"(?:sorry|oops|oopsie|whoops|my\s+bad)\s+(?:i\s+)?(?:accidentally\s+)?(?:sent|texted|replied|typed|"
              r"hit|pressed|said|wrote)\s+(?:you\s+)?(?:stop|end|quit|cancel|unsubscribe|opt\s+out)\b|"
              r"(?:sent|texted|replied|said|typed|hit|pressed|wrote)\s+(?:you\s+)?(?:stop|end|quit|cancel|unsubscribe|"
              r"opt\s+out)\s+but\s+(?:i|we)\s+(?:m\s+still\s+\w+ing|am\s+still\s+\w+ing|changed\s+my\s+mind|"
              r"(?:still\s+)?(?:want|need)(?!(?:\s+\w+){0,5}?\s+(?:stop|end|cease|gone|removed)\b)\s+(?:the|your|these|my)\s+\w+)|"
              r"(?:sent|texted|replied|said|typed|hit|pressed|wrote|responded)\s+(?:you\s+)?(?:stop|end|quit|"
              r"cancel|unsubscribe|opt\s+out)\s+(?:\w+\s+){0,3}?(?:(?:by|on|in)\s+(?:mistake|accident|error)|"
              r"as\s+a\s+(?:joke|prank)|accidentally)|(?:unsubscribed|opted\s+out|stopped\s+(?:them|these|the\s+texts)|cancelled|canceled)\s+"
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

