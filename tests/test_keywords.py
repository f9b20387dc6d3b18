"""The keyword engine: the labelled corpora, and the rules users rely on, one by one."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from keyword_report import CORPORA, HOLDOUT_SETS, TUNING_SETS, evaluate, load, report
from optout_core.keywords import Intent, KeywordEngine, MatchingMode, classify, normalise

OPT_OUT_TARGET = 0.98
LANGUAGES = {"en", "fr", "es", "pt", "de", "it", "pl", "ru", "zh", "ja", "ko", "vi", "tl", "ar", "ht", "hi"}


def _neither_opt_out_nor_opt_in(text: str) -> bool:
    """What a look-alike must be: nothing, or at most a help request; never a change to the list."""
    return classify(text).intent not in (Intent.OPT_OUT, Intent.OPT_IN)


def test_the_corpus_is_large_and_covers_every_class_and_language():
    examples = load(CORPORA["corpus"])
    assert len(examples) >= 300
    assert {example.label for example in examples} == set(Intent)
    assert {"en", "fr", "es", "pt", "de", "it", "pl", "ru"} <= {example.language for example in examples}


def test_the_tuning_set_has_opt_outs_and_help_requests_and_hard_negatives_in_every_language():
    examples = load(CORPORA["tuning"])
    for language in LANGUAGES:
        labels = {example.label for example in examples if example.language == language}
        assert {Intent.OPT_OUT, Intent.HELP} <= labels, language
        assert Intent.NONE in labels or language == "pl", language


@pytest.mark.parametrize("name", TUNING_SETS)
def test_opt_out_precision_and_recall_meet_the_target_on_the_tuning_sets(name):
    scores, errors = evaluate(load(CORPORA[name]), MatchingMode.INTENT)
    wrong = "\n".join(f"  {e.label.value} read as {guess.value}: {e.text!r}" for e, guess in errors)
    assert scores[Intent.OPT_OUT].precision >= OPT_OUT_TARGET, report() + "\n" + wrong
    assert scores[Intent.OPT_OUT].recall >= OPT_OUT_TARGET, report() + "\n" + wrong


@pytest.mark.parametrize("name", [name for name in HOLDOUT_SETS if name in CORPORA])
def test_on_unseen_messages_intent_matching_beats_what_the_big_providers_do(name):
    """The holdout sets were labelled apart and never used for tuning; exact is Twilio's rule, leading AWS's."""
    examples = load(CORPORA[name])
    ours, _ = evaluate(examples, MatchingMode.INTENT)
    for baseline in (MatchingMode.EXACT, MatchingMode.LEADING):
        theirs, _ = evaluate(examples, baseline)
        assert ours[Intent.OPT_OUT].recall > theirs[Intent.OPT_OUT].recall, report()
    # Never trading safety for recall: what we read as an opt-in must be one.
    assert ours[Intent.OPT_IN].precision == 1.0, report()


@pytest.mark.parametrize("text, normalised", [
    ("ARRÊT", "arret"),
    ("  “Stop!!” 🛑 ", "stop"),
    ("ＳＴＯＰ", "stop"),
    ("Opt-Out", "opt out"),
    ("Don't   text\tme", "don t text me"),
    ("Wyłącz", "wylacz"),
    ("ОСТАНОВИТЬ", "остановить"),
])
def test_normalisation(text, normalised):
    assert normalise(text) == normalised


@pytest.mark.parametrize("text, intent, rule", [
    ("STOP", Intent.OPT_OUT, "keyword"),
    ("stop please", Intent.OPT_OUT, "keyword with filler"),
    ("Stop. Thank you", Intent.OPT_OUT, "keyword with filler"),
    ("pls stop", Intent.OPT_OUT, "keyword with filler"),
    ("I'm driving, stop", Intent.OPT_OUT, "keyword as a sentence"),
    ("I never signed up for this", Intent.OPT_OUT, "phrase: consent refused"),
    ("could you stop", Intent.OPT_OUT, "keyword in a request: could you"),
    ("how can I stop getting these", Intent.OPT_OUT, "phrase: how to stop"),
    ("this was my mother's phone, she passed", Intent.OPT_OUT, "phrase: wrong number"),
    ("please stop texting me", Intent.OPT_OUT, "phrase: stop contacting"),
    ("cancle", Intent.OPT_OUT, "keyword with a typo"),
    ("pls unsubcribe me", Intent.OPT_OUT, "phrase: unsubscribe misspelt"),
    ("Stooop", Intent.OPT_OUT, "keyword spaced out or stretched"),
    ("START", Intent.OPT_IN, "keyword"),
    ("I'm confused. HELP", Intent.HELP, "keyword as a sentence"),
    ("how did you get my number", Intent.HELP, "phrase: how did you get my number"),
    ("I sent stop by mistake, add me back", Intent.OPT_IN, "phrase: opt-out sent by mistake"),
])
def test_every_decision_names_its_rule_and_words(text, intent, rule):
    decision = classify(text)
    assert (decision.intent, decision.rule) == (intent, rule)
    assert decision.matched and decision.language
    assert rule in decision.explain() and intent.value in decision.explain()


@pytest.mark.parametrize("text", [
    "I can't stop laughing", "stop by the store tomorrow?", "when does the sale end?",
    "can I cancel my appointment?", "please don't stop sending deals", "My wife said to stop texting you guys",
    "Can I opt out of paper receipts?",
])
def test_keywords_in_another_sense_or_negated_do_not_opt_out(text):
    assert classify(text).intent is Intent.NONE


def test_negation_does_not_turn_a_revocation_into_an_opt_in():
    assert classify("don't start texting me again").intent is Intent.OPT_OUT


def test_only_start_and_help_are_read_through_a_typo_besides_opt_outs():
    # "Recibí" (I received it) is one letter from RECIBIR: reading it as an opt-in would text someone who said STOP.
    assert classify("Recibí").intent is Intent.NONE
    # START with two letters swapped is START (labelling policy); so is HELP.
    assert classify("strat").intent is Intent.OPT_IN and classify("statr").intent is Intent.OPT_IN
    assert classify("hlep").intent is Intent.HELP
    assert classify("stars").intent is Intent.NONE


@pytest.mark.parametrize("text, language", [
    ("ARRÊT", "fr"), ("Baja", "es"), ("PARAR", "pt"), ("Stopp", "de"), ("Basta", "it"), ("Zatrzymaj", "pl"),
    ("Стоп", "ru"), ("AIDE", "fr"), ("Ayuda", "es"),
])
def test_other_languages_are_recognised_with_their_language(text, language):
    decision = classify(text)
    assert decision.intent is not Intent.NONE and decision.language == language


@pytest.mark.parametrize("mode, text, intent", [
    (MatchingMode.EXACT, "STOP", Intent.OPT_OUT),
    (MatchingMode.EXACT, "STOP please", Intent.NONE),
    (MatchingMode.EXACT, "please stop texting me", Intent.NONE),
    (MatchingMode.LEADING, "STOP please", Intent.OPT_OUT),
    (MatchingMode.LEADING, "stop by the store tomorrow?", Intent.OPT_OUT),  # what leading matching means
    (MatchingMode.LEADING, "please stop", Intent.NONE),
    (MatchingMode.INTENT, "please stop", Intent.OPT_OUT),
])
def test_matching_modes(mode, text, intent):
    assert KeywordEngine(mode).classify(text).intent is intent


def test_a_senders_extra_keywords_count_in_its_language():
    engine = KeywordEngine(extra_keywords={Intent.OPT_OUT: ["Halte là"], Intent.HELP: ["SOS"]}, extra_language="fr")
    decision = engine.classify("halte la!")
    assert (decision.intent, decision.language) == (Intent.OPT_OUT, "fr")
    assert engine.classify("sos").intent is Intent.HELP
    assert classify("sos").intent is Intent.NONE


@pytest.mark.parametrize("text", [
    # Complaints, narration, questions and negations that mention subscribing: reading any of them as an opt-in
    # would text someone who said STOP.
    "I said stop. Why did you sign me up again?",
    "Why did you put me back on your list?",
    "You put me back on the list after I said no",
    "Nunca me suscribí a esto",
    "No quiero que me suscriban",
    "Je ne veux pas me réabonner",
    "Não quero mais me inscrever",
    "Who told you to sign me up?",
    "At no point did I opt in",
    "Do I need to opt in to get the discount?",
    "quiero de-suscribirme",
    "Don't you dare start texting me again",
    "为什么又恢复推送了？",          # a question with a full-width question mark: it asks, it does not request
    "yo mete m sou lis la san pèmisyon",  # "they put me on the list": told, not asked for
    "番号を間違えて送っています。停止してください",  # the sender's mistake, not an opt-out sent by mistake
    "اريد ارجاع المنتج",             # "I want to return the product"
    "Tôi muốn nhận lại tiền",        # "I want my money back"
    "Annulez ma commande, je me suis trompé de taille",  # a mistake, but no STOP was sent by it
    "Why do you text me the promos at 6am?",
    "who told you to add me?",
    "Can you send me the reminders by email instead of text?",  # another channel
    "add me on snapchat",
    "Do I have to sign up for text alerts to get the coupon?",
])
def test_nothing_that_is_not_a_plain_request_opts_back_in(text):
    assert classify(text).intent is not Intent.OPT_IN


@pytest.mark.parametrize("text", ["quiero de-suscribirme", "Don't you dare start texting me again"])
def test_those_that_ask_to_stop_opt_out(text):
    assert classify(text).intent is Intent.OPT_OUT


@pytest.mark.parametrize("text", ["Please add me back to the list", "Opt me back in", "resubscribe please"])
def test_plain_requests_still_opt_back_in(text):
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", ["Cancer", "Remote", "Removed?"])
def test_real_words_near_a_keyword_are_not_typos(text):
    assert classify(text).intent is Intent.NONE


def test_invisible_characters_cannot_hide_a_keyword():
    for mode in MatchingMode:
        assert KeywordEngine(mode).classify("S\u200bTOP\u00ad").intent is Intent.OPT_OUT


@pytest.mark.parametrize("text, language", [
    ("退订", "zh"), ("請停止發送簡訊", "zh"), ("配信停止してください", "ja"), ("문자 그만 보내세요", "ko"),
    ("Dừng lại", "vi"), ("dung lai", "vi"), ("Tigil na po", "tl"), ("إلغاء الاشتراك", "ar"), ("sispann voye mesaj", "ht"),
    ("message mat bhejo", "hi"),
    # The English word carriers advertise, inside a script without spaces, or quoted in a complaint.
    ("拜託你們stop吧", "zh"), ("đã bảo STOP rồi mà!!", "vi"), ("M di nou STOP deja", "ht"),
    ("الرقم تغير صاحبه", "ar"),  # the number has a new owner
    ("bas khalas, ma baddi rasayel", "ar"),  # Arabic in Latin letters
    ("Wie meldet man sich hier ab?", "de"),   # German separable verbs
    ("Diese SMS bitte abbestellen", "de"),    # and the verb last
    ("cofam zgodę na wiadomości", "pl"), ("ne pishite bolshe", "ru"), ("Vi ho già detto di smetterla", "it"),
    ("dejen de estar mandando mensajes", "es"), ("favor de no enviar mas mensajes", "es"),
    ("số này không phải của tôi", "vi"), ("wag nyo na ko itext", "tl"), ("mujhe message mat karo", "hi"),
])
def test_the_new_languages_opt_out_with_their_language(text, language):
    decision = classify(text)
    assert (decision.intent, decision.language) == (Intent.OPT_OUT, language)


@pytest.mark.parametrize("text", ["no me interesa, gracias", "pas intéressé", "kein Interesse", "不感兴趣", "관심 없어요",
                                  "迷惑メールです"])
def test_a_weak_refusal_in_any_language_opts_out_and_is_flagged_for_review(text):
    decision = classify(text)
    assert decision.intent is Intent.OPT_OUT and decision.review


@pytest.mark.parametrize("text, intent", [
    ("幫助", Intent.HELP), ("你是谁？", Intent.HELP), ("누구세요?", Intent.HELP), ("Ai vậy?", Intent.HELP),
    ("Sino po ito?", Intent.HELP), ("من أنت؟", Intent.HELP), ("kiyès ou ye?", Intent.HELP), ("aap kaun ho?", Intent.HELP),
    ("重新订阅", Intent.OPT_IN), ("配信再開", Intent.OPT_IN), ("수신동의", Intent.OPT_IN), ("Đăng ký lại", Intent.OPT_IN),
    ("ابدأ", Intent.OPT_IN), ("Kòmanse", Intent.OPT_IN), ("phir se bhejo", Intent.OPT_IN), ("start ulit po", Intent.OPT_IN),
])
def test_the_new_languages_ask_for_help_and_opt_back_in(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "不要停，继续发优惠",      # don't stop: a negation before the verb, no spaces to find it by
    "停止しないでください",    # Japanese negates after the verb
    "중지하지 마세요",         # so does Korean
    "取消订单",               # cancel the ORDER
    "주문 취소해 주세요",       # the object comes first in Korean
    "mera order cancel kar do",  # and in Hindi
    "band mat karo",          # don't stop
    "Đúng",                   # "right": not "dừng" (stop) once accents are read
    "لا توقف العروض",         # don't stop the offers
    "我妹妹说她已经回复退订了",  # someone else's words, in a script without spaces
    "メールマガジンの配信停止はどこから？",  # the e-mail newsletter's delivery, named before the verb
    "이메일 수신거부는 어떻게 하나요? 문자는 괜찮아요",  # e-mail; and the texts are fine
    "Können Sie meine Bestellung stoppen?",  # the object between the question and its verb
    "Как отключить автоплатеж?",            # autopay, not these texts
    "no me interesa el precio",              # declines one thing, named
    "别烦恼",                                # "don't worry", not "don't bother me"
    "hindi ko kailangan ng resibo",          # a receipt is not needed
])
def test_negations_and_other_targets_in_scripts_without_spaces_or_other_word_orders(text):
    assert classify(text).intent is Intent.NONE


def test_arabic_vowel_marks_and_letter_forms_and_traditional_chinese_are_folded():
    assert normalise("تَوَقَّفْ") == normalise("توقف")
    assert normalise("إلغاء") == normalise("الغاء")
    assert normalise("退訂") == normalise("退订")
    assert normalise("Dừng") == "dung" and normalise("đúng") != "dung"


@pytest.mark.parametrize("text", [
    "stop calling me", "cancel my order", "stop the refill", "stop sending the wrong item",
    "unsubscribe me from emails", "stop it you're too funny", "My friend said to stop texting you guys, ha",
    "How do I unsubscribe from the newsletter?",
])
def test_requests_aimed_at_something_else_or_jokes_or_reported_speech_are_not_opt_outs(text):
    assert classify(text).intent is Intent.NONE


@pytest.mark.parametrize("text", [
    "can you quit messaging me", "is there a way to turn these off", "what do I send to make these end?",
    "why do you keep texting, I already said stop", "wrong person, please delete",
    "this was my mother's phone, she passed, take it off", "I never agreed to this, next one goes to my lawyer",
    "on the do-not-call list, remove me", "stop texting and calling me",
])
def test_plain_requests_no_phrase_list_knows_opt_out(text):
    assert classify(text).intent is Intent.OPT_OUT


def test_a_genuinely_ambiguous_opt_out_is_flagged_for_review_and_a_clear_one_is_not():
    ambiguous = classify("STOP! The refill is wrong")
    assert ambiguous.intent is Intent.OPT_OUT and ambiguous.review and "refill" in (ambiguous.review_reason or "")
    assert "review: " in ambiguous.explain()
    assert classify("Not interested").review
    assert classify("unsubscibe").review  # a typo
    for clear in ("STOP", "please stop texting me", "remove me from your list"):
        assert not classify(clear).review and classify(clear).review_reason is None


def test_classification_does_not_depend_on_hash_order():
    """Same text, same decision, on every machine: two interpreters with different hash seeds agree."""
    script = ("import sys; sys.path.insert(0, 'tests'); from keyword_report import CORPORA, load; "
              "from optout_core.keywords import classify; "
              "print([classify(e.text) for name in CORPORA for e in load(CORPORA[name])])")
    root = Path(__file__).resolve().parents[1]
    outputs = {subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed, "LC_ALL": "C"}).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1 and outputs.pop()


@pytest.mark.parametrize("text", [
    "can I cancel the pickup", "how do I stop the car alarm", "can I stop taking the pills?",
    "how do I opt out of sharing my data", "opt out of the extended warranty please", "stop taking my money",
    "how do I turn off the push notifications in your app?", "unsubscribe me from the marketing emails",
    "the texts stop at 9pm?", "can you stop the water service at the old house", "Stop & Shop coupons accepted?",
    "ok cancel that, I'll come Tuesday instead", "take 10 off the list price", "how do I stop spam calls",
    "the app keeps crashing, how do i stop it", "How do I block someone on this app", "Please stop the ads on your website",
    "Stop the subscription box", "It says reply STOP to opt out, what does that do?",
])
def test_the_object_named_after_a_verb_of_ending_decides_what_it_stops(text):
    """The object, not a list of phrases: a noun phrase or an activity that is not our messages is something else."""
    assert classify(text).intent is not Intent.OPT_OUT


@pytest.mark.parametrize("text", [
    "stop the walgreens texts", "turn off the low balance alerts please", "can u quit sendin me these",
    "stop your company from texting me", "knock it off with the texts", "this isnt marias number",
    "I gave my old phone to my nephew", "consent revoked", "i didnt give ya my number", "Reply STOP",
    "I'm good on the promos", "no need to message me anymore", "I already opted out", "where do i unsubscribe",
    "pls unsubcribe me", "remove 555-201-3349 from your list", "\U0001F6D1", "remove from your list",
    "Who gave you permission to text me?", "please cease all communication", "Reported as spam",
    "how do i stop people from texting me", "Quit asking me for money",
])
def test_described_messages_idioms_and_other_wordings_opt_out(text):
    assert classify(text).intent is Intent.OPT_OUT


@pytest.mark.parametrize("text, intent", [
    ("stop? no wait, I want to keep getting these. START", Intent.OPT_IN),  # a correction withdraws what came before
    ("STOP. Never mind.", Intent.NONE),
    ("Don't cancel my order! I clicked the wrong button", Intent.NONE),  # the mistake may be about the order
    ("My husband texted STOP on my phone as a joke, please start them again", Intent.OPT_IN),
    ("I unsubscribed last month but I miss the coupons, put me back on", Intent.OPT_IN),
    ("Un-stop. I need the school closing alerts this winter", Intent.OPT_IN),
])
def test_corrections_and_mistakes_are_read_as_the_writer_meant(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text, intent", [
    # Opt-out keywords one after another, in one language or two.
    ("alto basta", Intent.OPT_OUT), ("khalas stop", Intent.OPT_OUT), ("STOP giùm cái", Intent.OPT_OUT),
    # Which business is this, by its kind, in every language.
    ("¿Qué clínica es esta?", Intent.HELP), ("vous êtes quel garage ?", Intent.HELP), ("đây là nhà thuốc nào vậy", Intent.HELP),
    ("어느 병원이세요?", Intent.HELP), ("Anong clinic po ito?", Intent.HELP), ("ki lekòl sa a?", Intent.HELP),
    ("что это за клиника?", Intent.HELP), ("De onde vem esta mensagem?", Intent.HELP),
    ("제 연락처는 어떻게 아셨어요?", Intent.HELP), ("من وين جبتوا رقمي؟", Intent.HELP),
    # A number that is no longer someone's, a stop verb with its object in other words.
    ("Ce numéro n'est plus celui de Marie", Intent.OPT_OUT), ("nimewo sa a pa pou Jak ankò", Intent.OPT_OUT),
    ("هذا الرقم صار لي، مو لصاحب الرقم السابق", Intent.OPT_OUT), ("ça suffit avec vos SMS", Intent.OPT_OUT),
    ("بطلوا ترسلوا لي", Intent.OPT_OUT), ("Pa voye m anyen ankò", Intent.OPT_OUT), ("proszę wykreślić mój numer", Intent.OPT_OUT),
    ("Nie przysyłać mi więcej wiadomości", Intent.OPT_OUT), ("Favor remover meu número", Intent.OPT_OUT),
    ("配信を解除するにはどうしたらいい？", Intent.OPT_OUT), ("문자 그만 보내라고 했잖아요", Intent.OPT_OUT),
    # Opt-ins in plain words, and opt-outs taken back with a change of mind.
    ("¿Me pueden volver a agregar a la lista?", Intent.OPT_IN), ("remets-moi sur ta liste stp", Intent.OPT_IN),
    ("me di de baja el mes pasado pero ahora quiero volver a recibir ofertas", Intent.OPT_IN),
    ("j'ai envoyé stop mais j'ai changé d'avis", Intent.OPT_IN), ("예전에 수신거부 했는데 다시 받고 싶어요", Intent.OPT_IN),
    ("之前回复了退订，现在又想收到优惠信息", Intent.OPT_IN), ("em lỡ nhắn STOP, đăng ký lại giúp em", Intent.OPT_IN),
    ("nag stop ako dati pero nagbago isip ko, pa-on ulit", Intent.OPT_IN), ("Pwede po ba ulit ako mag-subscribe?", Intent.OPT_IN),
    ("cho mình nhận lại tin khuyến mãi nha", Intent.OPT_IN), ("またクーポンを受け取りたいです", Intent.OPT_IN),
    ("بدي ارجع استقبل الرسائل", Intent.OPT_IN), ("m vle rekòmanse resevwa mesaj yo ankò", Intent.OPT_IN),
    ("mujhe dobara sale ke messages chahiye", Intent.OPT_IN), ("다시 알림 받고 싶어요", Intent.OPT_IN), ("Ativar", Intent.OPT_IN),
    ("Reactiven mis alertas por favor", Intent.OPT_IN), ("je veux de nouveau recevoir vos messages", Intent.OPT_IN),
    ("sigan mandándome las ofertas otra vez por favor", Intent.OPT_IN), ("اشتركني مرة اخرى", Intent.OPT_IN),
    ("quién me está escribiendo?", Intent.HELP), ("Von wem ist diese SMS?", Intent.HELP), ("Ist das Spam?", Intent.HELP),
    ("Chi mi scrive?", Intent.HELP), ("Кто мне пишет?", Intent.HELP), ("누가 보낸 거예요?", Intent.HELP),
    ("이거 스팸인가요?", Intent.HELP), ("ye kaun bhej raha hai?", Intent.HELP), ("帮帮我", Intent.HELP),
    ("ich brauche diese SMS nicht mehr", Intent.OPT_OUT), ("agréguenme a la lista", Intent.OPT_IN),
    ("Podem voltar a enviar as mensagens?", Intent.OPT_IN), ("Bitte schicken Sie mir wieder Nachrichten", Intent.OPT_IN),
    ("请重新给我发短信", Intent.OPT_IN), ("i-resume nyo po ulit", Intent.OPT_IN),
    ("phir se message bhejna shuru karo", Intent.OPT_IN), ("mujhe wapas list me daal do", Intent.OPT_IN),
    ("vocês voltaram a enviar as mensagens mesmo depois que eu pedi pra parar", Intent.OPT_OUT),
    ("pourquoi je reçois encore vos messages alors que j'ai dit stop ?", Intent.OPT_OUT),
    # "Why are you texting me?" asks for help, as in English; "why do you KEEP texting me" is a complaint.
    ("¿por qué me mandan mensajes?", Intent.HELP), ("pourquoi vous m'écrivez ?", Intent.HELP),
    ("Warum schreiben Sie mir?", Intent.HELP), ("Почему вы мне пишете?", Intent.HELP), ("你们为什么给我发短信？", Intent.HELP),
    ("왜 저한테 문자 보내세요?", Intent.HELP), ("bakit nyo ako tinetext?", Intent.HELP),
    ("왜 자꾸 문자 보내세요?", Intent.OPT_OUT), ("pourquoi vous m'écrivez encore ?", Intent.OPT_OUT),
    ("Warum schreiben Sie mir immer noch?", Intent.OPT_OUT), ("por que vocês ainda mandam mensagem?", Intent.OPT_OUT),
    ("¿Y esto qué es?", Intent.HELP), ("Was ist das für eine Nachricht?", Intent.HELP), ("这是干什么的？", Intent.HELP),
    ("cái gì đây?", Intent.HELP), ("شو هاي الرسالة؟", Intent.HELP), ("ye message kis baare me hai?", Intent.HELP),
    ("stop ya akhi", Intent.OPT_OUT),
])
def test_more_wordings_in_every_language(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "dung ngung gui nha, minh thich",        # "đừng ngừng gửi" typed without accents: don't stop sending
    "엄마가 단 음식은 그만하라고 하셨어요",      # what someone else told the writer to stop
    "이메일 뉴스레터 구독 취소해 주세요",        # the e-mail newsletter
    "薬を飲むのをやめていいですか",             # leave to stop an activity
    "タバコを吸うのをやめたい",                 # an activity, not our messages
    "운동 다시 시작할게요",                   # restarting something else
    "me pueden volver a agregar el producto al carrito?", "Je voudrais recevoir mon colis de nouveau",
    "cho tôi nhận lại tiền", "また荷物を受け取りたいです", "اريد استلام الطلب مره اخرى", "pwede ba ulit ako mag order?",
    "Katalog abbestellen",                    # German: the object before the verb
    "arrêtez avec vos blagues",
    "unsubscribe mat karo", "stop mat karo",   # Hindi negates an English verb after it
    "我不想退订",                              # I don't want to unsubscribe
    "Ich will die Bestellung nicht mehr", "mandenme la factura otra vez",
    # A list, a code or a password that is not the texts, and someone else's wish.
    "agréguenme a la lista de espera", "请重新给我发一下验证码", "Schicken Sie mir bitte wieder die Rechnung",
    "비밀번호 다시 받고 싶어요", "mis padres quieren volver a recibir las ofertas", "quiero recibir mi reembolso de nuevo",
    "계속 보내주세요",                          # keep sending them
])
def test_other_objects_activities_and_someone_elses_words_are_not_requests(text):
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text", [
    "please text me the weekly specials", "Could I get the school alerts on this phone too?",
    "how can I get text reminders for my prescriptions?", "we want the storm alerts by text",
    "can you add my number for the pickup alerts", "use this number for the reminders from now on",
    "turn text alerts on", "Please enroll me in text alerts", "I miss your texts, can I get them again?",
    "turn the deal texts back on", "I'd like to join the text list",
    # a new number of one's own, to be used for the texts: not a number with a new owner
    "I got a new number, please send the alerts here",
])
def test_opt_ins_in_plain_words_that_name_the_texts(text):
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", ["can I get the alerts turned off", "how do I get my number removed"])
def test_asking_to_have_the_texts_switched_off_is_an_opt_out_not_an_opt_in(text):
    assert classify(text).intent is Intent.OPT_OUT


@pytest.mark.parametrize("text", [
    "what invoice? I never hired you", "which game is this for", "who is Dr. Patel and why is he texting me",
    "who runs this number", "is this Amazon for real?", "is this the gym on Main or the one downtown?",
    "what's the phone number for the front office", "what is this in reference to", "I don't know who this is",
    "How do I contact you?", "why did I get this text",
])
def test_help_questions_without_the_word_help(text):
    assert classify(text).intent is Intent.HELP


@pytest.mark.parametrize("text", [
    "what time is pickup", "what a deal", "what kind of pizza do you have",
    "the sink is leaking again, who do I talk to",  # a question about something else, not about these texts
])
def test_questions_about_other_things_are_not_help_requests(text):
    assert classify(text).intent is Intent.NONE


@pytest.mark.parametrize("text", [
    "quit sending me the weekly schedule every week", "these alerts need to go", "enough already with the messages",
    "I don't need parking alerts", "notifications off", "stop to end", "quit asking me for reviews",
    "I told you people to stop last week", "this is the third time I've asked to be removed",
])
def test_more_ways_of_asking_to_stop(text):
    assert classify(text).intent is Intent.OPT_OUT


@pytest.mark.parametrize("text", [
    "can you cancel my service call tomorrow", "please cancel the text message plan",  # the word describes a call, a plan
    "he doesn't have a ride, can I bring him",  # not a number with a new owner
    "cancel the membership, I didn't ask for it",  # "it" is the membership
    "the texts can go to my wife's phone", "atop", "shop",
])
def test_what_only_looks_like_a_request_to_stop(text):
    assert classify(text).intent is not Intent.OPT_OUT


def test_stop_typed_with_a_key_next_to_the_right_one_opts_out_flagged():
    for typo in ("stoo", "Stip", "stol"):
        decision = classify(typo)
        assert decision.intent is Intent.OPT_OUT and decision.review, typo


@pytest.mark.parametrize("text", ["But.", "but", "pero", "But but"])
def test_a_message_of_nothing_but_a_contrast_word_is_no_request(text):
    """"But." alone leaves no clause once "but" is split off: it used to stop classification with an error, and an
    inbound event that fails is delivered again and again."""
    assert classify(text).intent is Intent.NONE


@pytest.mark.parametrize("text, intent", [
    ("is this Dr. Kim's office?", Intent.HELP),  # a title's full stop does not end the sentence
    ("how do I know this is legit", Intent.HELP), ("is the link safe?", Intent.HELP),
    ("what do I reply to confirm?", Intent.HELP), ("is this for me?", Intent.HELP),
    ("what are you guys selling", Intent.HELP), ("who signed me up for this?", Intent.HELP),
    ("did my wife sign me up for this?", Intent.HELP), ("how long will I get these?", Intent.HELP),
    ("What's the deal with these texts", Intent.HELP), ("How'd you get my number", Intent.HELP),
    ("can you start texting me the shifts again", Intent.OPT_IN), ("I want to be on the text list", Intent.OPT_IN),
    ("I'd love to get text alerts", Intent.OPT_IN), ("put me down for text alerts", Intent.OPT_IN),
    ("stop mandando mensajes", Intent.OPT_OUT),  # Spanglish
    ("No Denise here", Intent.OPT_OUT), ("I'm not a member anymore so you can stop", Intent.OPT_OUT),
    ("I switched to CVS, no need for these anymore", Intent.OPT_OUT), ("I'm begging you to stop", Intent.OPT_OUT),
    ("do not want", Intent.OPT_OUT),
])
def test_titles_links_spanglish_and_more_plain_requests(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "stop sending me the wrong order every week",  # the wrong thing, however often
    "is it the blue one or the red one?", "no problem here", "no parking here", "you can stop by anytime",
])
def test_look_alikes_of_those_requests_are_not_them(text):
    assert classify(text).intent is Intent.NONE


@pytest.mark.parametrize("text, intent", [
    # a way, an option or a setting to stop; what is made to stop coming; a wish not to receive
    ("is there a setting to turn these off", Intent.OPT_OUT), ("do you have an option to unsubscribe", Intent.OPT_OUT),
    ("how can I make these stop showing up", Intent.OPT_OUT), ("how do I get the alerts to cease", Intent.OPT_OUT),
    ("I'd prefer not to get these texts", Intent.OPT_OUT), ("we would like not to receive these", Intent.OPT_OUT),
    # wasting their time or money on me; texting as dictation splits it; deactivate; a name after STOP
    ("you're wasting your time texting me, I'm not buying", Intent.OPT_OUT),
    ("quit wasting your money on these texts", Intent.OPT_OUT), ("stop text ing me", Intent.OPT_OUT),
    ("deactivate these alerts", Intent.OPT_OUT), ("Stop CVS", Intent.OPT_OUT), ("unsub Verizon", Intent.OPT_OUT),
    # help: the thing a text names, a sender by its kind of business, a person to reach, a reply, a cost, an id
    ("what is this fee", Intent.HELP), ("what is this meeting next week about", Intent.HELP),
    ("is this Grid Electric?", Intent.HELP), ("is this Lakeside Dental", Intent.HELP),
    ("which clinic is this for I go to two", Intent.HELP), ("how can I speak to a human", Intent.HELP),
    ("how do I get a hold of the front desk", Intent.HELP), ("is there a phone number to call for billing", Intent.HELP),
    ("how should I reply to confirm my spot", Intent.HELP), ("how much will these alerts cost me", Intent.HELP),
    ("what are the text rates", Intent.HELP), ("where do I find my policy number", Intent.HELP),
    ("can I choose which alerts I get", Intent.HELP), ("what is the promo exactly", Intent.HELP),
    ("who can I talk to about this", Intent.HELP), ("can I speak to a real person", Intent.HELP),
    ("I don't understand this text", Intent.HELP), ("do I need to respond to this?", Intent.HELP),
    ("am I texting with a bot?", Intent.HELP), ("will I be charged for these texts", Intent.HELP),
    ("Quick question", Intent.HELP), ("is this the real Summit Bank", Intent.HELP),
    # opt-in: asked plainly, named, by text, again after a sentence that lost its full stop, a switch-off undone
    ("notify me by text when the part comes in", Intent.OPT_IN), ("keep me posted by text", Intent.OPT_IN),
    ("Start deals", Intent.OPT_IN), ("start the outage alerts again", Intent.OPT_IN),
    ("bring back the reminders", Intent.OPT_IN), ("sign me up again please I lost my old phone", Intent.OPT_IN),
    ("put my new number on the appointment reminders", Intent.OPT_IN), ("add me to the choir list texts", Intent.OPT_IN),
    ("please enroll me in text alerts for my deliveries", Intent.OPT_IN),
    ("they stopped coming last month, could you turn them back on", Intent.OPT_IN),
    ("I accidentally switched off my reminders", Intent.OPT_IN), ("switched them off by accident, sorry", Intent.OPT_IN),
])
def test_plain_requests_in_more_structures(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "stop wasting my time", "you are wasting your time on the phone calls", "I'd rather not get a flu shot",
    "I'd like to not receive the paper bill anymore", "is there an option to pay online",
    "how do I make the app stop crashing", "how do I get my son to quit vaping", "can I stop coming to the sessions",
    "cancel service at 412 Maple St", "I need to stop the service at our old house", "stop payment", "stop lying",
    "stop Tuesday", "stop refill", "deactivate my account", "is this covered by my insurance", "is it ready yet",
    "is this still available", "why do you only text me when I'm at work", "they text me when it's ready",
    "add my new number to my account", "enroll me in the rewards program", "add me to the waitlist",
    "I accidentally turned off my alarm", "how do I talk to my doctor about this", "how much do the pills cost",
    "what's my account balance", "do I need to bring anything", "will I be charged a late fee",
    "Keep the texts coming!",  # keeping them changes nothing
])
def test_look_alikes_of_those_structures_change_nothing(text):
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text, intent", [
    # done with them, tired of them, nothing to do with them; a wrong family; not a customer; refrain from texting
    ("so done getting these", Intent.OPT_OUT), ("we're done with your alerts", Intent.OPT_OUT),
    ("I want nothing to do with these", Intent.OPT_OUT), ("I'm so fed up with these reminders", Intent.OPT_OUT),
    ("you have the wrong household", Intent.OPT_OUT), ("I'm not a patient there", Intent.OPT_OUT),
    ("we don't bank there anymore", Intent.OPT_OUT), ("he doesn't attend that school anymore", Intent.OPT_OUT),
    ("please refrain from messaging me", Intent.OPT_OUT), ("we ask that you stop", Intent.OPT_OUT),
    ("requesting removal from this list", Intent.OPT_OUT), ("how can the alerts be switched off?", Intent.OPT_OUT),
    ("could my number be taken off", Intent.OPT_OUT),
    # a number with a new owner, told in more ways
    ("we were just given this number", Intent.OPT_OUT), ("don't know anybody named that", Intent.OPT_OUT),
    ("I do not know who Marcus Lee is", Intent.OPT_OUT), ("my name is not Tanya", Intent.OPT_OUT),
    ("the last person must have had this number", Intent.OPT_OUT),
    ("these were intended for somebody else", Intent.OPT_OUT),
    ("get me of your list", Intent.OPT_OUT), ("no more msgs", Intent.OPT_OUT),  # typed fast
    # help: whose number, which company, what kind of texts, tell me more, a charge
    ("whose phone is this", Intent.HELP), ("which store is texting me", Intent.HELP),
    ("what type of alerts will I receive", Intent.HELP), ("Tell me more", Intent.HELP),
    ("am I getting charged for this?", Intent.HELP),
    # opt-in: a word naming the texts, start sending, reactivate, a text club, someone else's STOP taken back
    ("I want delivery notifications", Intent.OPT_IN), ("ok start sending", Intent.OPT_IN),
    ("Reactivate", Intent.OPT_IN), ("I would like to join the sms club", Intent.OPT_IN),
    ("my grandson texted stop on my phone, please turn them back on", Intent.OPT_IN),
])
def test_still_more_structures(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "I'm done with this order", "I'm tired of waiting for my order", "sick of these prices",
    "my daughter is so sick of them", "you sent it to the wrong address", "the wrong patient was called",
    "I'm not a customer service rep", "refrain from calling me", "can the refills be stopped",
    "can I be removed from the waitlist", "I want fewer texts", "I want email alerts", "when will you start sending",
    "my son texted stop lol", "what kind of deals do you have on tires",
    "I stopped getting the reminders, is something wrong?", "we stopped receiving the alerts last week",
    "I don't know who to call about my bill", "I don't know who sent this",
    "my wife texted stop, please don't start them again", "my son texted stop, please undo the charge",
    "take me of the hook lol", "take one of the coupons",
])
def test_look_alikes_of_the_still_more_structures(text):
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text, intent", [
    # Japanese: kana spellings, romaji politeness, a previous owner, switching the texts off, a mistake told with って.
    ("かいじょ", Intent.OPT_OUT), ("stop onegaishimasu", Intent.OPT_OUT),
    ("以前この番号を使っていた方宛てですよね、もう送らないでください", Intent.OPT_OUT),
    ("この番号は今は別の人が使っています", Intent.OPT_OUT),
    ("お知らせを無効にしたい", Intent.OPT_OUT), ("通知をオフにする方法を教えて", Intent.OPT_OUT),
    ("うっかり停止って送ってしまいました、再開してください", Intent.OPT_IN),
    # Korean: will no longer receive, no need to send, a death told in church words, two words for what comes back.
    ("문자 더는 안 받을래요", Intent.OPT_OUT), ("앞으로 메시지 받지 않을게요", Intent.OPT_OUT),
    ("메시지 보내지 않으셔도 됩니다", Intent.OPT_OUT), ("아버지가 별세하셨어요", Intent.OPT_OUT),
    ("다시 쿠폰 문자 받고 싶어요", Intent.OPT_IN),
    # Cantonese: don't send (唔好, 唔使), how (點樣), never registered (冇), who (邊個), which shop.
    ("唔好再傳訊息俾我", Intent.OPT_OUT), ("唔使再send嘢俾我", Intent.OPT_OUT), ("点样退订？", Intent.OPT_OUT),
    ("我從來沒有註冊過", Intent.OPT_OUT), ("我唔想再收到你哋嘅短訊", Intent.OPT_OUT),
    ("邊個呀？", Intent.HELP), ("你哋係咩公司？", Intent.HELP), ("哪家公司啊", Intent.HELP),
    # Arabic and Arabizi: the verbal noun with its article, wrong number, nobody by that name, still sending.
    ("يرجى التوقف عن مراسلتي", Intent.OPT_OUT), ("mish 3ayez el rasa2il", Intent.OPT_OUT),
    ("raqam ghalat", Intent.OPT_OUT), ("mafish 7ad esmo Sami", Intent.OPT_OUT), ("ما في حد اسمه خالد هون", Intent.OPT_OUT),
    ("2oltelkom stop", Intent.OPT_OUT), ("leh lessa btersilo", Intent.OPT_OUT),
    ("ارسلوا لي الرسائل من جديد", Intent.OPT_IN),
    # German: first-person verbs of ending, the number before its verb, which business by the end of a compound.
    ("Hiermit kündige ich die SMS", Intent.OPT_OUT), ("ich bestelle die SMS ab", Intent.OPT_OUT),
    ("meine Nummer bitte aus der Liste entfernen", Intent.OPT_OUT),
    ("Von welcher Zahnarztpraxis kommt das?", Intent.HELP), ("Welcher Verein schreibt mir?", Intent.HELP),
    # French, Italian, Polish: a number that is no longer someone's; which business; enough of these; back on the list.
    ("ce numéro ne lui appartient plus", Intent.OPT_OUT), ("ce numéro a changé de propriétaire", Intent.OPT_OUT),
    ("questo numero non appartiene più a Giulia", Intent.OPT_OUT), ("non è più il numero di Paolo", Intent.OPT_OUT),
    ("quale palestra è?", Intent.HELP), ("di quale negozio si tratta?", Intent.HELP),
    ("rimettimi in lista per favore", Intent.OPT_IN),
    ("to już nie jest numer Pawła", Intent.OPT_OUT), ("nie chcę żadnych reklam", Intent.OPT_OUT),
    ("dość tych reklam", Intent.OPT_OUT), ("koniec z promocjami", Intent.OPT_OUT), ("co to za szkoła?", Intent.HELP),
    # Vietnamese, Tagalog, Haitian Creole, Hindi.
    ("đây không phải số của chị Lan", Intent.OPT_OUT), ("anh Hùng không dùng số này nữa", Intent.OPT_OUT),
    ("paki-subscribe ulit ako", Intent.OPT_IN), ("hindi na kay Ana ang number na ito", Intent.OPT_OUT),
    ("pakibura na po number ko", Intent.OPT_OUT),
    ("mete mwen sou lis la anko", Intent.OPT_IN), ("kijan pou m sispann mesaj yo", Intent.OPT_OUT),
    ("kaunsi dukaan hai?", Intent.HELP), ("maine bola tha band karo", Intent.OPT_OUT),
    ("pehle wale ke messages mat bhejo", Intent.OPT_OUT),
    # The same structures in more wordings: whose number it is, a wish not to receive, which business, who sends.
    ("受信したくないです", Intent.OPT_OUT), ("勝手に登録しないでください", Intent.OPT_OUT),
    ("どちらの会社ですか", Intent.HELP), ("どこでこの番号を知ったんですか？", Intent.HELP),
    ("더는 연락 원치 않습니다", Intent.OPT_OUT), ("문자 수신 끊어주세요", Intent.OPT_OUT),
    ("어디서 보낸 문자예요?", Intent.HELP), ("문자 수신 다시 동의합니다", Intent.OPT_IN),
    ("這個號碼已經換人了", Intent.OPT_OUT), ("你們打錯電話了，這不是她的號碼", Intent.OPT_OUT),
    ("不用再通知我了", Intent.OPT_OUT), ("你哋點樣有我電話？", Intent.HELP), ("乜嘢嚟㗎？", Intent.HELP),
    ("هذا الرقم ليس رقم أحمد", Intent.OPT_OUT), ("قلت لكم توقفوا", Intent.OPT_OUT), ("ما عاد ابي رسائل", Intent.OPT_OUT),
    ("khalas ba2a", Intent.OPT_OUT), ("مين بيبعت؟", Intent.HELP),
    ("Diese Nummer gehört nicht mehr Herrn Müller", Intent.OPT_OUT), ("Nie wieder SMS von euch", Intent.OPT_OUT),
    ("Kein Bedarf mehr", Intent.OPT_OUT), ("Bitte wieder SMS schicken", Intent.OPT_IN),
    ("Cette personne n'a plus ce numéro", Intent.OPT_OUT), ("Vous avez eu mon numéro comment ?", Intent.HELP),
    ("To nie jest numer Anny", Intent.OPT_OUT), ("Proszę mnie ponownie zapisać", Intent.OPT_IN),
    ("Hindi na po ito number ni Ana", Intent.OPT_OUT), ("ayoko na po ng promo nyo", Intent.OPT_OUT),
    ("Pakisimulan ulit ang text alerts", Intent.OPT_IN), ("m pa konn nou, pa ekri m", Intent.OPT_OUT),
    ("Ye number Rahul ka nahi hai", Intent.OPT_OUT), ("ye number galat hai", Intent.OPT_OUT),
    ("bhai bas kar", Intent.OPT_OUT), ("Wag na po", Intent.OPT_OUT), ("الغوا اشتراكي", Intent.OPT_OUT),
    ("mujhe disturb mat karo", Intent.OPT_OUT), ("番号を削除してください", Intent.OPT_OUT),
    ("Vorrei non ricevere più messaggi", Intent.OPT_OUT), ("どういうご用件ですか？", Intent.HELP),
])
def test_the_eleventh_rounds_structures_in_twelve_languages(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "この番号は私の番号です、予約を確認してください", "通知オフにしないでください", "明日の予約は無効にしてください",
    "의사 선생님이 야식 그만 먹으라고 하셨어요", "영수증 안 주셔도 돼요", "택배는 받지 않겠습니다", "예약 확인 안 해도 돼요?",
    "我想取消明天的订位", "唔好取消", "呢個優惠係咩時候完？", "哪家餐厅好吃？",
    "كيف الغي الفاتورة الورقية", "كيف الغي الاشتراك في المجلة", "رجعوا ابعتولي الكود", "leh lissa bitsta2khar el delivery",
    "Ich melde mich aus dem Kurs ab", "kann ich die Wohnung kündigen?", "die Bestellnummer bitte löschen",
    "che ore sono?", "rimettetemi nella lista d'attesa", "il numero non è più valido", "ce colis ne m'appartient pas",
    "kiedy koniec promocji?", "to nie jest numer zamówienia", "to zamówienie nie należy do mnie",
    "lam sao huy hoa don giay", "Làm sao để ngưng uống thuốc?", "Đây không phải đơn hàng của tôi",
    "pakibura po yung order ko", "pakidelete yung account ko", "huwag nyo na akong i-subscribe ulit",
    "đừng đăng ký lại cho tôi", "yo mete m anko sou lis la", "kaunsa din hai?",
    "doctor ne kaha medicine band kar do",
    "不好意思，打错字了", "这不是我的订单号码", "مش رقم الطلب", "Bitte den Code wieder schicken", "ye order ka number nahi hai",
    "ye order number galat hai", "荷物を受け取りたくないです", "proszę mnie ponownie zapisać na wizytę", "定期便を停止したいです",
    "헬스장 그만 다닐래요", "وقف الاشتراك في الجيم", "li pa ekri m", "Kein Bedarf an einem neuen Termin",
    "予約番号を削除してください", "wag mong kalimutan ang appointment mo", "الغوا اشتراكي في الجيم",
    "vorrei non ricevere più la fattura cartacea",
])
def test_what_those_structures_leave_alone(text):
    """Other targets (a booking, a bill, a service, an account), activities, someone else's words, negations, and
    questions that only look like asking which business it is."""
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text, intent", [
    # A verb of ending in the forms people ask with, aimed at the texts it names; what follows only describes them.
    ("como apago estas alertas?", Intent.OPT_OUT), ("¿cómo se desactivan los mensajes?", Intent.OPT_OUT),
    ("apaguen las notificaciones porfis", Intent.OPT_OUT), ("cancelen los recordatorios de mis citas", Intent.OPT_OUT),
    ("ya no les manden promos a mis papás", Intent.OPT_OUT), ("ya bájenle a las promos", Intent.OPT_OUT),
    ("no hace falta que me manden más mensajes", Intent.OPT_OUT), ("sáquenlo de su lista", Intent.OPT_OUT),
    ("remueva este número por favor", Intent.OPT_OUT), ("este celular era de mi hermano", Intent.OPT_OUT),
    ("Stop compa", Intent.OPT_OUT), ("baja x favor", Intent.OPT_OUT), ("desactiven", Intent.OPT_OUT),
    ("¿por qué me vuelven a mandar mensajes?", Intent.OPT_OUT),
    ("apague meu contato da lista", Intent.OPT_OUT), ("como desligo essas notificações?", Intent.OPT_OUT),
    ("como é que paro de receber isto", Intent.OPT_OUT), ("não pretendo continuar recebendo", Intent.OPT_OUT),
    ("nunca dei autorização para isso", Intent.OPT_OUT), ("pedimos a exclusão dos meus dados", Intent.OPT_OUT),
    ("não precisam me mandar mais nada", Intent.OPT_OUT),
    # Opt-ins that name the texts, asked as a request even inside a question; a STOP once sent is only told.
    ("¿me pueden volver a mandar las alertas?", Intent.OPT_IN), ("vuélvanme a mandar las promociones", Intent.OPT_IN),
    ("quiero recibir las alertas de la escuela", Intent.OPT_IN), ("¿me agregan de nuevo a la lista?", Intent.OPT_IN),
    ("reactiven los avisos de pago", Intent.OPT_IN), ("empezar de nuevo", Intent.OPT_IN),
    ("mandé baja por error, quiero recibir los recordatorios de mis citas otra vez", Intent.OPT_IN),
    ("mándenme otra vez las ofertas que ya puse stop hace mucho", Intent.OPT_IN),
    ("podem voltar a mandar as promoções?", Intent.OPT_IN), ("me coloca de novo na lista pf", Intent.OPT_IN),
    ("quero receber os avisos de entrega", Intent.OPT_IN), ("START - ya volvimos", Intent.OPT_IN),
    ("Enviei PARAR por engano", Intent.OPT_IN),  # a mistake, as "I sent stop by mistake"; not a wrong number
    # Help questions: what a text means, who sent it, whether it is real, which thing it is about.
    ("¿qué significa este mensaje?", Intent.HELP), ("no sé quién es", Intent.HELP),
    ("¿de qué tienda es este mensaje?", Intent.HELP), ("¿es legítimo esto?", Intent.HELP), ("¿cómo funciona?", Intent.HELP),
    ("¿cuál pedido?", Intent.HELP), ("ayda", Intent.HELP), ("quem mandou essa mensagem?", Intent.HELP),
    ("q é isso?", Intent.HELP), ("que loja é essa?", Intent.HELP), ("qual pedido?", Intent.HELP),
    ("não sei quem é", Intent.HELP),
])
def test_spanish_and_portuguese_requests_by_their_structure(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "ya no quiero que me llamen", "ya no quiero que me cobren la membresía", "ya no quiero seguir pagando el seguro",
    "ya no me manden ese paquete, quiero un reembolso", "como apago la alarma de la casa", "quiten el cargo de mi tarjeta",
    "¿es verdad que hay descuento?", "no apaguen las alertas", "no quiero cancelar las alertas",
    "saquen mi número de cuenta del sistema", "vuelvan a mandar el código", "me pueden volver a mandar la factura?",
    "parem de mandar a pizza errada", "cancela minha inscrição no curso de inglês", "quero receber meu reembolso",
    "pode me colocar de novo na lista de espera?",
])
def test_spanish_and_portuguese_look_alikes_are_not_those_requests(text):
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text, intent", [
    # texting shorthand and Spanglish around the same structures; fed up with the texts; calling them spam (flagged)
    ("dejen d mandar msjs", Intent.OPT_OUT), ("ya no m manden nada", Intent.OPT_OUT), ("stop los textos porfa", Intent.OPT_OUT),
    ("nomás mensajes", Intent.OPT_OUT), ("ya me tienen harta con tantas promos", Intent.OPT_OUT),
    ("esto es puro spam", Intent.OPT_OUT), ("voy a bloquear este número", Intent.OPT_OUT),
    ("¿qué tengo que mandar para que ya no me lleguen?", Intent.OPT_OUT), ("este teléfono ya no es de ella", Intent.OPT_OUT),
    ("cuántas veces les tengo que pedir que paren", Intent.OPT_OUT), ("quiero que dejen de mandarme cosas", Intent.OPT_OUT),
    ("deixa de mandar sms", Intent.OPT_OUT), ("esse celular não é do Pedro", Intent.OPT_OUT), ("tira eu dessa lista", Intent.OPT_OUT),
    ("quero que parem", Intent.OPT_OUT), ("n me manda mais nada", Intent.OPT_OUT),
    ("me põe na lista de novo", Intent.OPT_IN), ("¿es spam?", Intent.HELP), ("de parte de quién?", Intent.HELP),
])
def test_spanish_and_portuguese_shorthand_and_more_wordings(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "dejen de mandarme el catálogo por correo", "ya no quiero recibir llamadas", "quítenme el cargo",
])
def test_spanish_other_things_named_after_the_verb_are_not_opt_outs(text):
    assert classify(text).intent is not Intent.OPT_OUT


@pytest.mark.parametrize("text, intent", [
    # a polite wish about their texting; "can you not" with fillers; texting said as slang; a negation before "please"
    # does not reach past it; what the texts ask for (donations, reviews); consent refused in dialect
    ("it would be great if you guys didn't message this number again", Intent.OPT_OUT),
    ("I'd rather you didnt text me", Intent.OPT_OUT), ("we ask that you not contact us", Intent.OPT_OUT),
    ("could y'all please just not", Intent.OPT_OUT), ("quit blowing me up", Intent.OPT_OUT),
    ("stop pinging my cell every morning", Intent.OPT_OUT),
    ("that isn't what I wanted pls unsubscribe me", Intent.OPT_OUT),
    ("quit sending the review requests", Intent.OPT_OUT), ("I ain't never signed up for this", Intent.OPT_OUT),
    ("my dad told me to get off this list so please remove", Intent.OPT_OUT),
    # opt-ins: texts named by "text", whatever words say what about; asked passively; switched on; news kept coming
    ("put my number on the youth group sms list", Intent.OPT_IN), ("sign me up for weather text alerts", Intent.OPT_IN),
    ("could I be added to the appointment reminders?", Intent.OPT_IN),
    ("I'd like to be enrolled in the outage alerts", Intent.OPT_IN), ("switch on shipping texts pls", Intent.OPT_IN),
    ("can you keep me posted on upcoming events?", Intent.OPT_IN), ("Start announcements", Intent.OPT_IN),
    # help: is it real, what a thing means, which sender, how often, a sender's kind or name
    ("how can I tell if this message is legit", Intent.HELP), ("whats that code mean", Intent.HELP),
    ("which office is this reminder from", Intent.HELP), ("how often will the texts come", Intent.HELP),
    ("where is your clinic located?", Intent.HELP), ("is this a collection agency", Intent.HELP),
    ("who is big daddy's bbq", Intent.HELP), ("is this the dentist on Oak or the one downtown", Intent.HELP),
])
def test_the_fourth_rounds_structures(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text, intent", [
    # The held-back thirds of the eleventh round's multilingual batches (tuning_held_multi) taught these structures;
    # the wordings here are other people's ways of saying them, not the batch's lines.
    # German: the texts named (reminders, warnings) and no longer wanted; "brauch" without its e.
    ("ich möchte diese Erinnerungen nicht mehr", Intent.OPT_OUT), ("will die Warnungen nicht mehr haben", Intent.OPT_OUT),
    ("brauch die SMS nicht mehr", Intent.OPT_OUT), ("hör auf zu texten", Intent.OPT_OUT),
    # Italian: the reflexive-passive question ("come si disattivano"); a STOP that "was a mistake".
    ("come si tolgono questi sms?", Intent.OPT_OUT), ("come si bloccano i messaggi promozionali", Intent.OPT_OUT),
    ("lo stop è stato un errore, rimettetemi in lista", Intent.OPT_IN),
    # Hindi in Latin letters: the texts, then the verb, then how; said stop, still coming; whose message it is.
    ("ye messages band kaise karu", Intent.OPT_OUT), ("notifications off kaise karein?", Intent.OPT_OUT),
    ("kitni baar bola hai na stop, fir bhi sms aate hain", Intent.OPT_OUT),
    ("pehle unsubscribe kar diya tha, ab phir se start karo", Intent.OPT_IN),
    ("ye message kisne bheja?", Intent.HELP), ("kis company ka sms hai ye", Intent.HELP),
    # Arabic and Arabizi: no need to send, don't send, how to stop, "these" fused to the noun, back to sending.
    ("لا داعي لارسال الرسائل", Intent.OPT_OUT), ("مافي لزوم تبعتولي", Intent.OPT_OUT), ("كفاية هالمسجات", Intent.OPT_OUT),
    ("matb3atlish rasayel ba2a", Intent.OPT_OUT), ("ezay awa2af el rasayel di?", Intent.OPT_OUT),
    ("rag3o eb3atoli el rasayel", Intent.OPT_IN), ("mn entom?", Intent.HELP), ("شو بدكم مني؟", Intent.HELP),
    # Haitian Creole: the texts named between the verb and "to me".
    ("pa voye okenn mesaj ban mwen anko", Intent.OPT_OUT),
    # Korean: switching off (끄다), what the texts are about named first, consent not given or withdrawn.
    ("알림 꺼주세요", Intent.OPT_OUT), ("광고 문자 끄는 법 알려주세요", Intent.OPT_OUT), ("예약 알림 그만 보내세요", Intent.OPT_OUT),
    ("수신 동의를 안 했어요", Intent.OPT_OUT), ("개인정보 동의 철회합니다", Intent.OPT_OUT), ("스팸입니다", Intent.OPT_OUT),
    ("이거 혹시 스팸이에요?", Intent.HELP), ("예약 알림 다시 받고 싶어요", Intent.OPT_IN), ("가입 다시 할게요", Intent.OPT_IN),
    # Tagalog: "ko" for "ako", kaka- (over and over), the verb and who is asked, never agreed, not my number.
    ("tigilan mo na ko", Intent.OPT_OUT), ("wag nyo na ako kakatext", Intent.OPT_OUT),
    ("unsubscribe nyo na po ako", Intent.OPT_OUT), ("never ako nag sign up dito", Intent.OPT_OUT),
    ("di na po sa akin ang numero na ito", Intent.OPT_OUT), ("lumipat na sila sa ibang number", Intent.OPT_OUT),
    ("paki resume po ang mga text alerts", Intent.OPT_IN), ("detalye po tungkol sa promo", Intent.HELP),
    # Vietnamese: tắt (switch off) and chặn (block) the texts, "mấy" (these), what the programme is.
    ("tắt thông báo giúp em", Intent.OPT_OUT), ("chặn tin nhắn quảng cáo này đi", Intent.OPT_OUT),
    ("lam the nao de tat may thong bao nay", Intent.OPT_OUT), ("chương trình khuyến mãi này là gì vậy", Intent.HELP),
    ("mình muốn nhận tiếp tin khuyến mãi", Intent.OPT_IN),
    # Chinese and Cantonese: 熄 and 关掉 (switch off), is there a way to, start sending again, why you have my number.
    ("點樣熄咗啲短訊？", Intent.OPT_OUT), ("关掉这些通知", Intent.OPT_OUT), ("有没有办法不再收到这些短信", Intent.OPT_OUT),
    ("请重新开始发送优惠信息给我", Intent.OPT_IN), ("为什么会有我的电话号码", Intent.HELP),
    # Japanese: so that the notices come again; reminders of a booking are texts.
    ("また通知が届くようにしてください", Intent.OPT_IN), ("予約リマインダーを停止してください", Intent.OPT_OUT),
])
def test_the_held_back_multilingual_thirds_structures(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "I'd appreciate it if you didn't call me", "it would be nice if you didn't send the package to my old address",
    "you guys say you never text", "my phone doesn't have this number saved", "stop hitting your sister",
    "I got added to the text list without asking, who is this?", "why did I get added to the text alerts?",
    "turn on push notifications", "turn on the lights", "keep me posted on my order", "keep me posted when it ships",
    "cancel my donation", "is this due on friday or monday",
    "is this a good deal?", "where is my package located",
])
def test_look_alikes_of_the_fourth_rounds_structures(text):
    assert classify(text).intent in (Intent.NONE, Intent.HELP)


@pytest.mark.parametrize("text, intent", [
    # written here for the issue's categories: a wish not to be texted, a threat of one more, how to stop said with
    # what it makes happen, the way to stop asked for, a complaint that they did not stop, a number's old owner
    ("do you mind not messaging me anymore", Intent.OPT_OUT), ("if u text me one more time I swear", Intent.OPT_OUT),
    ("what should I reply so they stop", Intent.OPT_OUT), ("do you have an unsubscribe option", Intent.OPT_OUT),
    ("whats the stop keyword", Intent.OPT_OUT), ("didn't we already opt out?", Intent.OPT_OUT),
    ("I've asked you three times now to stop", Intent.OPT_OUT), ("we're so over all these promos", Intent.OPT_OUT),
    ("I'd like to be excluded from these texts", Intent.OPT_OUT), ("don't hit my phone no more", Intent.OPT_OUT),
    ("plese stop", Intent.OPT_OUT), ("you guys need to stop", Intent.OPT_OUT), ("Blocked.", Intent.OPT_OUT),
    ("I think you were trying to reach someone else", Intent.OPT_OUT), ("these must be for the previous owner", Intent.OPT_OUT),
    ("this phone is not Derek's", Intent.OPT_OUT), ("it was my late mother's number", Intent.OPT_OUT),
    ("not the person you're looking for", Intent.OPT_OUT),
    ("that's the 4th text today", Intent.OPT_OUT),  # flagged: a complaint about how many come
    # help and opt-in in plain words
    ("how can we be sure this isn't a scam", Intent.HELP), ("identify yourself please", Intent.HELP),
    ("what does your company do?", Intent.HELP), ("how did they get my", Intent.HELP),
    ("undo my stop please", Intent.OPT_IN), ("we'd love to get the specials again", Intent.OPT_IN),
    ("can I be put back on?", Intent.OPT_IN),
    # the texts pointed at after they were named, removal asked passively, a denied number with a contraction,
    # "won't be needing these", complaints about the texts themselves (flagged), the link to stop asked for
    ("thanks for the alerts but we'd like to stop getting them", Intent.OPT_OUT),
    ("we ask that this number be removed", Intent.OPT_OUT), ("I'd appreciate being taken off the sms list", Intent.OPT_OUT),
    ("that isn't my phone", Intent.OPT_OUT), ("we won't be needing these reminders anymore", Intent.OPT_OUT),
    ("these promos are getting out of hand", Intent.OPT_OUT), ("where is the opt out link", Intent.OPT_OUT),
    ("do not send anything else to this number", Intent.OPT_OUT), ("pls dont message", Intent.OPT_OUT),
    # help questions that name no keyword: the sender, the purpose, who to call, why texted, more details
    ("who is the sender?", Intent.HELP), ("whats ur website", Intent.HELP), ("we'd like more details", Intent.HELP),
    ("confused about what these are", Intent.HELP), ("what is the point of these messages?", Intent.HELP),
    ("could we talk to someone about this", Intent.HELP), ("why would you message me?", Intent.HELP),
    ("why is my number on your list", Intent.HELP),
])
def test_the_fourth_rounds_own_wordings(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "would you mind not calling me", "do you mind stopping by", "what is the cancellation number",
    "what's the cancellation fee", "I asked twice to stop the refill", "I'm over the rain",
    "my late husband loved your store", "the phone isn't working anymore", "you guys need to stop calling",
    "my card was blocked", "undo my stop payment", "don't undo my stop", "if you text me again tomorrow I'll be ready",
    "I'm the 5th customer in line", "what do I text so you know I'm coming", "I'd like to be excluded from the photo",
    "I don't want to be added back", "how did you get my package here so fast",
    "how do I stop the app from sending push notifications", "please stop getting those shoes",
    "can I be removed from the waitlist", "the service is excessive", "your prices are ridiculous",
    "how do I unsubscribe from marketing emails", "how do I turn off notifications in the app",
    "why did you text me the wrong time", "we would like more help with the order",
])
def test_look_alikes_of_the_fourth_rounds_own_wordings(text):
    assert classify(text).intent in (Intent.NONE, Intent.HELP)


@pytest.mark.parametrize("text, intent", [
    # How they are stopped, asked impersonally or with the texts as a pronoun, in es, pt and fr.
    ("¿Cómo se cancela esto?", Intent.OPT_OUT), ("donde se desactivan las alertas?", Intent.OPT_OUT),
    ("como los desactivo", Intent.OPT_OUT), ("como é que se cancela isto?", Intent.OPT_OUT),
    ("onde se desativa os avisos?", Intent.OPT_OUT), ("comment on arrête ça ?", Intent.OPT_OUT),
    ("comment je fais pour plus recevoir ces sms", Intent.OPT_OUT), ("comment on se désabonne ?", Intent.OPT_OUT),
    # Whose number it is not; consent never given to them; the pronoun spelt out alone; please typed short.
    ("ese cel no pertenece a Juan", Intent.OPT_OUT), ("no soy la señora Ramírez", Intent.OPT_OUT),
    ("não sou o Carlos", Intent.OPT_OUT), ("je ne suis pas Mme Dupont", Intent.OPT_OUT),
    ("vous vous trompez de personne", Intent.OPT_OUT), ("Nunca les di permiso", Intent.OPT_OUT),
    ("jamás les autorize nada", Intent.OPT_OUT), ("sacarme porfa", Intent.OPT_OUT), ("borren", Intent.OPT_OUT),
    ("STOP x fa", Intent.OPT_OUT), ("alto por fis", Intent.OPT_OUT), ("stop sil vous plait", Intent.OPT_OUT),
    ("ya no quiero saber nada de ustedes", Intent.OPT_OUT), ("não quero publicidade", Intent.OPT_OUT),
    ("desativem todas as notificações", Intent.OPT_OUT), ("tira da lista por favor", Intent.OPT_OUT),
    # Who sends or pays for them, which insurer, whether they are real.
    ("quiénes me escriben?", Intent.HELP), ("¿Quién paga por esto?", Intent.HELP), ("qué seguro es este?", Intent.HELP),
    ("¿esto es spam o es real?", Intent.HELP), ("¿De verdad es del banco?", Intent.HELP),
    ("isto é mesmo do banco?", Intent.HELP), ("é golpe ou é verdade?", Intent.HELP), ("parece golpe", Intent.HELP),
    ("qui envoie ces messages ?", Intent.HELP), ("qui paie pour ces messages ?", Intent.HELP),
    ("c'est vraiment la banque ?", Intent.HELP), ("arnaque ou pas ?", Intent.HELP),
    # Opt-ins asked in the indicative or as how to subscribe, the texts named or nothing else.
    ("¿me vuelven a mandar las alertas?", Intent.OPT_IN), ("¿me pueden inscribir de nuevo?", Intent.OPT_IN),
    ("quisiera volver a recibir los recordatorios, me pueden agregar otra vez?", Intent.OPT_IN),
    ("¿cómo me suscribo a las alertas?", Intent.OPT_IN), ("vous pouvez me renvoyer les alertes ?", Intent.OPT_IN),
    ("comment je m'inscris aux alertes ?", Intent.OPT_IN), ("remettez-moi les notifications svp", Intent.OPT_IN),
])
def test_spanish_portuguese_and_french_structures_of_the_held_back_round(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "como se quita una mancha de vino?", "como se cancela la cita?", "como se desativa o alarme do carro?",
    "ya no quiero ir a la cita del martes", "ya no quiero pagar tanto por el plan",
    "¿cómo me inscribo al curso?", "¿me vuelven a mandar la factura?", "como me registro en la app?",
    "tirem o meu nome da lista de espera", "comment annuler ma commande ?", "comment arrêter de fumer ?",
    "vous pouvez me renvoyer la facture ?", "mon mari a dit d'arrêter les sms",
])
def test_look_alikes_of_the_held_back_rounds_structures(text):
    assert _neither_opt_out_nor_opt_in(text)


def test_a_number_said_not_to_be_the_writers_account_is_at_most_a_flagged_opt_out():
    """Once a look-alike: the learned fallback, taught by later writers' "no es mi número", reads a wrong number in
    it. The ambiguity rule allows that, and the fallback's opt-outs are flagged for review, never silent."""
    decision = classify("este número no es de mi cuenta")
    assert decision.intent is not Intent.OPT_IN
    assert decision.intent is Intent.NONE or decision.review


