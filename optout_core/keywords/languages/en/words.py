"""English word classes the rules are built from: verbs of ending, what they may be aimed at (our messages, the
person's number, lists), and what they may be aimed at instead (calls, orders, e-mail, other people)."""

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
_ARTICLES_ELSEWHERE = r"(?:ang|yung|ung|mga|ng|sa|a|à|au|aux|vos|les|le|la|los|las|el|os|as|o|die|der|das|den|il|lo|gli|i)"
_NOT_DESCRIBED = r"(?:service|program|list|mailing\s+list|thing|stuff|texting|messaging|subscriptions?)\b"
# Described messages ("the pharmacy texts"), but not a described service or list ("the water service", "the bus list").
DESCRIBED = (r"(?:(?:(?<=the\s)|(?<=these\s)|(?<=those\s)|(?<=your\s)|(?<=ur\s)|(?<=my\s)|(?<=all\s)|(?<=any\s)|"
             r"(?<=this\s)|(?<=our\s)|(?<=me\s)|(?<=sending\s)|(?<=send\s)|(?<=more\s)|(?<=getting\s)|"
             r"(?<=receiving\s))"
             rf"{FREE}{{1,2}}(?!{_NOT_DESCRIBED})|"
             # "stop flight alerts", "turn off appointment reminders": one word, right after the verb, and not another
             # language's article, which begins a phrase of that language ("i-stop ang promo texts", "STOP à vos messages")
             rf"(?:(?<=stop\s)|(?<=quit\s)|(?<=end\s)|(?<=cancel\s)|(?<=pause\s)|(?<=off\s))"
             rf"(?!{_ARTICLES_ELSEWHERE}\s){FREE}(?!{_NOT_DESCRIBED}))?")
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
# A one-time code (a login's, a verification's): texts of their own, not the program's.
CODE = r"(?:code|codes|passcode|passcodes|otp|pin|verification)\b"
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
