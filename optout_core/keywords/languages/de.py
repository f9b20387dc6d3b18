"""German, with and without umlauts (hören = horen; "hoeren" is matched as typed). German puts the verb last
("diese SMS bitte abbestellen", "kann man das ausschalten?"), so the rules take the object first as well."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

MESSAGES = (r"(?:alerts|sms|sms\s+nachrichten|nachrichten|textnachrichten|werbung|werbe\s+sms|mitteilungen|"
            r"benachrichtigungen|warnungen|erinnerungen|hinweise|angebote|newsletter|meldungen|texte|infos|diese|das|sowas)")
# What is texted, named by a noun (not "das", which a verb at the end may take for anything: "das Foto löschen").
TEXTS = (r"(?:sms|nachrichten|textnachrichten|werbung|werbe\s+sms|mitteilungen|benachrichtigungen|angebote|meldungen|"
         r"warnungen|erinnerungen)")
# Not "löschen" or "entfernen" alone: "die Nachricht löschen" deletes one message.
STOP_VERB = (r"(?:abbestellen|abmelden|austragen|ausschalten|abschalten|abstellen|deaktivieren|stoppen|beenden|"
             r"einstellen|blockieren|sperren|loswerden)")
# And with the texts named right after or before it, the verb in the first person or "kündigen", which alone is about
# a contract ("Ich kündige hiermit die SMS-Benachrichtigungen").
TEXTS_VERB = rf"(?:{STOP_VERB}|kundigen|kundige|deaktiviere|beende|stoppe|blockiere|bestelle)"
# A word between a question and its verb that is not something else ("Können Sie meine Bestellung stoppen?").
BETWEEN = (r"(?:(?!(?:bestellung|termin|abo|anruf|e\s*mail|email|lieferung|paket|mitgliedschaft|vertrag|konto|"
           r"karte|zahlung)\w*\b)\w+\s+)")
# Stop verbs in the zu-infinitive ("eine Möglichkeit, das abzubestellen").
STOP_ZU = r"(?:abzubestellen|abzumelden|auszutragen|auszuschalten|abzuschalten|abzustellen|zu\s+stoppen|zu\s+beenden)"
HOW = (r"(?:wie\s+(?:kann|konnte|muss|soll)\s+(?:ich|man)|wie\s+(?:melde|trage|bestelle|werde|komme)\s+ich|"
       r"kann\s+(?:ich|man)|konnen\s+sie|konnten\s+sie|gibt\s+es\s+(?:eine|irgendeine)\s+moglichkeit)")

LEXICON = Lexicon(
    language="de",
    keywords={
        Intent.OPT_OUT: ("stopp", "halt", "abmelden", "abbestellen", "austragen", "beenden", "aufhoren",
                         "hort auf", "abmeldung", "kundigen", "loschen", "entfernen", "keine sms", "keine nachrichten",
                         "stop bitte", "abmelden bitte", "falsche nummer", "ende", "schluss", "aufhoren bitte",
                         "hor auf", "hoer auf", "horen sie auf", "keine werbung", "austragen bitte", "abbestellen bitte"),
        Intent.OPT_IN: ("anmelden", "fortsetzen", "abonnieren", "wieder anmelden", "starten", "wieder starten",
                        "wieder aktivieren", "reaktivieren"),
        Intent.HELP: ("hilfe", "info", "wer ist das", "wer sind sie", "was ist das", "hilfe bitte", "infos",
                      "was soll das", "wer schreibt mir"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"kein\s+interesse|\bnicht\s+interessiert",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("no more", rf"keine\s+(?:weiteren\s+)?{MESSAGES}|\bnie\s+(?:wieder|mehr)\s+{TEXTS}\b", negatable=False),
            Rule("no need", r"kein\s+bedarf(?:\s+mehr)?\s*$|\bbrauche?\s+(?:ich\s+)?(?:das|die|diese|sie)?\s*nicht\s+mehr\s*$",
                 negatable=False, review="'no need' may decline one offer rather than all texts"),
            Rule("stop", r"(?:hort|hor|hoer|hoert|horen\s+sie|hoeren\s+sie|hort\s+ihr)\s+(?:bitte\s+)?(?:endlich\s+)?"
                         r"(?:jetzt\s+)?auf(?!\s*$)|\baufhoren\b(?!\s*$)|\baufzuhoren\b"),
            Rule("stop the messages", rf"{TEXTS_VERB}\s+(?:sie\s+|ich\s+)?(?:hiermit\s+)?(?:bitte\s+)?(?:die\s+|diese\s+|ihre\s+|eure\s+)?"
                                      rf"{TEXTS}\b|\b(?:die\s+|diese\s+|ihre\s+|eure\s+)?{TEXTS}\s+"
                                      rf"{BETWEEN}{{0,2}}?{TEXTS_VERB}\b"),
            Rule("unsubscribe", r"(?:abmelden|abbestellen|austragen|melden\s+sie\s+mich\s+ab|meldet\s+mich\s+ab|"
                                r"(?:nehmen|streichen|entfernen|loschen|tragen|werfen)\s+sie\s+(?:bitte\s+)?"
                                r"(?:mich|meine\s+(?:handy|telefon|mobil)?nummer)|"
                                r"(?:nimm|streich|entfern|losch|trag|nehmt|streicht|entfernt|loscht|tragt)\s+"
                                r"(?:bitte\s+)?(?:mich|meine\s+nummer)|"
                                r"aus\s+(?:dem|ihrem|eurem|diesem)\s+verteiler|von\s+(?:der|ihrer|eurer)\s+liste)\b"),
            Rule("do not write", r"nicht\s+mehr\s+(?:schreiben|kontaktieren|senden|schicken|anschreiben|"
                                 r"belastigen|anschreiben)|\bschreiben\s+sie\s+mir\s+nicht\s+mehr|"
                                 r"\b(?:schickt|schicken\s+sie|sendet|senden\s+sie)\s+mir\s+(?:keine|nichts)",
                 negatable=False),
            Rule("do not want", rf"(?:mochte|will|wunsche|moechte)\s+(?:keine|nichts)\s+(?:mehr\s+)?|"
                                rf"\b(?:mochte|will|moechte|wunsche)\s+(?:diese\s+|ihre\s+|die\s+)?(?:{MESSAGES}\s+)?"
                                r"nicht\s+mehr\s+(?:erhalten|bekommen|empfangen|haben)|"
                                rf"\b(?:mochte|will|moechte|wunsche|brauche?)\s+(?:diese\s+|die\s+|ihre\s+|eure\s+)?{MESSAGES}\s+nicht\s+mehr\s*"
                                r"(?:haben|bekommen|erhalten)?\s*$", negatable=False),
            # "ich melde mich hiermit ab", "ich bestelle die SMS ab": the particle ends the clause.
            Rule("unsubscribe, separable", rf"(?:bestelle|melde|trage)\s+(?:ich\s+)?(?:(?:mich|hiermit|bitte|"
                                           rf"(?:die\s+|diese\s+|ihre\s+|eure\s+)?{TEXTS})\s+)+(?:ab|aus)\s*$"),
            # "bitte Nummer löschen", "meine Nummer bitte aus der Liste entfernen": the number first, then the verb.
            Rule("remove my number", r"(?:meine\s+|die\s+|diese\s+)?(?:handy|telefon|mobil)?nummer\s+(?:bitte\s+)?"
                                     r"(?:(?:aus|von)\s+\w+\s+\w+\s+)?(?:loschen|entfernen|austragen|streichen|"
                                     r"rausnehmen|nehmen|sperren)\b"),
            # Separable verbs: "Wie bestellt man das hier ab?", "wie schalte ich das aus".
            Rule("how to stop, separable", rf"wie\s+(?:bestell|meld|schalt|stell|trag)\w*\s+(?:man\s+|ich\s+)?"
                                           rf"(?:mich\s+|sich\s+|uns\s+|das\s+|dies\s+|sie\s+|(?:die\s+|diese\s+)?{TEXTS}\s+)?"
                                           r"(?:hier\s+|bitte\s+|denn\s+)?(?:ab|aus)\b"),
            Rule("how to stop", rf"{HOW}\s+{BETWEEN}{{0,4}}?(?:{STOP_VERB}|{STOP_ZU})\b|"
                                r"\bwie\s+(?:kann\s+ich\s+(?:mich\s+)?|melde\s+ich\s+mich\s+)(?:ab|abmelden|austragen)"),
            Rule("wrong number", r"falsche\s+nummer|\bfalsch\s+verbunden|\bhier\s+(?:wohnt|gibt\s+es)\s+kein\w*|\bverwahlt|\bnicht\s+(?:mehr\s+)?meine\s+nummer|\bverstorben|"
                                 r"\bnummer\s+(?:gehort|ist)\s+nicht\s+(?:mehr\s+)?(?:mir|meine)|\bnummer\s+gehort\s+(?:nicht\s+mehr|jetzt|"
                                 r"inzwischen|nun|mittlerweile)\b|\bist\s+nicht\s+(?:mehr\s+)?(?:die\s+)?nummer\s+von\b|\bneue[rn]?\s+"
                                 r"(?:besitzer|inhaber)|\bnummer\s+(?:wurde\s+)?neu\s+vergeben", negatable=False),
            Rule("consent refused", r"nie\s+(?:dafur\s+|dazu\s+|hierfur\s+)?(?:angemeldet|zugestimmt|eingewilligt)|"
                                    r"\bohne\s+(?:meine\s+)?(?:einwilligung|zustimmung)|\b(?:widerspreche|widerrufe)\b|"
                                    r"\bkein(?:e)?\s+(?:einwilligung|zustimmung|einverstandnis)", negatable=False),
            Rule("legal threat", r"(?:anwalt|rechtsanwalt|anzeige|belastigung|abmahnung|abmahnen|verbraucherzentrale|"
                                 r"bundesnetzagentur|polizei)\b"),
            Rule("leave me alone", r"(?:lasst|lassen\s+sie)\s+mich\s+in\s+ruhe"),
            Rule("complaint about more texts", rf"(?:schon|bereits|doch)\s+(?:\w+\s+){{0,2}}(?:{QUOTED_STOP}|stopp|"
                                               r"abmelden)\s+(?:geschrieben|gesendet|geschickt|gesagt|geantwortet)|"
                                               r"\bwarum\s+(?:\w+\s+){1,4}(?:immer\s+noch|noch\s+immer|schon\s+wieder|"
                                               r"weiterhin)\s*$|"
                                               r"\bwarum\s+(?:\w+\s+){0,3}(?:immer\s+noch|noch\s+immer|schon\s+wieder|"
                                               r"weiterhin)\s+(?:\w+\s+)?(?:sms|nachrichten|schreiben|schicken)",
                 negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("receive again", rf"(?:wieder|erneut)\s+(?:{MESSAGES}\s+)?(?:erhalten|empfangen|bekommen|anmelden|"
                                  rf"abonnieren|aktivieren|einschalten|eintragen|aufnehmen|hinzufugen)|"
                                  rf"\b(?:wieder|erneut)\s+{TEXTS}\s+(?:schicken|senden|zusenden|bekommen)\b|"
                                  rf"\b{MESSAGES}\s+(?:bitte\s+)?(?:wieder|erneut)\s+"
                                  r"(?:haben|erhalten|bekommen|aktivieren|einschalten)|\b(?:melden|tragen)\s+sie\s+mich\s+"
                                  r"(?:bitte\s+)?(?:wieder|erneut)\b|"
                                  rf"\b(?:schicken|senden|schickt|sendet)\s+(?:sie\s+)?(?:mir|uns)\s+(?:bitte\s+)?(?:wieder|erneut)\s+"
                                  rf"(?:die\s+|ihre\s+|eure\s+)?{TEXTS}\b"),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"wer\s+hat\s+(?:ihnen|dir|euch)\s+meine\s+(?:handy|telefon|mobil)?nummer"),
            Rule("why am I getting this", r"warum\s+(?:schreiben|schicken|senden|kontaktieren)\s+(?:sie|ihr)\s+mir|"
                                          r"\bwarum\s+(?:schreibt|schickt|sendet)\s+ihr\s+mir|\bwarum\s+(?:bekomme|erhalte)\s+ich"),
            Rule("what is it about", r"worum\s+geht|\bwas\s+(?:ist|sind)\s+(?:das|dies)\s+fur\s+(?:eine?\s+)?\w+|\bum\s+was\s+geht|\bwas\s+soll\s+(?:das|diese\s+\w+)\s*$"),
            Rule("need help", r"brauche\s+hilfe|^hilfe\b|\bich\s+verstehe\s+(?:diese|die)\s+(?:sms|nachricht)\s+"
                              r"nicht\b"),
            Rule("who is this", r"wer\s+(?:ist\s+(?:da|das|der\s+absender)|sind\s+sie|schreibt|schickt)|"
                                r"\bvon\s+wem\s+(?:ist|kommt|sind|kommen)\b|"
                                r"\b(?:welche[srmn]?|was\s+fur\s+(?:eine?[nrms]?\s+)?)\s*\w*(?:firma|unternehmen|absender|shop|laden|"
                                r"haus|praxis|geschaft|verein|studio|klinik|apotheke|bank|schule|kirche|gemeinde|salon|"
                                r"werkstatt|restaurant|center|zentrum|buro|kanzlei|versicherung|markt|hotel|agentur|"
                                r"dienst|service|kita|arzt|gruppe)\b"),
            Rule("how did you get my number", r"(?:woher|wie)\s+(?:haben|hast|habt|kommen)\s+(?:sie|du|ihr)\s+"
                                              r"(?:an\s+)?meine\s+(?:handy|telefon|mobil)?nummer"),
            Rule("is this a scam", r"(?:ist\s+das|ist\s+es|das\s+ist)\s+(?:\w+\s+)?(?:betrug|abzocke|fake|scam|echt)\b|"
                                   r"\bist\s+(?:das|es|dies)\s+(?:\w+\s+)?spam\b"),
        ),
    },
    filler="bitte danke hallo sofort jetzt endlich ok",
    filler_phrases=("vielen dank", "danke schon", "kein interesse"),
    negators="nicht kein keine niemals nie",
    # "Meine Frau meinte, ich soll aufhören …": someone else's words (singular verbs: "Sie sagten" is the reader).
    reported_speech=(r"(?:meine\s+(?:frau|mutter|mama|tochter|freundin|schwester|oma|chefin|kollegin)|mein\s+(?:mann|"
                     r"vater|papa|sohn|freund|bruder|opa|chef|kollege)|er|jemand)\s+(?:meinte|sagte|sagt|meint|hat\s+"
                     r"(?:mir\s+)?gesagt|hat\s+gemeint)"),
    # "Hab versehentlich STOPP geschickt", "war ein Versehen mit dem Stop".
    mistakes=(rf"(?:versehentlich|aus\s+versehen|ein\s+versehen|irrtumlich|falschlicherweise)\s+(?:\w+\s+){{0,3}}"
              rf"(?:{QUOTED_STOP}|stopp|abgemeldet)|(?:{QUOTED_STOP}|stopp)\s+(?:\w+\s+){{0,3}}(?:versehentlich|"
              r"aus\s+versehen|ein\s+versehen|irrtum)"),
    frames=r"ich\s+mochte|ich\s+will|bitte|wie\s+kann\s+ich",
    tails="mich bitte sofort",
    # German puts the object before the verb ("Papierrechnung abbestellen"), so a target just before a rule counts.
    object_first=True,
    # An activity after a verb of ending is what ends: "aufhören zu rauchen", unless it is writing or sending to me.
    other_objects=r"zu\s+(?!schreiben|senden|schicken|simsen|texten|nerven|belastigen|kontaktieren|spammen)\w+",
    other_targets=r"(?:(?:meine|meinen|die|den|das|mich)\s+)?(?:(?:standig|dauernd|immer|wieder)\s+)?(?:bestellung|termin|anrufe|anrufen|anzurufen|"
                  r"e\s+mails?|emails?|lieferung|paket|abo\s+der\s+zeitschrift|mitgliedschaft|"
                  # Compounds named by their first part, so that the list can be found by its first letters.
                  r"(?:papier|strom|gas|handy|telefon|internet|mobilfunk|wasser)?(?:rechnung|vertrag)\w*|katalog\w*|"
                  r"zeitschrift\w*|zeitung\w*|(?:zeitschriften|zeitungs|magazin)?(?:abo|abonnement)|lastschrift\w*)",
)
