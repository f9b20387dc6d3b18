"""Arabic, Modern Standard and common dialect forms. Folding strips the short vowels (tashkeel) and tatweel and
merges alef forms (أ إ آ → ا), alef maqsura with ya (ى → ي) and ta marbuta with ha (ة → ه), so the patterns below
are written in that folded form."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

RESUMED = r"(?:الرسائل|رسائل|الرسايل|رسايل|التنبيهات|الاشعارات|العروض|الاشتراك|التذكيرات|تذكيرات|المسجات|مسجات|الاخبار)"
# Verbs of sending after a verb of stopping: "بطلوا ترسلوا" (stop sending), "وقفوا تبعتوا".
SENDING = r"(?:ترسلوا|ترسلو|ترسل|ترسلون|ترسلولي|تبعتوا|تبعتو|تبعت|تبعتولي|تراسلوني|تراسلني|ارسال|الارسال|مراسلتي)"
# Arabizi: "ra2mi", "ra2me", "raqami" (my number); "rasayel", "rasa2il" (messages).
MY_NUMBER_LATIN = r"(?:ra2ami|ra2my|ra2amy|ra2mi|ra2me|ra2amee|raqmi|raqami|raqme|rakmi|rakami|rakme|nimrti|nemrti|esmi)"
MESSAGES_LATIN = r"(?:rasayel|rasa2el|rasa2il|rasayil|resayel|rasayl|masajat|msgs?|messages?|sms)"
# Asked to send to me, imperative: "ابعتولي", "ارسلوا لي".
SEND_TO_ME = r"ابعتولي|ابعتوا\s+لي|ابعتلي|ارسلولي|ارسلوا\s+لي|ارسلي\s+لي|ابعثولي|ابعثوا\s+لي|ابعثلي"
# Wishing, in the Standard and dialect forms: "أريد", "أرغب في", "ابغى", "بدي", "عايز".
WANT = r"(?:اريد|ارغب\s+في|ارغب|ابغى|ابغي|ابي|بدي|عايز|عاوز|عايزه|احب|اود|حابب)"
# "تاني" is also "another" ("خط تاني", another line): again only right after the verb.
AGAIN = r"(?:مره\s+اخرى|مره\s+ثانيه|من\s+جديد|مجددا)"
# The texts wanted by e-mail or WhatsApp ("على الايميل"): not ours.
BY_OTHER_CHANNEL = r"(?!.*(?:ايميل|البريد|واتس|email|whatsapp))"
# Arabizi: wishing ("baddi", "3ayez", "bghit"), not after a negation ("ma baddi", "mesh 3ayez": do not want).
WANT_LATIN = (r"(?<!\bma\s)(?<!\bmesh\s)(?<!\bmish\s)(?<!\bmosh\s)(?<!\bmush\s)(?<!\bmo\s)(?<!\bla\s)(?<!\bmu\s)"
              r"(?:baddi|badde|badi|bade|bdi|biddi|3ayez|3ayz|3awez|3awz|3ayza|ariid|areed|abga|abgha|abi|bghit|bghyt|"
              r"nheb|n7eb|7abeb|habeb)")
AGAIN_LATIN = (r"(?:(?:marra|mara|marah)\s+(?:tanya|tanye|tania|tanyeh|thanya|thania|okhra|ukhra|o5ra|u5ra)|"
               r"kaman\s+marra|(?:min|mn|men)\s+(?:jdeed|jdid|jded)|3al\s+jdid)")
# "رجعوني", "سجلوني" are also past tense ("they put me back"): asked, not told, so not after "they" or "why", nor
# followed by "without my consent".
ASKED = r"(?<!\bهم\s)(?<!لماذا\s)(?<!\bليش\s)(?<!\bليه\s)(?<!\bلما\s)(?!.*(?:بدون|دون|من\s+غير)\s+(?:اذني|اذن|موافقتي|موافقه))"
SUBSCRIBE_LATIN = (r"(?:ashtarik|ashtrik|eshtarik|eshtrik|eshtirak|ishtirak|ishtarik|ashtarek|eshtarek|neshtarek|"
                   r"nishtirik|sajjel|sajel|sajjelni|sajelni|sajjilni|asajjel|asajel)")
RECEIVE_LATIN = (r"(?:estalem|estelem|astalem|istalem|estilam|istilam|esta2bel|asta2bel|asta2bil|esta2bil|estaqbel|"
                 r"astaqbil|istiqbal|esteqbal|nestalem|nesta2bel|nstalem)")
RETURN_LATIN = r"(?:rja3|erja3|arja3|rje3|erje3|arje3|rga3|erga3|arga3|nrja3|nrje3|a3od|a3ood)"
TEXTS_LATIN = (r"(?:(?:el|al|hal|les|l)\s+)?(?:rasayel|rasa2el|rasa2il|rasayil|resayel|rasayl|masajat|msgs?|messages?|sms|"
               r"promos?|promotions?|notifications?|alerts?|offers?|3orod|3ourod|offres|tanbihat)\b")
MESSAGES = r"(?:الرسائل|رسائل|الرسايل|رسايل|رسالات|المسج|مسج|رساله|الرساله|المسجات|مسجات|الاشتراك|اشتراكي|التنبيهات|الاعلانات|اعلانات|العروض|هذه|هذا)"

LEXICON = Lexicon(
    language="ar",
    keywords={
        Intent.OPT_OUT: ("توقف", "قف", "ايقاف", "الغاء", "الغاء الاشتراك", "اوقف", "كفى", "كفايه", "الغ",
                         "وقف", "اوقفوا", "توقفوا", "لا اريد", "ستوب", "الغي الاشتراك", "ازاله", "احذفني",
                         "لا ترسل", "لا ترسلوا", "ارجو التوقف", "ايقاف الرسائل", "الغاء الرسائل", "بطلوا",
                         "خلاص",
                         # Arabic in Latin letters ("Arabizi"), with digits for the letters Latin lacks (3 = ع, 2 = ء).
                         "khalas", "bas khalas", "kefaya", "kifaya", "wa2ef", "wa2fo", "bas kefaya", "wa22fo", "wa22ef",
                         "wa2afo", "wa2afu", "wa2fu", "wa22fu"),
        Intent.OPT_IN: ("ابدا", "اشتراك", "استيناف", "تفعيل", "اعاده الاشتراك", "بدء"),
        Intent.HELP: ("مساعده", "ساعدني", "من انت", "من انتم", "مين", "مين انت", "من هذا", "ما هذا", "شو هذا",
                      "ايش هذا", "معلومات", "استفسار"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"(?:مش|غير|لست|مو)\s+مهتم",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop the messages", rf"(?:توقف|توقفوا|اوقف|اوقفوا|ايقاف|الغاء|الغي|الغوا|وقف|وقفوا|بطل|بطلوا|التوقف|الايقاف|"
                                      rf"الالغاء)\s+"
                                      rf"(?:عن\s+)?(?:ال)?(?:ارسال\s+|تبعتوا\s+|تبعت\s+|ترسلوا\s+|ترسل\s+|تبعتولي\s+)?"
                                      rf"(?:{MESSAGES}|ارسال|مراسلتي|ازعاجي)"),
            Rule("do not send", r"(?:لا|ما|لاتـ|بلاش)\s*(?:ترسل|ترسلوا|ترسلو|تبعث|تبعثوا|تراسلني|تراسلوني|ترسلي|"
                                r"تزعجني|تزعجوني|تبعتلي|تبعتولي|ترسلون)", negatable=False),
            Rule("do not want", rf"(?:لا|ما|مش|مو|مب|ميش)\s+(?:عاد\s+|عدت\s+)?(?:اريد|ابغى|ابغي|ابي|بدي|عايز|عاوز|عايزه|حابب|ارغب\s+في)\s+"
                                rf"(?:ه(?=ال))?(?:{MESSAGES}|استقبال|استلام|تلقي|المزيد|اي|(?:اشي|شي|شيء|حاجه)\s+(?:منكم|منكو|منك))",
                 negatable=False),
            Rule("no sending", r"(?:ارجو|الرجاء|رجاء|يرجى|اطلب)\s+عدم\s+(?:ارسال|الارسال|مراسلتي|ازعاجي|التواصل|"
                               r"الاتصال\s+او\s+الارسال)"),
            Rule("enough messages", rf"(?:كفى|كفايه|خلاص|يكفي|بس|بلاش|بلا)\s+(?:ه(?=ال))?(?:ال)?{MESSAGES}"),
            Rule("stop sending", rf"(?:بطلوا|بطل|وقفوا|وقف|توقفوا\s+عن|توقف\s+عن|كفايه|خلاص|كفوا\s+عن)\s+{SENDING}"),
            Rule("complaint about more texts", rf"(?:قلت|قلتلكم|قلتلك|قلنا|ارسلت|بعتت|بعثت|رديت|كتبت)\s+(?:لكم\s+|لك\s+|لكو\s+)?"
                                               rf"(?:{QUOTED_STOP}|توقف|توقفوا|الغاء|ستوب|وقف|وقفوا|اوقف|اوقفوا|بطلوا)\b|\b(?:ليش|لماذا|ليه|لما)\s+"
                                               r"(?:\w+\s+)?(?:لسه|مازلتم|ما\s+زلتم|لا\s+تزالون|بتبعتوا|ترسلون|تبعتون)",
                 negatable=False),
            Rule("Arabizi: do not want", rf"(?:ma|mesh|mish|mush|mosh|mo|la)\s+(?:baddi|badi|bade|bdi|3ayez|3ayz|3awez|"
                                         r"3awz|3ayza|ariid|areed|abga|abi|abgha)\s+(?:el\s+|hal\s+|hel\s+|hay\s+|hayde\s+|"
                                         rf"hadi\s+|dol\s+|de\s+)?(?:{MESSAGES_LATIN}|ay|shi)\b", negatable=False),
            Rule("Arabizi: stop or remove", r"(?:shilo|shil|shelo|shel|ems7o|emsa7|im7i|e7zef|e7zefo|a7zef|ahzef|hazef)\s+"
                                            rf"(?:\w+\s+)?{MY_NUMBER_LATIN}\b|"
                                            r"\b(?:wa2ef|wa2fo|wa22fo|wa22ef|wa2afo|w2fo|wa2if|wa2ifo|ow2af|batlo|battal|battalo)\s+"
                                            rf"(?:el\s+|hal\s+)?(?:{MESSAGES_LATIN}|ersal)\b|"
                                            # Standard Arabic in Latin letters: "arjo an tatawaqafo 3an al rasa2el"
                                            r"\b(?:tatawaqaf|tatawa2af|tawaqaf|tawa2af|twa9f|tawa9af|awqif|aw2if|tuwqif)\w*\s+"
                                            rf"(?:3an|an|min)\s+(?:al\s+|el\s+)?(?:(?:ersal|irsal)\s+(?:al\s+|el\s+)?)?"
                                            rf"{MESSAGES_LATIN}\b"),
            # "ra2am ghalat" (wrong number), "mafeesh 7ad esmo Khaled hena" (nobody here by that name), as in Arabic.
            Rule("Arabizi: wrong number", r"(?:ra2am|ra2m|raqam|raqm|rakam|rakm|nimra|nemra|number|no)\s+(?:ghalat|8alat|"
                                          r"ghalt|ghlt|khata|5ata|ghalta)\b|\b(?:ghalat|8alat|ghalatan)\s+(?:fel|fil|bel|bil|b)\s*"
                                          r"(?:ra2am|raqam|rakam|number|nimra)\b|\b(?:mafeesh|mafish|mafesh|mafi|mafee|ma\s+fi|"
                                          r"ma\s+fee|mafeeh|mfish)\s+(?:7ad|had|7add|a7ad|ahad|wa7ed)\s+(?:esmo|ismo|esmoh|ismuh|"
                                          r"esmha|ismha|esmaha|ismaha|bi\s*esm|b\s*esm)\b", negatable=False),
            # "2olt STOP mn zaman, leih lesa bteb3ato?": said stop, why still sending.
            Rule("Arabizi: complaint about more texts", rf"\b(?:2olt|olt|gult|qult|2oltelkom|2oltlkom|2oltlak|2oltlek|"
                                                        rf"2olnalkom|ba3att|b3att|katabt|radeit)\s+(?:(?:lkom|lak|lek|"
                                                        rf"lko|lakom|elkom)\s+)?(?:\w+\s+)?{QUOTED_STOP}\b|"
                                                        r"\b(?:leih|leh|lesh|leish|lish|lih|laih)\s+(?:\w+\s+)?(?:lesa|lissa|"
                                                        r"lessa|lsa|ba3d|ba3dkom|mazal|mazel|ma\s+zal|3am)\s+(?:bt|bit|bet|t)(?:e|i)?"
                                                        r"(?:b3at|ba3at|b3t|b3ath|rsel|rsil|ersel|ersil|rasel|rasl)\w*",
                 negatable=False),
            Rule("remove my number", r"(?:احذف|احذفوا|امسح|امسحوا|شيل|شيلوا|ازيلوا|ازل|ازاله|حذف)\s+"
                                     r"(?:رقمي|اسمي|رقم\s+هاتفي)"),
            Rule("how to stop", r"كيف\s+(?:يمكنني\s+|اقدر\s+|استطيع\s+)?(?:الغاء|ايقاف|اوقف|الغي|اتوقف)"),
            # "ما في داعي ترسلوا", "لا داعي لإرسال الرسائل", "مافي لزوم تبعتولي": no need to send.
            Rule("no need to send", rf"(?:لا|ما\s+في|مافي|ما\s+فيه|مافيه|مفيش|مش|مو|ما\s+له|ماله)\s+(?:اي\s+)?"
                                    rf"(?:داعي|حاجه|لزوم|داع)\s+(?:ان\s+|ل)?(?:{SENDING}|ترسلي|تبعثوا|تبعث|تبعتلي|"
                                    rf"ال?ارسال|ه?{MESSAGES})", negatable=False),
            # Arabizi, as people type it across the region: "kifash nwa9ef had les messages?", "ezay awa2af el rasayel".
            Rule("Arabizi: how to stop", r"(?:kif|kifash|kifach|kifesh|kifeh|kef|keef|kayf|izay|ezay|ezzay|izzay|shlon|"
                                         r"shloon|kaifa)\s+(?:\w+\s+)?(?:n|a|ne|na|e|y)?(?:wa9ef|wa9af|wa2ef|wa2af|wa22af|"
                                         r"wa22ef|waqef|waqqef|lghi|elghi|lgha|algh?i|lghy|la8[iy]|l8[iy]|lagh[iy]|battal|battel|7bes|hbes|sakkar|"
                                         r"ew2af|w2af|wa9f|wa2f|ma3odsh)\w*"),
            # "law sama7t ma tb3atli ay rasayel", "matb3atosh tani", "la tersel": do not send.
            Rule("Arabizi: do not send", r"(?:ma|la|mat|mata|balash|blash|bala)\s*(?:t|te|ti|to)?(?:b3at|ba3at|eb3at|"
                                         r"ib3at|b3ath|ba3ath|rsel|rsil|ersel|ersil|rasel|sift|seft|b3t|ba3t)\w*",
                 negatable=False),
            Rule("wrong number", r"(?:رقم|الرقم)\s+(?:خطا|غلط|خاطي)|\b(?:الرقم|رقمي|هذا\s+الرقم)\s+(?:\w+\s+)?"
                                 r"(?:تغير|اتغير|تبدل|انتقل|صار\s+لشخص)|\bصاحب\s+(?:ال)?رقم\s+(?:ال)?(?:قديم|سابق)|"
                                 r"\b(?:الرقم|هذا\s+الرقم)\s+صار\s+(?:لي|ملكي|عندي|رقمي)|\bصاحب\s+(?:ال)?رقم\s+(?:تغير|اتغير|جديد)|\b(?:مش|مو|ليس|ليست)\s+(?:رقمي|رقمه|رقمها)|\bغلطان(?:ين|ه)?\s+بالرقم|\bالشخص\s+الخطا|"
                                 r"\b(?:مافي|ما\s+في|مفيش|ما\s+فيه|مافيه|لا\s+يوجد)\s+(?:حد|احد|شخص)\s+(?:اسمه|اسمها|باسم)|"
                                 r"\b(?:الرقم|هذا\s+الرقم|هاد\s+الرقم|ده)\s+(?:ليس|مش|مو|مب|موب)\s+(?:رقم\s+(?!ال)\w+|ل(?!ل)\w+)",
                 negatable=False),
            Rule("deceased", r"(?:توفي|توفيت|متوفي|متوفيه|رحمه\s+الله)", negatable=False),
            Rule("consent refused", rf"(?:لم|ما)\s+(?:اشترك|اشتركت|اوافق|وافقت|اسجل|سجلت|اطلب)|"
                                    # "ما طلبت هالرسايل": the texts named ("ما طلبت شي من المطعم" is an order).
                                    rf"\b(?:لم|ما)\s+طلبت\s+(?:ه(?=ال))?{MESSAGES}", negatable=False),
            Rule("legal threat", r"(?:محامي|ساشتكي|شكوى|ازعاج|مزعج)"),
            # "اذا ما وقفتوا راح اشتكي عليكم": a complaint threatened unless they stop
            Rule("threat unless stopped", r"\b(?:اذا|لو|ان)\s+(?:ما|لم|مش|ما\s+راح|ما\s+رح)\s+(?:توقفتوا|وقفتوا|توقفوا|"
                                          r"تتوقفوا|بطلتوا|تبطلوا|توقفو|وقفتو|بطلتو|توقفون|تكفوا|كفيتوا)\s+(?:\w+\s+){0,3}?"
                                          r"(?:(?:س|ب|ه|ح)?(?:اشتكي|ابلغ|اشكيكم|اقدم\s+شكوى)|ببلغ|هبلغ|حبلغ)", negatable=False),
        ),
        Intent.OPT_IN: (
            # Arabizi: back to sending me the texts, named ("rja3to b3atoli les promos", "rag3o eb3atoli el rasayel").
            Rule("Arabizi: send them again", r"(?:rja3|rje3|raj3|rag3|erja3|erga3|ruj3|3awdo|3awedo)\w*\s+(?:\w*(?:b3at|ba3at|"
                                              r"b3ath|rsel|rsil|sift)\w*)\s+(?:(?:el|les|l|hal|al)\s+)?"
                                              rf"(?:{MESSAGES_LATIN}|promos?|promotions?|notifications?|3orod|3ourod|"
                                              r"offres|alerts?)\b"),
            # "badde rja3 estalem el rasayel": wishing to receive the texts (again); "ana badi ashtarik marra tanya":
            # to subscribe again, or to the texts named.
            Rule("Arabizi: receive or subscribe again", rf"{WANT_LATIN}\s+(?:{RETURN_LATIN}\s+)?{RECEIVE_LATIN}\s+{TEXTS_LATIN}|"
                                                        rf"\b{WANT_LATIN}\s+(?:{RETURN_LATIN}\s+)?{SUBSCRIBE_LATIN}\s+"
                                                        rf"(?:(?:\w+\s+){{0,2}}?{AGAIN_LATIN}\b|(?:tani|tany|tanyan)\b|(?:bi|b|fi|fel|bel|bil|3al|3ala|3a)\s*"
                                                        rf"{TEXTS_LATIN})|"
                                                        # "baddi el rasayel tani": wanting them again
                                                        rf"\b{WANT_LATIN}\s+{TEXTS_LATIN}\s+(?:{AGAIN_LATIN}|tani|tany|kaman)\b|"
                                                        # "eb3atouli el rasayel tani": send me them again
                                                        r"\b(?:e|i)?(?:b3at|ba3t|b3t|ba3at|b3ath|rsel|rsil|rasel)(?:o|ou|u|oo)?"
                                                        rf"(?:li|lee|ly|lna)\s+{TEXTS_LATIN}\s+(?:{AGAIN_LATIN}|tani|tany|kaman)\b|"
                                                        rf"^{SUBSCRIBE_LATIN}\s+(?:(?:\w+\s+)?{AGAIN_LATIN}|tani|tany)\b"),
            Rule("resubscribe", r"(?:اعاده\s+الاشتراك|اعيدوا\s+الاشتراك|استيناف\s+الرسائل)"),
            # Not "ارجعوا هذا المنتج" or "اريد ارجاع المنتج" (a return): what comes back is the messages.
            # "رجعولي الرسائل": bring them back to me, one word
            Rule("bring the messages back", rf"(?:استيناف|رجعوا|ارجعوا|اعيدوا|شغلوا|فعلوا|تفعيل|رجعولي|ارجعولي|اعيدولي)\s+(?:لي\s+)?"
                                            rf"{RESUMED}|\b(?:اشتراك|اشترك|اشتركوا|اشتركولي|اشتركوني|اشتركني|سجلني|سجلوني|ضيفني|ضيفوني|رجعني|رجعوني|تفعيل)\s+"
                                            # "تاني" right after the verb: "اشترك بخط تاني" is another line
                                            r"(?:(?:\w+\s+)?(?:مره\s+اخرى|مره\s+ثانيه|من\s+جديد)|تاني|ثاني)\b|"
                                            rf"\b(?:اريد|ابغى|بدي|عايز|احب)\s+(?:استيناف|اعاده|تفعيل)\s+{RESUMED}|"
                                            r"\b(?:ارجع|اعود|ارجع\s+ا?شترك)\s+(?:ا?شترك|للاشتراك|بالاشتراك|في\s+الاشتراك)|"
                                            rf"\b(?:رجعوا|ارجعوا|عودوا)\s+(?:{SEND_TO_ME})\s+{RESUMED}|"
                                            rf"\b(?:{SEND_TO_ME})\s+{RESUMED}\s+(?:مره\s+اخرى|مره\s+ثانيه|من\s+جديد|تاني|"
                                            r"ثاني)|"
                                            # "ابغى ارجع استقبل العروض", "أريد استلام التذكيرات مرة أخرى".
                                            rf"\b(?:اريد|ابغى|ابغي|ابي|بدي|عايز|عاوز|احب|اود)\s+(?:ان\s+)?(?:ارجع|اعود)\s+"
                                            rf"(?:ل|الى\s+)?(?:استقبل|استلم|اتلقى|استقبال|استلام|تلقي)\s+{RESUMED}|"
                                            rf"\b(?:اريد|ابغى|ابغي|ابي|بدي|عايز|عاوز|احب|اود)\s+(?:ان\s+)?(?:استقبل|استلم|اتلقى|"
                                            rf"استقبال|استلام|تلقي)\s+{RESUMED}\s+(?:مره\s+اخرى|مره\s+ثانيه|من\s+جديد|تاني|"
                                            r"ثاني)"),
            # "أريد الاشتراك مرة أخرى", "أرغب في الاشتراك في العروض": wishing to subscribe again, or to the texts named.
            Rule("subscribe again", rf"{WANT}\s+(?:ان\s+)?(?:ال)?(?:اشتراك|اشترك|تسجيل|اسجل)\s+(?:(?:\w+\s+){{0,3}}?{AGAIN}|"
                                    rf"(?:تاني|ثاني)\b|(?:في|ب|على)\s*(?:ال)?{RESUMED})"),
            # "أرجو إضافتي إلى قائمة رسائل توزيع الطعام": added to the list of the texts, named.
            Rule("add me to the texts", rf"{ASKED}(?:اشتركوني|اشتركني|اضافتي|اضافه\s+رقمي|اضفني|اضيفوني|ضيفني|ضيفوني|سجلني|سجلوني|تسجيلي|حطني|حطوني)\s+"
                                        rf"(?:الى|في|على|ل|لل|ب)\s*(?:ال)?(?:قائمه\s+(?:ال)?)?{RESUMED}"),
            # "رجعوني للقائمة", "أعيدوا اشتراكي": back on the list, the subscription restored.
            Rule("put me back on the list", rf"{ASKED}(?:رجعني|رجعوني|ارجعوني|اعيدوني|اعدني)\s+(?:الى|على|ل|لل)\s*(?:ال)?قائمه|"
                                            # "ابغى أرجع للقائمة", "ana baddi erja3 lal list": wishing to be back on it
                                            rf"\b{WANT}\s+(?:ان\s+)?(?:ارجع|اعود|انضم)\s+(?:الى|على|ل|لل)\s*(?:ال)?قائمه|"
                                            rf"\b{WANT_LATIN}\s+{RETURN_LATIN}\s+(?:lal|lil|3al|3la|ela|ila|l)\s*(?:list|lista|liste|"
                                            r"qa2ima|2a2ime|2ayme|qayma)\b|"
                                            rf"\b{ASKED}(?:رجعوا|ارجعوا|اعيدوا|رجعولي|اعيدولي)\s+اشتراكي"),
            # "أريد استقبال الرسائل", "اريد الرسائل مرة اخرى": wishing to receive the texts, named, or them again.
            Rule("want to receive", rf"{WANT}\s+(?:ان\s+)?(?:استقبل|استلم|اتلقى|استقبال|استلام|تلقي)\s+{RESUMED}{BY_OTHER_CHANNEL}|"
                                    rf"\b{WANT}\s+{RESUMED}\s+(?:{AGAIN}|تاني|ثاني){BY_OTHER_CHANNEL}"),
            # "فعّل الرسائل", "شغل التنبيهات": turned on, asked of one person
            Rule("turn the texts on", rf"(?:فعل|شغل|اعد|فعلي|شغلي)\s+(?:لي\s+)?{RESUMED}"),
        ),
        Intent.HELP: (
            Rule("who is this", r"(?:من|مين)\s+(?:اللي\s+)?(?:بيبعت|يبعت|بيرسل|يرسل|باعت|بعت|ارسل)\b|"
                                r"\b(?:من|مين)\s+(?:انت|انتم|انتوا|انتو|انتي|هذا|معي|معايا|معاي|معانا|حضرتك|دا|ده|هاد|"
                                r"هذول)|\b(?:اي|ايه|انهي|اية|شو|ما|ايش|مين)\s+(?:هي\s+)?(?:ال)?(?:شركه|جهه|موسسه|محل|"
                                r"متجر|مكتب)|\bاسم\s+(?:ال)?(?:شركه|جهه)|"
                                r"\b(?:meen|miin|mn|min|men)\s+(?:inta|enta|anta|into|entu|intu|ento|entou|intou|antum|entom|ma3aya|m3aya|m3ay|"
                                r"hada|hadol|hayda|haida)\b|"
                                r"\b(?:shu|sho|shou|shoo|esh|aish|eh|eih|eish)\s+(?:badkon|baddkon|bedkon|biddkon|bidkon|"
                                r"3ayzeen|3awzeen|bghitou|bghito|btrido|bitrido)\b|"
                                r"(?:شو|ايش|ايه|ماذا)\s+(?:بدكم|بدكن|بدكو|تبغون|عايزين|عاوزين|تريدون)|"
                                r"\b(?:shu|sho|esh|aish|eh|eih)\s+(?:hay|hada|hayda|haida|da|de|dol)\b"),
            Rule("what is this", r"(?:ما|شو|ايش|ماذا|ايه)\s+(?:هذا|هذه|هاذا|هاي|هيدي|هادي|هاد|دي|ده)"),
            Rule("how did you get my number", r"(?:كيف|من\s+اين|منين|من\s+وين|وين)\s+(?:حصل|جب|اخذ|لقي|عرف|وصل)\w*\s+"
                                              r"(?:على\s+|ل)?رقمي"),
            Rule("is this a scam", r"(?:احتيال|نصب)|\bهل\s+(?:\w+\s+){0,2}(?:حقيقي|حقيقيه|رسمي|رسميه|مزيف|مزيفه)\b"),
        ),
    },
    filler="من فضلك لو سمحت شكرا رجاء ارجو الان حالا يا يعني ya3ni yani ya3ny akhi habibi 7abibi ba2a ba2",
    filler_phrases=("من فضلك", "لو سمحت", "شكرا لك", "law sama7t", "lw sm7t", "law samaht", "min fadlak",
                    "men fadlak"),
    negators="لا لم ما لن مش مو",
    tails="الان tany tani kaman",
    # "kont 3amel stop bel ghalat": had done stop by mistake.
    mistakes=(r"(?:ba3att|ba3at|b3att|arsalt|katabt|radeit|3amel|3amil|3amelt|3amalt|3malt|3milt|3mlt|darabt|بعتت|ارسلت|كتبت|ضغطت|رديت)\s+(?:\w+\s+){0,2}?"
              rf"(?:{QUOTED_STOP}|ستوب|توقف|الغاء)\s+(?:\w+\s+)?(?:bel|bil|b)?\s*(?:ghalat|8alat|غلط|بالغلط|بالخطا|خطا)|"
              r"(?:بالغلط|بالخطا|bel\s+ghalat|bil\s+ghalat)\s+(?:\w+\s+){0,2}(?:stop|ستوب|توقف)|"
              # "ألغيت الاشتراك بالغلط": the subscription cancelled by mistake, with no verb of sending
              r"(?:الغيت|لغيت|اوقفت|وقفت|كنسلت)\s+(?:ال)?(?:اشتراك\w*|رسايل)\s+(?:\w+\s+)?(?:بالغلط|بالخطا|غلط|خطا|"
              r"من\s+غير\s+قصد|دون\s+قصد)|(?:بالغلط|بالخطا)\s+(?:الغيت|لغيت|اوقفت|وقفت|كنسلت)\s+(?:ال)?(?:اشتراك\w*|رسايل)"),
    # "الغاء الاشتراك في النشرة البريدية": the newsletter (نشرة) is another subscription.
    other_targets=(r"(?:طلب|الطلب|طلبي|موعد|الموعد|موعدي|المكالمات|الاتصال|البريد|الايميل|التوصيل|الشحنه|"
                   r"كشف\s+(?:ال)?حساب\w*|(?:ال)?كشوفات|(?:ال)?فاتوره|(?:ال)?فواتير|(?:ال)?بطاقه|الحساب|حسابي|"
                   r"(?:(?:ال)?اشتراك\s+)?(?:في\s+)?(?:ال)?(?:مجله|جريده|صحيفه|نادي|جيم|صاله|نشره|نشرات))"),
    # "وقفوا الاتصالات، الرسائل ما في مشكلة": the texts are fine, something else is not
    texts_welcome=(r"(?:الرسايل|رسايل|المسجات)\s+(?:ما\s+في\s+مشكله|تمام|عادي|ماشي)|"
                   r"\b(?:rasayel|el\s+rasayel)\s+(?:tamam|3adi|mashi|ok)\b"),
)
