"""German."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = r"(?:sms|nachrichten|textnachrichten|werbung|mitteilungen|benachrichtigungen|angebote|newsletter)"

LEXICON = Lexicon(
    language="de",
    keywords={
        Intent.OPT_OUT: ("stopp", "halt", "abmelden", "abbestellen", "austragen", "beenden", "aufhoren",
                         "hort auf", "abmeldung", "kundigen", "loschen", "entfernen", "keine sms", "keine nachrichten",
                         "stop bitte", "abmelden bitte", "falsche nummer"),
        Intent.OPT_IN: ("anmelden", "fortsetzen", "abonnieren", "wieder anmelden", "starten"),
        Intent.HELP: ("hilfe", "info", "wer ist das", "wer sind sie", "was ist das", "hilfe bitte"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("no more", rf"keine\s+(?:weiteren\s+)?{MESSAGES}", negatable=False),
            Rule("stop", r"(?:hort|horen\s+sie|hoert)\s+(?:bitte\s+)?(?:endlich\s+)?auf|\baufhoren\b"),
            Rule("unsubscribe", r"(?:abmelden|abbestellen|austragen|melden\s+sie\s+mich\s+ab|tragen\s+sie\s+mich\s+"
                                r"aus|streichen\s+sie\s+mich|entfernen\s+sie\s+(?:mich|meine\s+nummer)|"
                                r"loschen\s+sie\s+(?:mich|meine\s+nummer))\b"),
            Rule("do not write", r"nicht\s+mehr\s+(?:schreiben|kontaktieren|senden|schicken|anschreiben|"
                                 r"belastigen)|\bschreiben\s+sie\s+mir\s+nicht\s+mehr|\bschickt\s+mir\s+keine",
                 negatable=False),
            Rule("do not want", r"(?:mochte|will|wunsche)\s+(?:keine|nichts)\s+(?:mehr\s+)?", negatable=False),
            Rule("how to stop", r"wie\s+(?:kann\s+ich\s+(?:mich\s+)?|melde\s+ich\s+mich\s+)(?:ab|abmelden|"
                                r"austragen|das\s+(?:abbestellen|stoppen|beenden))"),
            Rule("wrong number", r"falsche\s+nummer|\bverwahlt|\bnicht\s+meine\s+nummer|\bverstorben", negatable=False),
            Rule("consent refused", r"nie\s+(?:angemeldet|zugestimmt|eingewilligt)|\bohne\s+(?:meine\s+)?"
                                    r"(?:einwilligung|zustimmung)", negatable=False),
            Rule("legal threat", r"(?:anwalt|anzeige|belastigung|abmahnung)\b"),
            Rule("leave me alone", r"(?:lasst|lassen\s+sie)\s+mich\s+in\s+ruhe"),
        ),
        Intent.OPT_IN: (
            Rule("receive again", rf"wieder\s+(?:{MESSAGES}\s+)?(?:erhalten|empfangen|bekommen|anmelden|"
                                  r"abonnieren)"),
        ),
        Intent.HELP: (
            Rule("need help", r"brauche\s+hilfe"),
            Rule("who is this", r"wer\s+(?:ist\s+(?:da|das)|sind\s+sie|schreibt)"),
        ),
    },
    filler="bitte danke hallo sofort jetzt endlich ok",
    filler_phrases=("vielen dank", "danke schon"),
    negators="nicht kein keine niemals nie",
    frames=r"ich\s+mochte|ich\s+will|bitte|wie\s+kann\s+ich",
    tails="mich bitte sofort",
    other_targets=r"(?:(?:meine|meinen|die|den|das)\s+)?(?:bestellung|termin|anrufe|anrufen|e\s+mails?|emails?|"
                  r"lieferung|paket|abo\s+der\s+zeitschrift|mitgliedschaft)",
)