@pytest.mark.parametrize("text, intent", [
    # Asked of them in any person, with the texting shorthand and misspellings people send (es, pt, fr).
    ("les ruego que me eliminen de su lista", Intent.OPT_OUT), ("yano me manden mensages", Intent.OPT_OUT),
    ("ya no me enbien nada", Intent.OPT_OUT), ("kiero q me quiten", Intent.OPT_OUT),
    ("cancelen la suscripción a los mensajes", Intent.OPT_OUT), ("nao qro mais receber", Intent.OPT_OUT),
    ("cancela esses avisos aí", Intent.OPT_OUT), ("não quero ser mais contatada", Intent.OPT_OUT),
    ("arrete de menvoyer des sms", Intent.OPT_OUT), ("jveux plus de vos sms", Intent.OPT_OUT),
    ("je veux être retirée de votre fichier", Intent.OPT_OUT), ("ras le bol de vos pubs", Intent.OPT_OUT),
    ("stoppez les envois de sms", Intent.OPT_OUT),
    # How to stop, what to send to make them end, how to keep them from coming.
    ("¿qué mando para que dejen de llegar?", Intent.OPT_OUT), ("¿cómo evito que me sigan escribiendo?", Intent.OPT_OUT),
    ("o que eu respondo pra parar?", Intent.OPT_OUT), ("qu'est-ce que je dois taper pour arrêter ?", Intent.OPT_OUT),
    # Complaints after asking, counted; nobody by that name; erasure; the registries and the agencies.
    ("ya les mandé baja dos veces", Intent.OPT_OUT), ("es la tercera vez que les pido que paren", Intent.OPT_OUT),
    ("ya pedí que me sacaran", Intent.OPT_OUT), ("quantas vezes tenho que falar pra parar?", Intent.OPT_OUT),
    ("combien de fois je dois vous dire stop ?", Intent.OPT_OUT), ("no conozco a ningún Ernesto", Intent.OPT_OUT),
    ("no vive nadie con ese nombre en este número", Intent.OPT_OUT), ("não conheço nenhum Marcos", Intent.OPT_OUT),
    ("esse telefone agora pertence a outra pessoa", Intent.OPT_OUT), ("je ne connais aucune Julie", Intent.OPT_OUT),
    ("personne de ce nom ici", Intent.OPT_OUT), ("eliminen toda mi información", Intent.OPT_OUT),
    ("excluam meus dados", Intent.OPT_OUT), ("effacez mes coordonnées", Intent.OPT_OUT),
    ("mi número está en la lista Robinson", Intent.OPT_OUT), ("meu número está no Não Me Perturbe", Intent.OPT_OUT),
    ("je n'ai rien demandé moi", Intent.OPT_OUT),
    # Help: who signed me up, who am I talking to, more information, which business, is it legal.
    ("¿quién me registró?", Intent.HELP), ("con quién tengo el gusto?", Intent.HELP),
    ("denme más información", Intent.HELP), ("¿de qué empresa me mandan esto?", Intent.HELP),
    ("¿esto es del banco?", Intent.HELP), ("quem me inscreveu?", Intent.HELP), ("com quem estou falando?", Intent.HELP),
    ("gostaria de saber mais", Intent.HELP), ("de que loja vocês são?", Intent.HELP), ("isso é da farmácia?", Intent.HELP),
    ("qui m'a abonné ?", Intent.HELP), ("je voudrais en savoir plus", Intent.HELP),
    ("c'est de la part de qui ?", Intent.HELP), ("est-ce légal ?", Intent.HELP), ("kien habla?", Intent.HELP),
    # Opt-ins: subscribe me in the imperative, back on the list with please, the texts named in Portuguese.
    ("suscríbanme a las alertas", Intent.OPT_IN), ("agrégueme a los mensajes de texto", Intent.OPT_IN),
    ("volver a inscribirme porfa", Intent.OPT_IN), ("quero me inscrever nos alertas", Intent.OPT_IN),
    ("me cadastra nas promoções", Intent.OPT_IN),
])
def test_spanish_portuguese_and_french_requests_in_more_persons_and_spellings(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "quiero darme de baja del gimnasio", "cancelen la suscripción de la revista", "aqui no hay ningun descuento?",
    "no me llega ningún código a este número", "cuantas veces tengo que pedir mi reembolso", "ya mandé el pago",
    "borren mis datos de la tarjeta vieja", "como desativo o débito automático?", "como faço para cancelar o plano?",
    "cancela o envio, mudei de endereço", "quantas vezes vou ter que ligar?", "comment arrêter le prélèvement ?",
    "combien de fois dois-je appeler pour avoir mon colis ?", "je ne connais pas cette adresse",
    "je veux être retiré de la liste d'attente", "quero me inscrever no curso", "me inscreve na aula de sábado",
    "¿cómo me inscribo?", "comment je m'inscris ?",
])
def test_look_alikes_of_those_requests_in_more_persons(text):
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text", [
    "Mio marito dice che devo smettere di mangiare dolci", "Moja żona mówi, żebym przestał pić kawę",
    "Mein Mann meinte ich soll aufhören zu rauchen", "meine Mutter hat gesagt ich soll die Bestellung abbestellen",
    "come si fa a disattivare l'ordine?", "mera order cancel kaise karu", "Pandit ji ne bola tha stop kar do",
    "ما في داعي تعتذر", "rja3to b3atoli el code", "주문 취소해 주세요", "tat ca tin nhan deu den dung gio",
    "mình muốn nhận tiếp hàng vào thứ hai", "我想取消明天下午3点的预约", "取消周六的订座", "重新开始发送验证码",
    "来週の予約をキャンセル待ちにしたい", "Info about the Saturday event was really helpful, thanks",
    "Mia sorella dice che le arrivano ancora i vostri sms dopo lo stop, a me vanno bene",
])
def test_look_alikes_of_the_held_back_thirds_structures(text):
    """Someone else's words, a booking or an order, a code sent again, an activity, and "lo stop" in Italian (not
    Vietnamese "lỡ", by mistake)."""
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text, intent", [
    # The issue's categories written here in the twelve languages, where the engine was wrong on them.
    ("どうすればメールが来なくなりますか", Intent.OPT_OUT), ("通知が届かないようにしてください", Intent.OPT_OUT),
    ("この番号は別の人のものです", Intent.OPT_OUT), ("为什么每天都发短信给我", Intent.OPT_OUT),
    ("你们烦不烦啊，天天发", Intent.OPT_OUT), ("chủ cũ của số này đã mất", Intent.OPT_OUT),
    ("bakit ba kayo text nang text", Intent.OPT_OUT), ("ire-report ko kayo", Intent.OPT_OUT),
    ("pano po ba ito i-stop", Intent.OPT_OUT), ("ما طلبت هالرسايل", Intent.OPT_OUT),
    ("ezzay ala8y el eshterak", Intent.OPT_OUT),
    ("Proszę wznowić wysyłanie SMS", Intent.OPT_IN), ("我想再收到你哋嘅優惠通知", Intent.OPT_IN),
    ("dobara messages shuru karo", Intent.OPT_IN), ("Bắt đầu lại gửi tin cho tôi", Intent.OPT_IN),
    # Is this real, legit, whose number, from whom: help questions.
    ("本物ですか？", Intent.HELP), ("legit ba ito?", Intent.HELP), ("هل هذه رسالة حقيقية؟", Intent.HELP),
    ("eske sa se vre?", Intent.HELP), ("ye asli hai ya fake?", Intent.HELP), ("È un messaggio vero?", Intent.HELP),
    ("Czy to prawdziwa wiadomość?", Intent.HELP), ("Đây là số của ai vậy?", Intent.HELP),
    ("kanino po ito galing?", Intent.HELP), ("Kto do mnie pisze?", Intent.HELP),
])
def test_the_issues_categories_in_the_twelve_languages(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "请停止自动续费", "我老公天天发朋友圈", "你们每天发货吗？", "最近メールが来なくなりました", "荷物が届かないようにしてください",
    "母が配信停止したと言っていました", "그만 웃겨요 ㅋㅋ", "Hör auf, du bringst mich zum Lachen 😂",
    "nag text nang text ang anak ko sa akin kagabi haha", "ما طلبت شي من المطعم بعد", "chủ cũ của căn nhà đã chuyển đi",
    "重新开始发送验证码",
])
def test_look_alikes_of_the_issues_categories(text):
    """A payment, a post, a shipment, emails that stopped coming (a complaint), someone else's words, a laugh, a
    kid's texts, an order, a house's previous owner, a code."""
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text, intent", [
    ("Xin đừng gửi tin nhắn quảng cáo nữa", Intent.OPT_OUT), ("Bỏ tôi ra khỏi danh sách", Intent.OPT_OUT),
    ("mujhe is list se hatao", Intent.OPT_OUT), ("Dlaczego dalej piszecie?", Intent.OPT_OUT),
    ("Nie zapisywałem się na to", Intent.OPT_OUT), ("Nie życzę sobie tych wiadomości", Intent.OPT_OUT),
    ("Questo numero non è mio", Intent.OPT_OUT), ("Xin hỏi ai đang nhắn tin vậy?", Intent.HELP),
    ("ye number kiska hai?", Intent.HELP),
])
def test_more_of_the_issues_categories_in_the_twelve_languages(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "Non cancellatemi", "Nie zapisałem się jeszcze na wizytę", "nie zapisałem się na kurs, czy mogę jeszcze?",
])
def test_a_negation_in_one_language_is_not_filler_in_another(text):
    """"non" was Haitian Creole filler, so the Italian negation was set aside; a class or a visit not signed up for."""
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text", [
    "I texted STOP by accident yesterday, can I have the pharmacy texts back?",
    "replied stop by mistake a while ago, please resume my delivery alerts",
    "Got a new phone and the texts never came after that, please put me back on",
    "you can start sending me the deals again",
    "my phone got replaced and the reminders quit coming, put my cell back on",
    "can you get them back on? they stopped coming last week",
    "I sent stop by accident, can I get the shipping alerts back? I'm waiting on my order",
    "I texted STOP to the wrong group chat by mistake, please resume the reminders",
])
def test_an_opt_out_sent_by_mistake_or_texts_that_stopped_coming_ask_for_them_again(text):
    """A thing named as what the texts are about ("the pharmacy texts") is not something else the mistake was about;
    a new phone is the same person's; texts that "quit coming" are told of, not asked to stop."""
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", [
    "I sent stop by mistake, I meant to cancel my order",
    "you can stop texting me now",
    "I got this phone last month, whoever had it before is not me",
])
def test_look_alikes_of_opt_ins_after_a_mistake_or_a_new_phone(text):
    assert classify(text).intent is not Intent.OPT_IN


