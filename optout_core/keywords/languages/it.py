"""Italian."""

from ..lexicon import Intent, Lexicon, Rule

LEXICON = Lexicon(
    language="it",
    keywords={
        Intent.OPT_OUT: ("ferma", "basta", "annulla", "disiscrivi", "disiscrivimi", "cancellami", "cancellatemi",
                         "fermati", "fermate", "stop grazie", "rimuovimi", "toglimi", "numero sbagliato", "disdici"),
        Intent.OPT_IN: ("riprendi", "iscrivimi", "riattiva", "inizia", "ricomincia"),
        Intent.HELP: ("aiuto", "info", "chi e", "chi sei", "chi siete", "cos e", "cosa e"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("do not send", r"non\s+(?:mi\s+)?(?:inviate|mandate|scrivete|inviatemi|mandatemi|scrivetemi|"
                                r"contattate|contattatemi)\w*\s+piu\b", negatable=False),
            Rule("do not want", r"non\s+(?:voglio|desidero)\s+piu\s+(?:ricevere|messaggi|sms)", negatable=False),
            Rule("stop sending", r"(?:smettete|smettila|smetti|smettetela)\s+di\s+(?:invia|manda|scriv|contatt)\w*"),
            Rule("unsubscribe", r"(?:disiscriv\w*|cancellami|cancellatemi|toglietemi|rimuovetemi|rimuovimi|"
                                r"toglimi|cancellate\s+il\s+mio\s+numero)\b"),
            Rule("how to stop", r"come\s+(?:faccio\s+a\s+|posso\s+)?(?:disiscrivermi|smettere|annullare|"
                                r"cancellarmi|non\s+ricevere)"),
            Rule("wrong number", r"numero\s+sbagliato|\bnon\s+e\s+il\s+mio\s+numero|\bdeceduto|\be\s+morto", negatable=False),
            Rule("leave me alone", r"lasciatemi\s+in\s+pace|\bbasta\s+(?:messaggi|sms)"),
        ),
        Intent.OPT_IN: (
            Rule("receive again", r"ricevere\s+di\s+nuovo|\bdi\s+nuovo\s+ricevere"),
            Rule("reactivate", r"riattiva\w*"),
        ),
        Intent.HELP: (
            Rule("need help", r"ho\s+bisogno\s+di\s+aiuto"),
            Rule("who is this", r"chi\s+(?:e|sei|siete|scrive)\b"),
        ),
    },
    filler="grazie ciao subito ora",
    filler_phrases=("per favore", "per piacere"),
    negators="non mai",
    tails="mi",
    other_targets=r"(?:(?:il|la|mio|mia|l)\s+)?(?:ordine|appuntamento|prenotazione|chiamate|email|consegna|"
                  r"abbonamento\s+alla\s+rivista)",
)
