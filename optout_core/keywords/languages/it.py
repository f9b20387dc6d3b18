"""Italian, with and without accents (più = piu), formal and informal, and the shortenings people type (nn, sti)."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

MESSAGES = (r"(?:messaggi|messaggini|messaggio|sms|notifiche|comunicazioni|promozioni|offerte|pubblicita|avvisi|"
            r"alert|questi|queste|sti)")

LEXICON = Lexicon(
    language="it",
    keywords={
        Intent.OPT_OUT: ("ferma", "basta", "annulla", "disiscrivi", "disiscrivimi", "cancellami", "cancellatemi",
                         "fermati", "fermate", "stop grazie", "rimuovimi", "toglimi", "numero sbagliato", "disdici",
                         "smettetela", "smettila", "finitela", "piantatela", "basta cosi", "annulla iscrizione",
                         "disiscrizione", "cancellazione", "rimuovetemi", "toglietemi", "non voglio", "disattiva",
                         "disattivate", "disattivare"),
        Intent.OPT_IN: ("riprendi", "iscrivimi", "iscrivi", "iscrivetemi", "riattiva", "inizia", "ricomincia", "riattivare", "riabbonami"),
        Intent.HELP: ("aiuto", "info", "chi e", "chi sei", "chi siete", "cos e", "cosa e", "aiutami", "aiutatemi",
                      "informazioni"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"non\s+(?:mi\s+)?interessa\w*|\bnon\s+sono\s+interessat[oa]",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("do not send", r"non\s+(?:mi\s+|ci\s+)?(?:invia|manda|scriv|contatt|disturb|mess?aggi)\w*\s+piu\b",
                 negatable=False),
            Rule("do not want", rf"(?:non|nn)\s+(?:voglio|desidero|vogliamo|voglio\s+ricevere|desidero\s+ricevere)\s+"
                                rf"(?:piu|ricevere|altri|altre|nessun\w*)\s*(?:ricevere\s+)?(?:{MESSAGES}|nulla|niente)?",
                 negatable=False),
            Rule("rather not receive", r"(?:vorrei|voglio|preferirei|preferisco|desidero)\s+non\s+ricevere\s+"
                                       r"(?:piu|altri|altre|nessun\w*)\b", negatable=False),
            Rule("stop sending", rf"(?:smettete|smettila|smetti|smettetela|smettere|finitela|piantatela|basta)\s+"
                                 rf"(?:di|con)\s+(?:invia|manda|scriv|contatt|disturb|{MESSAGES})\w*"),
            Rule("stop the messages", rf"(?:disattiva|disattivate|disattivare|blocca|bloccate|bloccare|fermate|fermare|"
                                      rf"sospendete|sospendere|annullate|annullare|interrompete|interrompere)\s+"
                                      rf"(?:le\s+|i\s+|gli\s+|questi\s+|queste\s+|sti\s+|l\s+invio\s+(?:di|dei|delle)\s+)?"
                                      rf"{MESSAGES}\b"),
            Rule("unsubscribe", r"(?:disiscriv\w*|cancellami|cancellatemi|toglietemi|rimuovetemi|rimuovimi|"
                                r"toglimi|annull\w*\s+(?:l\s+)?iscrizione|"
                                r"(?:rimuov|togli|cancell|elimin)\w*\s+(?:il\s+)?(?:mio\s+)?numero|"
                                r"(?:essere\s+)?(?:rimoss|cancellat|tolt)[oa]\s+(?:dalla|dalle|dal|dai|dagli)\s+"
                                r"(?:vostr[aeoi]\s+)?(?:lista|liste|elenco|elenchi|mailing|contatti))\b"),
            Rule("how to stop", r"(?:come\s+(?:faccio\s+a\s+|posso\s+|si\s+fa\s+a\s+|si\s+puo\s+|si\s+|devo\s+fare\s+per\s+)?|"
                                r"(?:c\s+e|ce)\s+(?:un\s+)?modo\s+(?:per|di)\s+|(?:si\s+)?(?:puo|possono|posso)\s+)"
                                r"(?:disiscriver\w*|smettere|annullar\w*|cancellar\w*|non\s+ricevere|blocca\w*|"
                                r"disattiva\w*|toglier\w*|tolg\w*|fermar\w*|rimuover\w*|uscire)"),
            Rule("wrong number", r"numero\s+sbagliato|\bsbagliat[oa]\s+numero|\bnon\s+e\s+(?:piu\s+)?il\s+mio\s+numero|\bnumero\s+non\s+e\s+(?:piu\s+)?mio\b|\bdeceduto|\be\s+morto|"
                                 r"\b(?:e\s+)?venut[oa]\s+a\s+mancare|\bnuovo\s+proprietario|\bha\s+cambiato\s+numero|"
                                 r"\b(?:questo|sto)\s+(?:numero\s+)?non\s+e\s+piu\s+(?:di|del|della)\s+[a-z]+|"
                                 r"\bnon\s+e\s+(?:piu\s+)?il\s+numero\s+(?:di|del|della)\b|\bnumero\s+non\s+"
                                 r"(?:appartiene\s+piu|e\s+piu\s+(?:suo|sua|di|del|della|il\s+suo))\b",
                 negatable=False),
            Rule("consent refused", r"(?:non|mai)\s+(?:ho\s+)?(?:mai\s+)?(?:dato|fornito)\s+(?:il\s+)?(?:mio\s+)?"
                                    r"(?:consenso|autorizzazione)|\brevoco\b|\bnon\s+(?:mi\s+)?sono\s+mai\s+iscritt\w*|"
                                    r"\bsenza\s+(?:il\s+)?mio\s+consenso", negatable=False),
            Rule("legal threat", r"(?:avvocat\w*|denunc\w*|garante|querel\w*|polizia)\b"),
            # "basta pubblicità grazie", "basta con questi sms"
            Rule("leave me alone", rf"lasciatemi\s+in\s+pace|\bbasta\s+(?:con\s+)?(?:(?:i|le|gli|sti|questi|queste|"
                                   rf"vostri|vostre)\s+)?{MESSAGES}\b"),
            Rule("complaint about more texts", rf"(?:ho|vi\s+ho|te\s+l\s+ho|l\s+ho|avevo)\s+(?:gia\s+)?(?:detto|scritto|"
                                               rf"chiesto|mandato)\s+(?:di\s+)?(?:{QUOTED_STOP}|smettere|smetterla|"
                                               r"basta|cancellarmi|disiscrivermi|non\s+scrivermi)\b|"
                                               r"\b(?:perche|xche)\s+(?:mi\s+)?(?:continuate|scrivete\s+ancora|"
                                               r"mandate\s+ancora)", negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("receive again", rf"ricevere\s+di\s+nuovo|\bdi\s+nuovo\s+ricevere|\b(?:rivoglio|rivorrei)\s+"
                                  rf"(?:le\s+|i\s+|gli\s+)?{MESSAGES}|\b(?:voglio|vorrei)\s+(?:di\s+nuovo|ancora)\s+"
                                  rf"(?:ricevere\s+)?(?:le\s+|i\s+|gli\s+)?{MESSAGES}"),
            Rule("subscribe again", r"(?:iscriv|riscriv|aggiung|rimett)\w*\s+(?:di\s+nuovo|nuovamente|ancora)\b|"
                                    r"\b(?:rimett|riaggiung|reinser)\w*\s+(?:nella|in|nelle|sulla)\s+(?:vostra\s+|la\s+)?"
                                    r"(?:lista|elenco|mailing)(?!\s+d\s+attesa)"),
            Rule("reactivate", r"riattiva\w*|\briabbonar\w*|\briscriver\w*|\breiscriver\w*"),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"chi\s+vi\s+ha\s+dato\s+(?:il\s+)?mio\s+numero"),
            Rule("why am I getting this", r"(?:perche|xche)\s+(?:mi\s+)?(?:scrivete|mandate|inviate|contattate|scrivi|"
                                          r"ricevo)\b"),
            Rule("what is it about", r"di\s+(?:cosa|che|che\s+cosa|quale|qual)\s+(?:\w+\s+){0,2}si\s+tratta|"
                                     r"\bdi\s+cosa\s+parla"),
            Rule("need help", r"ho\s+bisogno\s+di\s+aiuto|^aiut\w*|\bnon\s+capisco\s+(?:il\s+|questo\s+|sto\s+)?(?:messaggio|sms)\b"),
            Rule("who is this", r"chi\s+(?:e|sei|siete|scrive)\b|\bchi\s+(?:mi|ci)\s+(?:scrive|manda|invia|contatta|"
                                r"sta\s+scrivendo|ha\s+scritto)\b|\b(?:che|quale)\s+(?:azienda|ditta|societa|negozio)\b|"
                                r"^(?:ma\s+)?(?:che|quale|qual)\s+(?!ore\b|ora\b|giorno\b|data\b|tempo\b|bell|brav|stran|peccato\b|"
                                r"fig)\w+\s+(?:e|sei|siete)\s*$"),
            Rule("how did you get my number", r"(?:come|dove)\s+(?:avete|hai|ha)\s+(?:avuto\s+|preso\s+|trovato\s+|ottenuto\s+)?"
                                              r"(?:il\s+)?mio\s+numero"),
            Rule("is this a scam", r"(?:truffa|fregatura)\b|\be\s+(?:un\s+)?(?:messaggio|sms)\s+(?:vero|reale|autentico|ufficiale|falso)\b"),
        ),
    },
    filler="grazie ciao subito ora gentilmente",
    filler_phrases=("per favore", "per piacere", "x favore", "x piacere", "non mi interessa"),
    mistakes=(rf"(?:{QUOTED_STOP}|disiscri\w*)\s+(?:\w+\s+){{0,2}}(?:per\s+sbaglio|per\s+errore|per\s+caso|senza\s+volere|"
              r"(?:era|e\s+stato|e\s+stata|e)\s+(?:un\s+|uno\s+)?(?:errore|sbaglio))|"
              rf"(?:per\s+sbaglio|per\s+errore|senza\s+volere)\s+(?:\w+\s+){{0,2}}(?:{QUOTED_STOP}|disiscri\w*)"),
    negators="non mai nn",
    # "Mia sorella dice che …", "mio marito mi ha detto di disiscrivermi": someone else's words.
    reported_speech=(r"(?:mia\s+(?:moglie|madre|mamma|sorella|figlia|amica|nonna|collega)|mio\s+(?:marito|padre|papa|"
                     r"fratello|figlio|amico|nonno|collega)|lui|lei)\s+(?:dice|diceva|ha\s+detto|mi\s+ha\s+detto|dicono)"),
    tails="mi",
    other_targets=r"(?:(?:il|la|le|i|mio|mia|l|dalle|dalla|dal|dai|dagli|alle|alla)\s+)?(?:ordine|appuntamento|"
                  r"prenotazione|chiamate|telefonate|email|e\s+mail|mail|newsletter|consegna|abbonamento\s+alla\s+rivista|"
                  r"fattur\w*|bollett\w*|carta|conto|account)",
)