@pytest.mark.parametrize("text", [
    "Attorney Reyes, I dropped the signed forms at the front desk", "is this the lawyer's office on Main?",
    "Licenciada, ¿ya habló con el abogado de la otra parte?", "Doutor, tem novidade no meu processo?",
    "Bonjour maître, l'avocat adverse a répondu?", "avoka a di m pote papye yo jedi", "vakil sahab kal milte hain",
])
def test_a_lawyer_the_texts_come_from_or_a_case_is_no_legal_threat(text):
    """A law office's clients address their lawyer and ask about their case: a threat names the writer's own."""
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text", [
    "one more text and I'm calling my lawyer", "I'll lawyer up if this keeps happening", "hablaré con mi abogado",
    "vou processar vocês se continuar", "je vais appeler mon avocat", "m ap rele avoka m", "mera vakil baat karega",
])
def test_a_lawyer_of_the_writers_own_is_a_legal_threat(text):
    assert classify(text).rule == "phrase: legal threat"


@pytest.mark.parametrize("text", [
    "haha stop texting me these riddles every morning... jk keep em coming",
    "pakistop nyo na yung robocall, text ok lang naman",
    # someone else stopped theirs; the writer still wants them
    "Vợ tôi đã nhắn STOP rồi, nhưng tôi vẫn muốn nhận tin", "아내는 문자 그만 받는대요 저는 계속 받을게요",
    "我老婆已经退订了，继续发给我就好",
])
def test_an_opt_out_in_a_message_that_says_the_texts_are_welcome_is_held_for_review(text):
    decision = classify(text)
    assert (decision.intent, decision.rule, decision.review) == (Intent.NONE, "texts welcome", True)


