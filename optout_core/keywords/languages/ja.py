"""Japanese, matched character by character. Negation follows the verb in Japanese (止めないで, "don't stop"), so
the rules name the positive forms (止めて, やめて) and 停止 followed by しないで is not a request."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

STOP_VERB = r"(?:停止|止め|とめ|やめ|解除|中止|ストップ|拒否|退会|オフに|無効に)"
MESSAGES = (r"(?:メール|めーる|メッセージ|sms|ショートメール|ショートメッセージ|配信|送信|通知|連絡|広告|案内|お知らせ|"
            r"リマインダー|リマインド|クーポン|セール情報|お得情報|キャンペーン情報|ニュース)")
# Kinds of texts a program sends, which asked for again are a subscription: not a message or a code sent again
# ("先ほどのメッセージをもう一度送って", "認証コードをもう一度送って").
KINDS = r"(?:お知らせ|通知|配信|クーポン|セール情報|お得情報|キャンペーン情報|ニュース|リマインダー|リマインド|広告)"
AGAIN = r"(?:また|もう一度|もういちど|再び|再度)"
# By text, as wished ("またSMSで受け取りたい"), not by LINE or e-mail.
BY_SMS = r"(?:sms|ショートメール|ショートメッセージ|テキスト|携帯)で"

LEXICON = Lexicon(
    language="ja",
    spaced=False,
    keywords={
        Intent.OPT_OUT: ("停止", "配信停止", "解除", "配信解除", "登録解除", "退会", "ストップ", "すとっぷ", "中止",
                         "やめて", "止めて", "不要", "いらない", "要らない", "送らないで", "送信停止", "受信拒否",
                         "拒否", "解約", "やめてください", "止めてください", "結構です", "迷惑です", "配信不要",
                         "もういい", "もういらない", "キャンセル", "ていし", "かいじょ", "はいしんていし", "ていしして",
                         "ていしで", "停止で", "停止して", "停止願います", "配信停止で", "配信停止して"),
        Intent.OPT_IN: ("開始", "スタート", "再開", "配信再開", "再登録", "登録", "かいし", "すたーと", "さいかい",
                        "とうろく", "さいとうろく"),
        Intent.HELP: ("ヘルプ", "へるぷ", "助けて", "誰ですか", "どなたですか", "どなた", "誰", "だれ", "何ですか",
                      "これは何", "なにこれ", "何これ", "問い合わせ", "お問い合わせ"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"興味(?:が|は)?(?:ない|ありません)",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("do not send", rf"(?:送らないで|送ってこないで|送信しないで|よこさないで|送ってくるな|送るな|よこすな|"
                                rf"連絡するな|連絡してくるな|{MESSAGES}(?:を)?しないで)",
                 negatable=False),
            # "通知をオフにして", "通知オフにしたい": what is switched off is named; "しないで" after に negates it.
            Rule("stop the messages", rf"{MESSAGES}(?:を|は)?(?:停止|止めて|とめて|やめて|解除|中止|ストップ|"
                                      r"拒否|いらない|要らない|不要|(?:オフ|off|無効)に?)"),
            # "どうすれば届かなくなりますか": how to make them stop coming
            Rule("how to stop", r"(?:どう|どのように|どうやって|どうやったら)(?:すれば|したら|やって|やれば)?.{0,6}(?:停止|解除|止め|"
                                r"やめ|止ま|退会|拒否|届かなく|来なく|こなく)"),
            # "このSMSを止めるにはどうすればいいですか", "解除するには": what to do to stop.
            Rule("what to do to stop", rf"{STOP_VERB}(?:する|る|させる)?(?:には|ためには|ために)(?:どう|どのように|何を|"
                                       r"どこ|どうやって)"),
            # "どうすればメールが来なくなりますか", "通知が届かないようにしてください": made to stop coming.
            Rule("stop coming", rf"{MESSAGES}(?:が|は|を)?(?:もう)?(?:来なく|こなく|届かなく)(?:なりますか|なるか|なる方法|なるには|して)|"
                                rf"{MESSAGES}(?:が|は)?(?:もう)?(?:来ない|こない|届かない)ように"),
            # "止める方法を教えて", "解除の仕方", "止め方": asking for the way to stop.
            Rule("way to stop", rf"(?:{STOP_VERB}(?:する|る)?|{STOP_VERB}の)(?:方法|やり方|仕方|手順|手続き)|"
                                r"(?:止め|やめ|とめ)方"),
            Rule("complaint about more texts", rf"(?:{QUOTED_STOP}|ストップ|停止|解除|配信停止|いらない)(?:って|と)"
                                               r"(?:送|言|返信|伝え)|(?:まだ|いつまで|何度も)(?:メール|メッセージ|sms)?"
                                               r"(?:が)?(?:来る|届く|送ってくる|くる)", negatable=False),
            Rule("do not want", r"(?:もう)?(?:いりません|要りません|必要ありません|不要です|結構です)",
                 negatable=False),
            Rule("do not want to receive", r"(?:受信|受け取り|受取り|受けとり)(?:し)?たく(?:ない|ありません|ないです)",
                 negatable=False),
            Rule("wrong number", r"(?:番号(?:を|が)?間違|(?:番号|持ち主|所有者)(?:が|は)?(?:変わ|かわ)|間違い(?:です|メール|番号)|人違い|宛先(?:が|を)?間違|"
                                 r"番号違い|別人|(?:前|以前|元)の(?:持ち主|所有者|使用者|利用者|契約者)|"
                                 r"(?:以前|前に|昔)(?:この番号を)?使(?:って|用して)い?た(?:方|人)|"
                                 r"(?:この番号|番号)(?:は|が)?(?:今は|いまは|現在は|もう|.{1,4}から)(?:私の(?:もの|番号)|別の(?:人|方))|"
                                 r"(?:この番号|番号)(?:は|が)?(?:別の(?:人|方)の|他の(?:人|方)の|私の(?:もの|番号)(?:では|じゃ)))",
                 negatable=False),
            Rule("deceased", r"(?:亡くなり|亡くなった|死亡|他界)", negatable=False),
            Rule("consent refused", r"(?:登録|同意|許可|申し込み|申込)(?:して|した覚え(?:が|は)?|は?して)?"
                                    r"(?:いない|いません|ない|ありません)", negatable=False),
            Rule("without consent", r"勝手に(?:登録|送信|送ら|送っ|配信|連絡)", negatable=False),
            Rule("remove my number", r"(?:私の|この|僕の)?(?:電話)?番号(?:を|は)?(?:削除|消して|消去|外して|リストから外)"),
            Rule("legal threat", r"(?:弁護士|訴え|通報|警察)"),
            Rule("spam", r"(?:迷惑|スパム)(?:メール|メッセージ|sms)?(?:です|だ|でしょ)", review="calling a text spam may not ask for all texts to stop"),
        ),
        Intent.OPT_IN: (
            # Not "もう一度送って" alone: that asks to resend a code or a message, not to opt back in.
            Rule("resume", rf"(?:{MESSAGES})?(?:を)?(?:再開|再登録|もう一度登録|登録し直)"),
            # "またクーポンのメッセージを受け取りたい": what the texts are about may come between
            Rule("receive again", rf"(?:また|もう一度|再び|やっぱり)(?:.{{0,8}}){MESSAGES}(?:を|も)?(?:受け取り|受信し|受けとり)"
                                  rf"たい(?!く)|"
                                  rf"{MESSAGES}(?:を)?(?:また|もう一度|再び)?(?:オンに|有効に)(?:して|する)|"
                                  # "もう一度SMS通知を受け取れるように登録お願いします": so that they come again.
                                  rf"(?:また|もう一度|再び)(?:.{{0,4}}){MESSAGES}(?:を|が)?(?:受け取れる|受けとれる|受信できる|"
                                  r"届く)ように"),
            # "クーポンの配信をもう一度受け取りたい", "お知らせをまたSMSで受け取りたい": again after the texts; "セールの
            # お知らせまた送ってください": a kind of texts sent again, asked for. What they are about, named before them
            # ("支払いのお知らせ"), describes them.
            Rule("the texts asked for (again)", rf"{MESSAGES}(?:を|も)?{AGAIN}(?:{BY_SMS})?(?:受け取り|受信し|受けとり)たい(?!く)|"
                                    rf"{KINDS}(?:を|も)?{AGAIN}(?:送って|送信して|配信して)(?:ください|下さい|ほしい|欲しい|もらえ|"
                                    rf"いただけ)|{AGAIN}{KINDS}(?:を|も)?(?:送って|送信して|配信して)(?:ください|下さい|ほしい|欲しい|"
                                    r"もらえ|いただけ)|"
                                    # "また配信してください"
                                    rf"{AGAIN}(?:配信|送信)(?:して|を再開して)(?:ください|下さい|ほしい|欲しい|もらえ|いただけ)|"
                                    # "お知らせを受け取りたい", "SMS配信に登録したい": wishing to receive them, or to sign up
                                    rf"{KINDS}(?:を|も)?(?:{BY_SMS})?(?:受け取り|受信し|受けとり)たい(?!く)"
                                    r"(?!.*(?:(?<!ショート)メールで|郵送|アプリで|lineで|ラインで))|"
                                    rf"(?:sms|ショートメール|ショートメッセージ|{KINDS})(?:に|を|の)?(?:登録|申し込み|申込)"
                                    r"(?:したい|します|お願い|して)|"
                                    # "クーポン配信希望です"
                                    rf"(?:sms|{KINDS})(?:の)?(?:配信|受信)?(?:を)?希望(?:します|です|いたします)", targeted=True),
            # "STARTでお願いします": the English keyword carriers advertise, asked for in Japanese
            Rule("English keyword", r"(?<![a-z])(?:start|unstop|resubscribe)(?:で|に|を)?(?:お願い|してください|して下さい|"
                                    r"したい|します)"),
        ),
        Intent.HELP: (
            # INFO asked for, alone: not a word inside a sentence, where it is what the texts are about ("物件情報は
            # 止めないでね", don't stop the property listings).
            Rule("info", r"^(?:もっと|詳しい|くわしい)?(?:情報|じょうほう)(?:を|が)?(?:ください|下さい|お願いします|おねがいします|"
                         r"ほしい|欲しい|です)?$"),
            Rule("who is this", r"(?:誰|だれ|どなた|どちら様|どちらさま)(?:です|でしょう)?か?"),
            Rule("what is this", r"(?:これは|これ|この(?:メール|メッセージ)は)(?:何|なん)"),
            Rule("how did you get my number", r"(?:どこで|どうして|なぜ|どうやって)(?:私の|この|僕の)?(?:番号|電話番号)|"
                                              r"(?:番号|電話番号)(?:を|は)?(?:どこで|どうやって|どうして|なぜ)"),
            Rule("which company", r"(?:会社|社名|企業|お店|店名|業者)(?:名)?(?:を|は)?(?:教えて|どこ|何|なん)|"
                                  r"(?:どこ|どちら)の(?:会社|お店|業者|店|病院|医院|クリニック|歯医者|歯科|薬局|学校|塾|教会|ジム|銀行|サロン|美容院|"
                                  r"レストラン|団体|事務所|サービス)|何の(?:件|用件|ご用|連絡|メール|メッセージ|お知らせ)|"
                                  r"(?:ご用件|用件)(?:は|を)|(?:どういう|どんな|何の)(?:ご)?用件"),
            Rule("is this a scam", r"(?:詐欺|さぎ)|(?:本物|正規|公式)(?:ですか|なの|かな|でしょうか)"),
            Rule("why am I getting this", r"(?:なぜ|どうして|なんで)(?:私に)?(?:メッセージ|メール|sms|連絡)?(?:が|を)?"
                                          r"(?:来る|届く|送って|送られて|来ます|届きます)"),
        ),
    },
    filler="kudasai onegaishimasu onegai ください 下さい お願いします おねがいします お願い です ます よ ね もう すぐに すぐ 今すぐ",
    # And "やめていいですか" asks leave to stop something, it does not ask us to stop.
    # And "…が配信停止したと言っていました": what someone said they did, a quotation told after it.
    negators_after="しないで しなくて しません ないで いいですか もいいですか いいでしょうか もいいでしょうか したと言 したって言",
    # "飲むのをやめて": a verb made a noun (…のを) stops an activity, unless the activity is sending or receiving.
    # And a visit or a service booked, named before the verb ("木曜日の内見キャンセルでお願いします"), unless it
    # describes the texts the match begins with ("内見のお知らせを停止").
    other_targets=(r"(?:(?:内見|内覧|見学|面談|面接|点検|修理|車検|工事|来店|訪問|施術|診察|検診|レッスン|体験|相談会)(?!の )|"
                   r"キャンセル待ち|待ち|マガジン|メルマガ|ニュースレター|注文|予約|電話|着信|メールアドレス|eメール|配達|荷物|会員|処方|薬|購入|支払|定期便|定期購入|定期配送|定期お届け|契約|プラン|月額|サブスク|ジム|教室|スクール|クラブ|口座|引き落とし|"
                   r"(?<!送)(?<!信す)(?<!絡す)(?<!取)(?<!てく)[うくぐすつぬぶむる]の(?:を|は)? )"),
    # The opt-out word itself is named: "番号を間違えて送っています" is the sender's mistake, not the recipient's.
    mistakes=(r"(?:間違えて|間違って|まちがえて|誤って|うっかり|手違いで)(?:stop|ストップ|停止|解除|配信停止)(?:を|と|って)?"
              r"(?:送|押|し|返信)|"
              r"(?:stop|ストップ|停止|解除)(?:を|と|って)?(?:.{0,3})(?:間違えて|間違って|誤って|うっかり)"),
    # "お電話はご遠慮ください、メッセージでお願いします": the texts are fine, something else is not
    # ... or the writer, unlike someone else, wants them ("夫が停止って送れって言うけど私は受け取りたい")
    texts_welcome=(r"(?:メッセージ|ショートメール|sms)でお願い|(?:私|わたし|僕|自分)は\s?(?:[^ ]{0,8}\s?)?(?:受け取り|受信し|受けとり)"
                   r"(?:続け)?たい(?!く)"),
)
