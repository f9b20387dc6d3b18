"""Japanese, matched character by character. Negation follows the verb in Japanese (止めないで, "don't stop"), so
the rules name the positive forms (止めて, やめて) and 停止 followed by しないで is not a request."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = r"(?:メール|めーる|メッセージ|sms|ショートメール|ショートメッセージ|配信|送信|通知|連絡|広告|案内|お知らせ)"

LEXICON = Lexicon(
    language="ja",
    spaced=False,
    keywords={
        Intent.OPT_OUT: ("停止", "配信停止", "解除", "配信解除", "登録解除", "退会", "ストップ", "すとっぷ", "中止",
                         "やめて", "止めて", "不要", "いらない", "要らない", "送らないで", "送信停止", "受信拒否",
                         "拒否", "解約", "やめてください", "止めてください", "結構です", "迷惑です", "配信不要",
                         "もういい", "もういらない", "キャンセル"),
        Intent.OPT_IN: ("開始", "スタート", "再開", "配信再開", "再登録", "登録"),
        Intent.HELP: ("ヘルプ", "へるぷ", "助けて", "誰ですか", "どなたですか", "どなた", "誰", "だれ", "何ですか",
                      "これは何", "なにこれ", "何これ", "問い合わせ", "お問い合わせ", "情報"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("do not send", rf"(?:送らないで|送ってこないで|送信しないで|よこさないで|{MESSAGES}(?:を)?しないで)",
                 negatable=False),
            Rule("stop the messages", rf"{MESSAGES}(?:を|は)?(?:停止|止めて|とめて|やめて|解除|中止|ストップ|"
                                      r"拒否|いらない|要らない|不要)"),
            Rule("how to stop", r"(?:どう|どのように|どうやって)(?:すれば|したら|やって|やれば)?.{0,4}(?:停止|解除|止め|"
                                r"やめ|止ま|退会|拒否)"),
            Rule("do not want", r"(?:もう)?(?:いりません|要りません|必要ありません|不要です|結構です)",
                 negatable=False),
            Rule("wrong number", r"(?:番号(?:を|が)?間違|間違い(?:です|メール|番号)|人違い|宛先(?:が|を)?間違|"
                                 r"番号違い|別人)", negatable=False),
            Rule("deceased", r"(?:亡くなり|亡くなった|死亡|他界)", negatable=False),
            Rule("consent refused", r"(?:登録|同意|許可|申し込み|申込)(?:して|した覚え(?:が|は)?|は?して)?"
                                    r"(?:いない|いません|ない|ありません)", negatable=False),
            Rule("legal threat", r"(?:弁護士|訴え|通報|警察)"),
        ),
        Intent.OPT_IN: (
            Rule("resume", rf"(?:{MESSAGES})?(?:を)?(?:再開|再登録|もう一度(?:送|登録))"),
        ),
        Intent.HELP: (
            Rule("who is this", r"(?:誰|だれ|どなた|どちら様|どちらさま)(?:です|でしょう)?か?"),
            Rule("what is this", r"(?:これは|これ|この(?:メール|メッセージ)は)(?:何|なん)"),
            Rule("how did you get my number", r"(?:どこで|どうして|なぜ)(?:私の)?(?:番号|電話番号)"),
            Rule("is this a scam", r"(?:詐欺|さぎ)"),
        ),
    },
    filler="ください 下さい お願いします おねがいします お願い です ます よ ね もう すぐに すぐ 今すぐ",
    negators_after="しないで しなくて しません ないで",
    other_targets=r"(?:注文|予約|電話|着信|メールアドレス|eメール|配達|荷物|会員|処方|薬|購入|支払)",
    mistakes=r"(?:間違えて|誤って|うっかり)(?:.{0,6})(?:送|送信|返信|押)",
)