@pytest.mark.parametrize("text", [
    "can I start getting delivery reminders again?", "can I re-subscribe to the class alerts?",
    "quiero seguir recibiendo las ofertas", "quiero otra vez los avisos", "quiero los avisos de la escuela de nuevo",
    "¿cómo vuelvo a recibir los mensajes?", "me pueden apuntar otra vez para los avisos?", "pónganme otra vez",
    "alguien puso STOP en mi cel, quiero los recordatorios de nuevo", "Je veux recevoir les alertes par SMS à nouveau",
    "Podem me colocar de volta nas mensagens?", "Cho em đăng ký nhận tin lại nha", "pwede po ma-add ulit sa text list?",
    "また予約のメッセージを受け取りたいです", "SMSに登録し直したいです", "학원 문자 다시 받을 수 있을까요?",
    "可以再给我发通知吗？", "رجعولي الرسائل", "vuelvan a mandarme las alertas, ya no me llegan desde que puse baja",
])
def test_opt_ins_in_plain_words_in_more_languages_and_forms(text):
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", ["왜 문자를 다시 받을 수 있나요?", "别再给我发短信", "为什么又收到短信？", "mi hijo quiere seguir jugando"])
def test_look_alikes_of_those_opt_ins(text):
    assert classify(text).intent is not Intent.OPT_IN


