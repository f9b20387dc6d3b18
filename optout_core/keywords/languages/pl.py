"""Polish, with and without diacritics (wyłącz = wylacz, proszę = prosze)."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

MESSAGES = r"(?:sms\w*|esemes\w*|wiadomosc\w*|powiadomien\w*|alert\w*|promocj\w*|reklam\w*|ofert\w*|przypomn\w*|komunikat\w*)"
STOP_VERB = (r"(?:zrezygnowac|zrezygnuje|wypisac|wypisz\w*|wylaczyc|wylacz\w*|zablokowac|zablokuj\w*|anulowac|"
             r"zatrzymac|zatrzymaj\w*|przestac\s+(?:dostawac|otrzymywac)|odsubskrybowac|usunac)")

LEXICON = Lexicon(
    language="pl",
    keywords={
        Intent.OPT_OUT: ("zatrzymaj", "wypisz", "wypisz mnie", "rezygnuje", "rezygnacja", "koniec", "stop prosze",
                         "wystarczy", "dosc", "usun mnie", "anuluj", "wylacz", "przestancie", "nie chce",
                         "wypisuje sie"),
        Intent.OPT_IN: ("wznow", "zapisz", "zapisz mnie", "start prosze", "wlacz ponownie"),
        Intent.HELP: ("pomoc", "pomocy", "kto to", "kto pisze", "co to jest", "informacja"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"nie\s+jestem\s+zainteresowan\w*|\bnie\s+interesuje\s+mnie",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("unsubscribe", r"(?:wypisz(?:cie)?|usun(?:cie)?|usunac|wypisac|wykreslic|wykresl(?:cie)?|skreslic)\s+"
                                r"(?:mnie|moj\s+numer|moj\s+nr|numer)\b|\bwypis(?:anie|ac|ania)\b|"
                                rf"\bzrezygn\w*\s+z\s+(?:tych\s+|otrzymywania\s+)?{MESSAGES}"),
            Rule("do not send", r"nie\s+(?:wysylajcie|piszcie|wysylaj|pisz|przysylajcie|przysylaj)\b|"
                                rf"\bnie\s+(?:wysylac|pisac|przysylac|przesylac)\s+(?:mi\s+|do\s+mnie\s+)?(?:juz\s+)?"
                                rf"(?:wiecej|juz|zadnych|{MESSAGES})", negatable=False),
            Rule("do not want", rf"nie\s+chce\s+(?:wiecej|juz|dostawac|otrzymywac|(?:tych\s+|takich\s+|zadnych\s+|"
                                rf"waszych\s+)?{MESSAGES})\b|\bnie\s+(?:zycze\s+sobie|chce\s+dostawac|potrzebuje)\s+(?:juz\s+)?(?:tych\s+|takich\s+|"
                                rf"zadnych\s+|waszych\s+)?{MESSAGES}", negatable=False),
            # "Koniec z tymi SMSami", "dość tych reklam", "wystarczy tych wiadomości".
            # Not "koniec promocji" (the end of a sale): "with" or "these" says what is had enough of.
            Rule("enough", rf"(?:koniec|dosc|wystarczy|basta)\s+(?:(?:z|ze)\s+(?:tymi\s+|waszymi\s+)?|tych\s+|"
                           rf"waszych\s+){MESSAGES}", negatable=False),
            Rule("stop sending", rf"(?:przesta\w*|zaprzesta\w*|wstrzyma\w*|zakoncz\w*)\s+(?:do\s+mnie\s+)?"
                                 rf"(?:\w+\s+)?(?:wysylac|pisac|wysylani\w*|pisania|przesylani\w*|{MESSAGES})\b"),
            Rule("stop the messages", rf"(?:wylacz\w*|zablokuj\w*|zatrzymaj\w*|anuluj\w*)\s+(?:te\s+|tych\s+|moje\s+)?"
                                      rf"{MESSAGES}"),
            Rule("how to stop", rf"(?:da\s+sie|czy\s+mozna|mozna|jak\s+moge|jak\s+mam|jak)\s+(?:\w+\s+)?(?:sie\s+)?"
                                rf"{STOP_VERB}"),
            Rule("wrong number", r"(?:zly|pomylka)\s+numer|\bpomylka\b|\bto\s+nie\s+(?:jest\s+)?moj\s+numer|"
                                 r"\bnowego\s+wlasciciela|\bzmarl\w*|\bnie\s+zyje|\bnumer\w*\s+(?:\w+\s+){0,2}nie\s+nalezy|"
                                 r"\bto\s+(?:juz\s+nie\s+jest|nie\s+jest\s+juz)\s+numer\s+\w+|"
                                 r"\bto\s+nie\s+jest\s+numer\s+(?!zamowieni|konta|karty|telefonu|klienta|faktury|"
                                 r"rezerwacji|sprawy|paczki|przesylki|zlecenia|wizyty|umowy|pesel|domu|mieszkania)\w+",
                 negatable=False),
            Rule("consent refused", r"nigdy\s+(?:sie\s+)?(?:na\s+to\s+|na\s+nic\s+)?(?:nie\s+)?(?:zapisywal\w*|zapisal\w*|"
                                    # "Nie zapisywałem się na to": to this, not to a class or a visit.
                                    r"zgadzal\w*|zgodzil\w*)|\bnie\s+(?:zapisywal\w*|zapisal\w*|zgadzal\w*|zgodzil\w*)\s+sie\s+na\s+"
                                    r"(?:to|te|tego|nic|zadne\w*)\b|\bnie\s+wyrazam\s+zgody|\b(?:cofam|wycofuje|odwoluje)\s+(?:moja\s+)?"
                                    r"zgode|\bbez\s+(?:mojej\s+)?zgody", negatable=False),
            Rule("leave me alone", rf"odczep\w*\s+sie|\bdajcie\s+mi\s+spokoj|\bmam\s+dosc\s+(?:\w+\s+)?{MESSAGES}"),
            Rule("legal threat", r"(?:prawnik\w*|adwokat\w*|uokik|pozew|pozw\w*|policj\w*)\b"),
            Rule("complaint about more texts", rf"(?:juz|ju)\s+(?:\w+\s+)?(?:pisal\w*|wyslal\w*|prosil\w*|mowil\w*)\s+"
                                               rf"(?:\w+\s+)?(?:{QUOTED_STOP}|zeby|aby|o\s+wypisanie)\b|\bdlaczego\s+"
                                               r"(?:nadal|wciaz|ciagle|znowu|dalej|caly\s+czas)\s+(?:do\s+mnie\s+|mi\s+)?(?:piszecie|wysylacie|smsujecie)",
                 negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("receive again", rf"(?:znowu|znow|ponownie)\s+(?:dostawac|otrzymywac|wlacz\w*|aktyw\w*)|"
                                  r"\bponowne\s+(?:wlaczenie|zapisanie|aktywowanie|wysylanie)|"
                                  rf"\b(?:chce|chcialbym|chcialabym)\s+(?:znowu|znow|ponownie)\s+(?:dostawac\s+)?"
                                  rf"(?:{MESSAGES}|promocje)"),
            Rule("subscribe again", r"zapisz\s+mnie|\b(?:dopisz|zapisz|dodaj)\w*\s+mnie\s+(?:z\s+powrotem|ponownie|"
                                    rf"znowu)|\b(?:wlacz|wznow|przywroc)\w*\s+(?:z\s+powrotem\s+)?(?:wysylk\w*\s+|wysylani\w*\s+)?(?:{MESSAGES}|"
                                    rf"powiadomienia)|\bz\s+powrotem\s+(?:{MESSAGES})|"
                                    # "proszę mnie ponownie zapisać", the verb last, and nothing else named after it.
                                    r"\bmnie\s+(?:ponownie|znowu|z\s+powrotem)\s+(?:zapisac|dopisac|dodac|zapisz\w*|dopisz\w*|"
                                    r"dodaj\w*)(?:\s+(?:na|do)\s+(?:liste|listy|sms\w*|powiadomien\w*))?\s*$"),
        ),
        Intent.HELP: (
            Rule("who is this", r"kto\s+(?:to|pisze|mowi)\b|\bkto\s+(?:\w+\s+){0,2}(?:wysyla|wysylal|wysylala|przysyla|przyslal|"
                                r"przyslala|wyslal|wyslala|pisze|smsuje)\b|\b(?:jaka|jakiej|co\s+to\s+za)\s+(?:to\s+)?(?:firma|firmy|sklep)|"
                                r"^(?:a\s+)?(?:jaki|jaka|jakie|ktory|ktora|ktore)\s+to\s+(?!dzien\b|godzin\w*|data\b|cena\b|koszt\b)\w+\s*$|"
                                r"^(?:a\s+)?co\s+to\s+za\s+(?!pomysl\b)\w+\s*$"),
            Rule("how did you get my number", r"(?:skad|jak)\s+(?:macie|masz|ma\s+pan|dostaliscie|wzieliscie)\s+"
                                              r"(?:moj\s+)?(?:numer|nr)"),
            Rule("is this a scam", r"(?:przekret\w*|oszust\w*|wyludzeni\w*)\b|\bczy\s+to\s+(?:jest\s+)?(?:prawdziw\w*|oryginaln\w*|"
                                   r"oficjaln\w*|falszyw\w*)\s+(?:wiadomosc|sms)\w*"),
            Rule("why am I getting this", r"dlaczego\s+(?:do\s+mnie\s+|mi\s+)?(?:piszecie|wysylacie|dostaje)\b"),
            Rule("what is it about", r"o\s+co\s+(?:chodzi|tu\s+chodzi)|\bw\s+jakiej\s+sprawie"),
            Rule("need help", r"^pomoc\w*|\bnie\s+rozumiem\s+(?:tej|tego)\s+(?:wiadomosci|smsa|sms)\b"),
        ),
    },
    filler="prosze dziekuje dzieki czesc uprzejmie",
    # "START ponownie" (START again), "STOP teraz" (STOP now)
    tails="ponownie znowu teraz juz",
    filler_phrases=("nie jestem zainteresowany", "nie jestem zainteresowana"),
    negators="nie nigdy",
    # "Moja żona powiedziała, żebym się wypisał": someone else's words.
    reported_speech=(r"(?:(?:moja\s+)?(?:zona|mama|matka|corka|siostra|kolezanka|babcia)|(?:moj\s+)?(?:maz|tata|ojciec|"
                     r"syn|brat|kolega|dziadek)|on|ona)\s+(?:mowi|mowila|mowil|powiedziala|powiedzial|kazala|kazal)"),
    mistakes=(rf"(?:{QUOTED_STOP}|wypis\w*)\s+(?:\w+\s+){{0,2}}(?:przez\s+pomylke|przez\s+przypadek|przypadkiem|"
              rf"niechcacy)|(?:przez\s+pomylke|przez\s+przypadek|przypadkiem|niechcacy)\s+(?:\w+\s+){{0,2}}"
              rf"(?:{QUOTED_STOP}|wypis\w*)"),
    other_targets=r"(?:(?:sie\s+)?(?:z|ze|od)\s+)?(?:konto|konta|karte|karta|umow\w*|subskrypcj\w*\s+magazyn\w*|"
                  r"newsletter\w*|zamowienie|wizyte|wizyta|rezerwacje|telefony|maile\w*|mail\w*|"
                  r"e\s+mail\w*|newslettera\s+mail\w*)",
)