@pytest.mark.parametrize("text, intent", [
    # the wrong one is the number only when they have it
    ("you've got the wrong one, I'm not Dana", Intent.OPT_OUT), ("u have the wrong one", Intent.OPT_OUT),
    ("you shipped the wrong one again, can someone fix my order", Intent.NONE),
    ("I grabbed the wrong one at pickup lol", Intent.NONE),
    # refusing to be added (once a look-alike here; two writers since label it an opt-out, as the ambiguity rule
    # does), being added by mistake, reporting to the carrier
    ("please don't add me to the text list", Intent.OPT_OUT), ("stop signing me up for your promo texts", Intent.OPT_OUT),
    ("I think I was added by mistake, wrong family", Intent.OPT_OUT), ("spam. reported it to my carrier", Intent.OPT_OUT),
    # a refusal of consent beside a mistake is still a refusal
    ("wrong button, I never wanted texts", Intent.OPT_OUT),
    # what the texts are about, named after them, does not aim the request elsewhere
    ("no quiero recibir recordatorios de citas", Intent.OPT_OUT), ("no kiero mas ofertas de la tienda", Intent.OPT_OUT),
    ("I don't want texts about my orders", Intent.OPT_OUT),
    # a death, a wrong number, a lawyer of one's own, a report, in more languages
    ("Mẹ tôi đã mất, xin đừng nhắn vào số này nữa", Intent.OPT_OUT), ("غلطانين بالرقم، ما عندي حساب عندكم", Intent.OPT_OUT),
    ("我要找律师，别再发了", Intent.OPT_OUT), ("ya no quiero los mensajes", Intent.OPT_OUT),
    ("Os voy a denunciar a la AEPD como me mandéis otro SMS", Intent.OPT_OUT),
    ("min fadlak tawaqaf 3an irsal al rasa2el", Intent.OPT_OUT), ("arjo an tatawaqafo 3an al masajat", Intent.OPT_OUT),
    ("no sé quién les dio mi número. BÁJENME", Intent.OPT_OUT), ("no me interesan las promociones, gracias", Intent.OPT_OUT),
    ("通知が多すぎます。どうすれば届かなくなりますか", Intent.OPT_OUT),
    # an emoji ends a clause as punctuation does
    ("STOP please 😤 third time I'm asking", Intent.OPT_OUT), ("PARA YA 😡 cuantas veces te lo digo", Intent.OPT_OUT),
    # an opt-out sent by mistake with no verb of sending, in Hindi and Chinese
    ("galti se band kar diya tha, please messages wapas chalu karo", Intent.OPT_IN),
    ("pehle galti se stop kar diya, dobara bhejo", Intent.OPT_IN), ("不小心退订了，麻烦重新发给我", Intent.OPT_IN),
    ("误点了退订，我还想收到通知", Intent.OPT_IN),
    # traditional characters of real messages fold to the simplified rules
    ("之前誤按了取消，我想重新接收通知", Intent.OPT_IN), ("點樣可以唔再收到呢啲優惠訊息？", Intent.OPT_OUT),
    ("我沒有報名過，請刪除我的號碼", Intent.OPT_OUT),
])
def test_the_seventh_rounds_structures(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "I replied STOP to the promos, please turn the fraud alerts back on",
    "I want my appointment reminders back please, I'm the one who texted stop lol",
    "I turned them off last month, can you turn them back on?",
    "we texted stop to the other campaign, can you start sending the reminders again",
])
def test_an_opt_out_the_writer_tells_of_sending_before_is_no_opt_out_beside_a_plain_opt_in(text):
    """The opt-out was sent before and is told of; what the message asks for now is to get the texts again."""
    decision = classify(text)
    assert decision.intent is Intent.OPT_IN, decision


@pytest.mark.parametrize("text", [
    # the complaint stands alone, or beside another opt-out, or the opt-in is negated or told of
    "I already said stop, why do I keep getting these", "I replied stop. remove me. I want my number off",
    "I said stop, take me off and don't put me back on", "I texted stop and you put me back on the list",
])
def test_an_opt_out_told_of_with_no_plain_opt_in_beside_it_is_still_an_opt_out(text):
    assert classify(text).intent is Intent.OPT_OUT


@pytest.mark.parametrize("text", [
    "please take my cell off the electric account, I moved out", "remove this phone number from the gas bill",
    "delete my number from whatever account you have it on", "get my mobile number off your billing, not my account",
])
def test_the_writers_own_number_taken_off_an_account_is_an_opt_out_flagged_for_review(text):
    """The phone the texts reach is what is taken off: nothing more comes to it, whatever it was on. The account is
    named, so a person looks."""
    decision = classify(text)
    assert (decision.intent, decision.rule, decision.review) == (Intent.OPT_OUT, "phrase: take this number off", True)


@pytest.mark.parametrize("text", [
    "remove me from the account, my wife handles it", "remove my card from the account",
    "please don't remove my number from the account", "take my husband off the account",
])
def test_someone_or_something_else_taken_off_an_account_is_no_opt_out(text):
    assert classify(text).intent is not Intent.OPT_OUT


@pytest.mark.parametrize("text", [
    "?", "??", "¿?", "？", "who", "who??", "who do you work for", "who are u with",
    "I didn't ask for this code, is someone in my account?", "we never requested a verification code, is this fraud",
])
def test_who_a_lone_question_mark_and_a_code_nobody_asked_for_get_the_help_reply(text):
    """The help reply says who is texting and how to stop: what someone puzzled by a text, or by a code they did not
    ask for, needs."""
    assert classify(text).intent is Intent.HELP


@pytest.mark.parametrize("text, intent", [
    ("I didn't request these texts", Intent.OPT_OUT), ("I never asked for this, stop", Intent.OPT_OUT),
    ("I didn't ask for a code, stop texting me", Intent.OPT_OUT), ("who is going to the game?", Intent.NONE),
    ("!", Intent.NONE), ("? ok thanks", Intent.NONE),
])
def test_look_alikes_of_those_help_requests(text, intent):
    assert classify(text).intent is intent


def test_a_lone_question_mark_is_no_keyword_where_only_keywords_count():
    assert KeywordEngine(MatchingMode.EXACT).classify("?").intent is Intent.NONE


@pytest.mark.parametrize("text, intent", [
    # a stop sign with nothing but filler beside it; one in a sentence is something else
    ("Pls 🛑", Intent.OPT_OUT), ("⛔ now!!", Intent.OPT_OUT), ("traffic 🛑 ahead, running late", Intent.NONE),
    # Russian "stop the mailing" with the verb of halting, not only of ceasing
    ("остановите рассылку, пожалуйста", Intent.OPT_OUT), ("остановите отправку смс", Intent.OPT_OUT),
    ("остановите машину у входа", Intent.NONE),
    # a target is read in the rule's language or English: Hindi "karte" (do) is no German "Karte" (card)
    ("kaise unsubscribe karte hai isse?", Intent.OPT_OUT), ("STOP mandándome paquetes ajenos!!", Intent.NONE),
    # the sending of messages is the texts; a parcel's is not
    ("no autorizo el envío de mensajes a este número", Intent.OPT_OUT), ("cancelen el envío de mi paquete", Intent.NONE),
])
def test_the_eighth_rounds_smaller_structures(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text, intent", [
    # an order or an appointment cancelled by mistake is no opt-out sent by mistake; reminders about one are texts
    ("실수로 주문 취소했어요", Intent.NONE), ("실수로 STOP 보냈어요, 예약 알림 다시 받고 싶어요", Intent.OPT_IN),
    ("不小心回了停止，请重新给我发取药提醒", Intent.OPT_IN),
    # wanted, but by another channel, asked for in another clause
    ("お知らせを受け取りたいのですが、メールでお願いします", Intent.NONE), ("알림 다시 받고 싶어요, 이메일로 보내주세요", Intent.NONE),
    ("我想重新收到通知，用邮件发给我", Intent.NONE), ("I want text updates again, I only get emails right now", Intent.OPT_IN),
])
def test_opt_ins_without_spaces_are_read_against_what_else_the_message_names(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    # cancelling a service, a wait, a transfer, an order, a plan (Korean, Chinese, Japanese)
    "금요예배 취소인가요?", "웨이팅 그냥 취소해 주세요", "자동이체 취소 부탁드려요", "这单可以取消吗", "帮我取消自动续费",
    "ジムの月額プランを解約したいです", "サブスクを解約するにはどうすればいいですか", "ヨガ教室を退会したいです",
    # a thing or a person named after the verb; a case the writer's lawyer spoke of
    "ya no quiero la membresía del gimnasio", "ya no me manden al técnico antes de las 9",
    "ya no quiero los pantalones, ¿cómo los devuelvo?", "律师说下周开庭，我需要带什么？",
])
def test_look_alikes_of_the_seventh_rounds_structures(text):
    assert _neither_opt_out_nor_opt_in(text)


@pytest.mark.parametrize("text", [
    # Spanish: a verb of putting on, switching on or sending, in the forms one asks with, the texts named
    "métanme otra vez a los mensajes del coro", "¿me pueden incluir en los mensajes del equipo de fútbol?",
    "activen de nuevo los recordatorios de mis citas por favor", "quiero que me envíen las alertas de la colonia",
    "Apúntame de nuevo para las promociones", "Quiero avisos de cortes de agua",
    "pongan mi número en los recordatorios de la farmacia",
    # Portuguese
    "podem me incluir nas mensagens da igreja?", "quero os avisos de volta por favor",
    "me inclui de novo nas mensagens do condomínio", "cadastre-me nas promoções da loja",
    # French
    "Ajoutez-moi sur la liste des alertes météo svp", "je voudrais recevoir les rappels de la pharmacie",
    "j'aimerais recevoir les offres de la boulangerie", "salut, tu peux me réabonner ?",
    "le stop c'était une erreur, je veux les alertes",
    # Haitian Creole
    "Mwen ta renmen resevwa mesaj legliz yo", "ajoute nimewo mwen nan lis mesaj klinik la", "Reyabone mwen souple",
    # Tagalog
    "pa-sali po ulit sa mga text ng barangay", "sama nyo ulit ako sa group texts",
    "Gusto ko po ulit makatanggap ng text alerts, pwede po ba?", "nag-stop ako dati, pa-add po ulit",
    # wished, kept, switched on, sent, asked how: "me quiero suscribir", "me gustaría recibir", "empiecen a mandarme"
    "me quiero suscribir otra vez a las alertas", "empiecen a mandarme los recordatorios del dentista",
    "me gustaría recibir las promociones del mercado", "Ya volví, ¿pueden reactivar mis notificaciones?",
    "quiero volver a estar en la lista de avisos", "¿Qué hago para volver a recibir las alertas?",
    "ativa os lembretes de novo por favor", "me manda os avisos do condomínio de novo", "manda de novo as promoções pfv",
    "quero continuar recebendo os avisos da escola", "envoyez-moi les alertes de la mairie",
    "vous pourriez me remettre sur la liste ?", "je veux m'inscrire aux rappels par sms",
    "je souhaite continuer à recevoir les infos du club", "m vle kontinye resevwa mesaj legliz yo",
    "Voye mesaj yo ban mwen tanpri", "Eske w ka remete m sou lis la?", "gusto kong makatanggap ng mga text tungkol sa sale",
    "gusto ko pa rin makatanggap ng mga update", "paki-include po ako ulit sa text list",
    # informal spellings: "kiero", "q me manden", "d nuevo", "qro", "me add", "as promo", "je ve", "jveux", "envoyer-moi"
    "kiero recibir los avisos del kinder", "q me manden las ofertas xfa", "¿me pueden anotar d nuevo?",
    "qro receber as msg da loja de novo", "me add de novo na lista", "vcs podem me mandar as promo?",
    "je ve recevoir les msg du club", "jveux les notifs a nouveau", "envoyer moi les rappels svp",
    "m vle mesaj yo ankò souple", "m bezwen resevwa mesaj lekòl yo", "pa-on po ng notif", "pakisama po ako sa text blast",
    "quiero que me lleguen las alertas del banco otra vez", "quero voltar pra lista pfv",
    "j'aimerais être ajoutée à la liste svp", "Kontinye voye mesaj yo ban mwen", "balik nyo po ako sa text list",
    "padalhan nyo po ulit ako ng mga promo", "subscribe po ako ulit",
])
def test_opt_ins_by_structure_romance_ht_tl(text):
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", [
    # negated, told, asked why, a condition, a class, a bill, a deal, another channel, a code sent again
    "no me agreguen a las alertas, gracias", "¿por qué me inscriben otra vez a las promociones?",
    "me volvieron a apuntar a los mensajes sin preguntar", "si me suscribo a las ofertas, ¿me cobran?",
    "apúntame a la clase de las seis", "mándenme la factura por correo", "quiero las ofertas del 2x1, ¿cuánto cuestan?",
    "¿me pueden mandar las promociones por whatsapp?", "quiero que me manden el código de nuevo",
    "vocês me cadastraram de novo nas promoções sem eu pedir", "por que me colocam de novo nas mensagens?",
    "pode me colocar de novo na lista de espera?", "não me inclui nas mensagens",
    "je ne voudrais pas recevoir les messages", "mettez-moi sur la liste d'attente",
    "je veux recevoir les messages par courriel", "il veut recevoir les alertes",
    "m pa vle resevwa mesaj yo ankò", "poukisa nou ajoute m nan lis mesaj la?",
    "yo mete m sou lis mesaj la san pèmisyon m",
    "wag nyo na ako isama ulit sa list", "bakit nyo ako sinali ulit sa text list?", "pa-subscribe sa gym membership ko",
    # someone else's sending told, a complaint in spite of a stop, one thing sent again, another number, a wait list
    "ele me manda as promos de novo, que chato", "me manda o boleto de novo", "me mandem as ofertas por e-mail",
    "vuelven a mandarme las promociones aunque puse stop", "me mandaron otra vez las promociones",
    "si me quiero suscribir a las alertas tengo que pagar", "¿cómo hago para volver a recibir el código?",
    "¿me pueden mandar los recordatorios a otro número?", "quiero seguir en la lista de espera",
    "je voudrais recevoir les messages sur mon autre numéro", "envoyez-moi la facture",
    "je ne souhaite pas continuer à recevoir vos messages", "yo voye mesaj ban m ankò", "Voye mesaj la ban m",
    "hindi ko na gusto ulit makatanggap ng text", "gusto ko makatanggap ng update sa order ko",
    "que me manden el recibo", "me add de novo no whatsapp", "quiero recibir los avisos por whatsapp",
    "quero receber as mensagens pelo whatsapp", "envoyer moi la facture", "m vle mesaj la ankò", "pa-on ng aircon",
    "isali nyo ako sa group chat ng barangay", "pakisama po ako sa zumba class",
    "quiero que me lleguen los avisos a mi correo", "quero voltar pra lista de espera", "je ne veux pas être ajouté à la liste",
    "nou kontinye voye mesaj ban m", "wag nyo na akong padalhan ng text",
])
def test_look_alikes_of_opt_ins_by_structure_romance_ht_tl(text):
    assert classify(text).intent is not Intent.OPT_IN


@pytest.mark.parametrize("text", [
    # Hindi: "dubara" as typed, the texts named before "again", the writer wanting them too, added back (asked)
    "mujhe dubara alerts chahiye please", "school ke messages dobaara chahiye", "hume bhi mandir ke msg bhejo",
    "please wapas add kar do", "mujhe vapas add kar dijiye", "papa ko bhi, mujhe fir se offers ke msg bhejna",
    # Vietnamese: signed up to receive the texts, named; texts named whatever they are about; back on the list
    "cho em đăng ký nhận thông báo lịch học", "xin nhận lại tin nhắn đơn hàng, em lỡ bấm dừng",
    "bật tin nhắn khuyến mãi lại giúp em", "đưa số của tôi vào lại danh sách",
    # Arabic and Arabizi: subscribing again, added to the texts' list, back on the list, wishing to receive them
    "أود الاشتراك من جديد", "سجلوني في قائمة التنبيهات", "رجعوني على القائمة لو سمحتم", "ابغى استقبل العروض",
    "3ayez estalem el promos tani", "baddi eshtarek marra tanye", "3milt stop bel ghalat, rja3o b3atouli el rasayel",
    # Korean: received, sent, signed up for again, a kind of texts named
    "이벤트 문자 다시 수신하고 싶습니다", "쿠폰 다시 보내주세요", "다시 학원 알림 받고 싶어요", "다시 교회 소식 신청할게요",
    # Japanese: again after the texts, a kind of texts sent again, wished for, signed up for; a keyword in kana
    "ニュースをもう一度受け取りたいです", "キャンペーン情報をまた送ってほしいです", "予約のリマインダーを再び受信したいです",
    "また配信してほしいです", "クーポンを受け取りたいです", "ショートメールに登録したいです", "さいかい",
    # Chinese: with "again", a longer description of the texts; in pinyin; a Cantonese mistake told after the wish;
    # the number put back, asked for
    "我希望重新收到门诊预约的提醒", "chongxin dingyue", "我想继续收到你哋嘅推送，之前唔小心取消咗", "请把我的手机号加回去",
    # the texts wished for, switched on, put back on the list; the English keyword asked for; a subscription
    # cancelled by mistake
    "humein subscribe karna hai", "updates dobara on kar dijiye", "gửi lại thông báo nhắc hẹn cho tôi",
    "فعّل العروض لو سمحت", "ابغى الرسائل من جديد", "3ayez el promos tani", "بدي ارجع على القائمة", "baddi arja3 3al list",
    "이벤트 문자 받고 싶어요", "セール情報の配信を希望します", "STARTでお願いします", "我想再次start", "帮我开通优惠短信",
    "em lỡ hủy đăng ký, cho em nhận tin lại nha", "لغيت الاشتراك بالغلط، رجعوني",
    # signed up for the texts, named: what they are about, named before them, describes them
    "我要订阅你们的促销短信", "請幫我訂閱優惠通知", "把我加入你们的短信提醒吧", "예약 알림 문자 신청할게요", "공지 문자 구독합니다",
    "Em muốn nhận tin ưu đãi của tiệm", "Đăng ký nhận thông báo", "hume bhi list mein daal do", "اشتركني في التنبيهات",
])
def test_opt_ins_by_structure_asia_ar_hi(text):
    assert classify(text).intent is Intent.OPT_IN


@pytest.mark.parametrize("text", [
    # a code or one message sent again, not the texts
    "OTP wala message dobara chahiye", "인증문자 다시 받고 싶어요", "다시 인증 문자 받고 싶어요", "그 문자 다시 보내주세요",
    "인증번호 다시 보내주세요", "認証コードをもう一度送ってください", "先ほどのメッセージをもう一度送ってください",
    "我想重新收到验证码短信", "cho toi nhan lai tien",
    # negated
    "mujhe dubara messages mat bhejo", "mujhe bhi ye messages nahi chahiye", "mujhe fir se msg bhejna mat",
    "toi khong muon dang ky nhan tin", "đừng thêm tôi vào lại danh sách", "لا أريد الاشتراك مرة أخرى",
    "لا أريد استقبال الرسائل", "ma baddi ashtarik marra tanya", "ma tb3atouli el rasayel tani", "다시 수신하고 싶지 않아요",
    "お知らせをまた受け取りたくないです", "我不想重新收到每週特價的短信",
    # told, not asked: someone else's wish or words, what was done to the writer
    "mere bhai ne bola mujhe wapas add kar do", "tumne mujhe wapas add kar diya",
    "meri behen ne STOP bheja, mujhe toh messages chahiye", "họ thêm tôi vào lại danh sách mà không hỏi",
    "bạn tôi muốn đăng ký nhận tin", "هم رجعوني للقائمة بدون اذني", "你们又把我加回去了", "为什么把我的号码加回去",
    # signed up for something else: another line, a club, a waitlist, a class, an e-mail newsletter, an order
    "بدي اشترك بخط تاني", "baddi ashtarik bi khat tani", "اريد الاشتراك في النادي", "سجلوني في قائمة الانتظار",
    "mera naam class list mein wapas add kar do", "다시 수업 등록하고 싶어요", "メルマガに登録したいです", "我不小心取消了订单",
    "tôi lỡ hủy đơn hàng", "الغيت الطلب بالغلط",
    # a coupon or a call wished for, not the texts; negated
    "쿠폰 받고 싶어요", "연락 받고 싶어요", "인증 문자 받고 싶어요", "mujhe subscribe nahi karna", "startしないでください",
    "我不想重新start", "不要帮我开通短信通知", "đừng gửi lại tin khuyến mãi", "لا ابغى ارجع للقائمة",
    # wanted by e-mail or LINE, not by text; an ad bought; texting someone; a wish told as past; someone else added
    "我想订阅邮件通知", "我想重新收到邮件通知", "我想收到邮件通知", "다시 이메일 알림 받고 싶어요", "이메일 알림 신청할게요",
    "광고 신청합니다", "tôi muốn đăng ký nhận thông báo qua email", "toi muon nhan lai thong bao qua email",
    "tôi muốn nhắn tin cho bạn", "اريد استقبال الرسائل على الايميل", "お知らせをまたLINEで受け取りたいです",
    "mujhe bhi offers ke messages chahiye the, par ab nahi", "wapas add kar do usko", "你们又把我加入短信通知了",
    "我不想订阅短信",
])
def test_look_alikes_of_opt_ins_by_structure_asia_ar_hi(text):
    assert classify(text).intent is not Intent.OPT_IN


@pytest.mark.parametrize(("text", "intent"), [
    # someone else says to send STOP, the writer wants the texts: no opt-out, and no opt-in either
    ("жена говорит написать стоп но мне нужны эти скидки", Intent.NONE),
    ("biwi bolti hai stop bhejo par mujhe offers chahiye", Intent.NONE),
    ("남편이 거부 문자 보내라는데 저는 계속 받고 싶어요", Intent.NONE),
    ("夫が停止って送れって言うけど私は受け取りたい", Intent.NONE),
    ("我老公叫我回复退订，但我想继续收到优惠", Intent.NONE),
    # a service or a visit named before the verb is what is cancelled
    ("목요일 엔진오일 교환 취소해주세요", Intent.NONE),
    ("목요일 수업 취소할게요", Intent.NONE),
    ("木曜日の内見キャンセルでお願いします", Intent.NONE),
    # a newsletter, e-mails; a word for INFO inside a sentence ("don't stop the listings")
    ("اريد الغاء الاشتراك في النشرة البريدية بالايميل", Intent.NONE),
    ("mwen vle dezabone nan imel yo", Intent.NONE),
    ("物件情報は止めないでね！", Intent.NONE),
    # enough of the ads; a complaint threatened unless they stop; a keyword and the sender's kind
    ("basta pubblicità grazie, non vengo più in palestra", Intent.OPT_OUT),
    ("اذا ما وقفتوا راح اشتكي عليكم", Intent.OPT_OUT),
    ("لو ما بطلتوا ببلغ عنكم", Intent.OPT_OUT),
    ("STOP PIZZA", Intent.OPT_OUT),
    # opt-ins: the keyword in Italian, signed back up and wanted back on with the texts named, a STOP sent to the
    # wrong number
    ("ISCRIVI", Intent.OPT_IN),
    ("I want to sign back up for flood alerts", Intent.OPT_IN),
    ("I want SMS alerts back on for my bill due dates", Intent.OPT_IN),
    ("I stopped getting the snow day texts after I replied STOP to the wrong number lol. Can you re add me",
     Intent.OPT_IN),
    # why these texts come, what they are about named first
    ("Why am I getting water bill texts? I rent, the landlord pays", Intent.HELP),
    # a site of theirs asked for, named by what it shows
    ("what's the outage map website", Intent.HELP),
])
def test_ninth_round_wordings(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize(("text", "intent"), [
    # the same words, asking to stop or turned down
    ("мне не нужны эти скидки, отпишите меня", Intent.OPT_OUT),
    ("stop bhejo, mujhe offers nahi chahiye", Intent.OPT_OUT),
    ("문자 계속 받고 싶지 않아요", Intent.OPT_OUT),
    ("もう受け取りたくないです", Intent.OPT_OUT),
    ("我还是想继续收到你们的优惠短信，请帮我恢复", Intent.OPT_IN),
    ("我想重新收到优惠短信", Intent.OPT_IN),
    # the service named as what the texts are about
    ("정비 문자 거부", Intent.OPT_OUT),
    ("차 팔았어요 이제 정비 문자 안 보내셔도 돼요", Intent.OPT_OUT),
    ("수업 문자 수신거부", Intent.OPT_OUT),
    ("内見のお知らせを停止してください", Intent.OPT_OUT),
    # our texts named; INFO alone
    ("الغاء الاشتراك في الرسائل", Intent.OPT_OUT),
    ("mwen vle dezabone", Intent.OPT_OUT),
    ("m vle dezabone nan mesaj yo", Intent.OPT_OUT),
    ("情報", Intent.HELP),
    ("情報ください", Intent.HELP),
    # something else: a course, an order late, calls, an order in Spanish or French, an activity
    ("basta con queste offerte", Intent.OPT_OUT),
    ("iscrivi mio figlio al corso", Intent.NONE),
    ("اذا ما وصل الطلب راح اشتكي", Intent.NONE),
    ("stop tacos", Intent.OPT_OUT),
    ("stop calls", Intent.NONE),
    ("STOP PEDIDO", Intent.NONE),
    ("stop commande", Intent.NONE),
    ("stop lying", Intent.NONE),
    # by e-mail; negated
    ("i want to sign back up for email alerts", Intent.NONE),
    ("I dont want the texts back on", Intent.OPT_OUT),
    ("stop sending me the website link", Intent.NONE),
])
def test_look_alikes_of_ninth_round_wordings(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    # how many texts come is a complaint, not a question about what they are about
    "bro i came by ONE time to look at a truck. why do i get 4 texts a week now. chill",
    "why am I getting so many texts",
])
def test_a_count_of_texts_is_no_question_about_them(text):
    assert classify(text).intent is not Intent.HELP


@pytest.mark.parametrize(("text", "intent"), [
    # a word naming the texts right after the verb, without a determiner
    ("stop flight alerts", Intent.OPT_OUT),
    ("stop appointment reminders", Intent.OPT_OUT),
    ("turn off delivery notifications", Intent.OPT_OUT),
    ("cancel payment reminders please", Intent.OPT_OUT),
    # ... and not another language's article beginning a phrase of that language, nor a service
    ("Wag nyo i-stop ang promo texts ha, gusto ko yan", Intent.NONE),
    ("wag nyo po i-stop yung promo texts ha, gusto ko yun", Intent.NONE),
    ("Ma femme m'a dit qu'elle avait répondu STOP à vos messages sur son téléphone", Intent.NONE),
    ("stop water service", Intent.NONE),
    ("stop calls", Intent.NONE),
    # "this" as the subject of a sentence is the message, not a thing to stop
    ("I'm not expecting any package. This is a scam. STOP", Intent.OPT_OUT),
    ("I ordered a refill, stop it", Intent.NONE),
    # opt-ins: reinstated texts; START again in Polish
    ("Reinstate alerts please", Intent.OPT_IN),
    ("please reinstate my account", Intent.NONE),
    ("START ponownie", Intent.OPT_IN),
    ("STOP teraz", Intent.OPT_OUT),
])
def test_texts_named_without_a_determiner_a_scam_called_this_and_reinstated_alerts(text, intent):
    assert classify(text).intent is intent
