"""Chinese, simplified and traditional (traditional characters are folded to simplified by text.fold), matched
character by character: no word boundaries. "TD" is the unsubscribe reply Chinese senders advertise (回复TD退订)."""

from ..lexicon import Intent, Lexicon, Rule
from .common import EMBEDDED_STOP

# Cantonese forms too: 短訊 (a text), 呢啲 (these).
MESSAGES = r"(?:短信|短讯|信息|讯息|消息|简讯|通知|推送|广告|推广|促销|营销|订阅|服务|发送|这些|此类|这个|呢啲|呢d)"
# "send" as Cantonese speakers write it inside Chinese ("唔好再send啲短訊俾我").
SEND = r"(?:发|传|寄|打扰|骚扰|烦我|联系|推送|推|通知|send)"
# What someone asking to opt back in wants to receive again.
RECEIVED = r"(?:短信|信息|讯息|消息|简讯|通知|提醒|优惠|推送|广告|推广|订阅)"

LEXICON = Lexicon(
    language="zh",
    spaced=False,
    keywords={
        Intent.OPT_OUT: ("停止", "退订", "取消订阅", "td", "退出", "拒收", "停", "取消", "不要", "别发了",
                         "不要再发了", "退订短信", "请停止", "停止发送", "取消订阅谢谢", "删除", "不需要", "不用了",
                         "别再发", "够了", "不要发了", "打错了", "发错了"),
        # And in pinyin, as typed without Chinese input: "kaishi" (开始).
        Intent.OPT_IN: ("开始", "恢复", "订阅", "重新订阅", "恢复订阅", "继续", "重新开始", "kaishi", "chongxin dingyue",
                        "huifu dingyue"),
        Intent.HELP: ("帮助", "求助", "帮帮我", "帮帮忙", "你是谁", "你们是谁", "是谁", "哪位", "这是什么", "客服", "谁", "什么意思"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"(?:不感兴趣|没兴趣|没有兴趣)",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("do not send", rf"(?:不要|别|勿|不用|不必|不需要|禁止|唔好|唔使|唔需要|咪)再?(?:给我|向我|跟我|对我|俾我)?{SEND}",
                 negatable=False),
            Rule("stop the messages", rf"(?:停止|取消|退订|关闭|关掉|熄|退出|拒收|屏蔽|拉黑|停发|终止).{{0,3}}{MESSAGES}"),
            Rule("remove me", r"(?:把|将)?我(?:的号码|的电话|的手机号)?(?:从.{0,8})?(?:删除|删掉|移除|去掉|拿掉|"
                              r"除名)|(?:删除|移除)我的(?:号码|电话|手机号)"),
            # And in Cantonese (點樣, "how"; 唔再收到, "no longer receive").
            Rule("how to stop", r"(?:怎么|怎样|如何|要怎么|怎么样|點樣|点样|點先|点先|點可以|点可以)(?:先|才)?"
                                r"(?:能|可以|才能|才可以)?(?:退订|取消|停止|不再收到|唔再收到|唔再收|唔收|不再收|关掉|关闭|"
                                r"拒收|熄)|(?:有冇得|有没有办法|有冇办法|有冇方法|有什么办法|有啥办法)(?:可以)?(?:退订|取消|停止|关掉|"
                                r"关闭|熄|唔再收|不再收)"),
            Rule("do not want", r"(?:我)?(?:不|唔)(?:想|要|愿意|希望|需要)(?:再|继续|再继续)?(?:收到|接收|收|看到)",
                 negatable=False),
            # "麻烦帮我unsubscribe": the English word carriers advertise, inside Chinese, Japanese or Korean text.
            Rule("English keyword", EMBEDDED_STOP),
            Rule("complaint about more texts", r"(?:为什么|为啥|怎么)(?:还|还在|又|一直|老是|总是)(?:在)?(?:给我)?(?:发|传)|"
                                               r"(?:已经|早就|都)(?:说|回复|回|讲|发)(?:过|了)+.{0,3}(?:退订|停止|不要|别发|"
                                               r"stop|unsubscribe|td)|(?:天天|每天|整天|成天)(?:都)?(?:在)?(?:给我)?(?:发|传)(?:短信|信息|消息|广告|这些|来|啊|呀|$)",
                 negatable=False),
            Rule("wrong number", r"(?:打错电话|打错(?!字)|发错(?!字)|错号|号码错|不是我的号码|号码不是我的|不是本人|找错人|"
                                 r"(?:换|換)号|号码已经(?:换|換)|不是.{0,5}的(?:号码|电话号码|手机号|手机))", negatable=False),
            Rule("deceased", r"(?:去世|过世|已故|离世)", negatable=False),
            # 冇 is Cantonese "have not"; 沒, 註冊, 登記, 報名 are the traditional spellings.
            Rule("consent refused", r"(?:没有|从没|从来没有?|未曾|从未|冇|沒有|从沒|从来沒有?)(?:订阅|同意|注册|註冊|授权|"
                                    r"申请|登记|登記|报名|報名)",
                 negatable=False),
            # the writer's own lawyer: "律师说我的案子要暂停" asks about a case
            Rule("legal threat", r"(?:(?:我的|找|请|叫)律师|起诉|投诉|举报|骚扰)"),
            Rule("spam", r"(?:垃圾短信|垃圾信息|垃圾广告)", review="calling a text spam may not ask for all texts to stop"),
        ),
        Intent.OPT_IN: (
            Rule("subscribe again", r"(?:重新订阅|恢复订阅|恢复发送|继续发送|重新发送|再次订阅)|重新开始(?:发送?|推送)(?!送|验证|码|链接|密码)"),
            # "请重新给我发短信", not a code sent again ("重新给我发短信验证码").
            Rule("send them again", rf"(?:重新|再|继续)给我(?:发|发送|推送){RECEIVED}(?!验证|码|链接|密码)"),
            # "可以再给我发优惠短信吗": sent to me again, asked for. Not "想继续收到优惠" (wants them to go on: nothing
            # was stopped, "我老公叫我回复退订 但我想继续收到优惠"), unless a restore is asked (mistakes, below).
            Rule("receive again", rf"(?:想|希望|愿意)(?:再次?|重新|又)?(?:收到|接收|收)(?:你们的|您的|你哋嘅|你地嘅)?"
                                  rf"(?:(?!验证|密码|链接|码|邮件|邮箱|电邮|微信).){{0,4}}{RECEIVED}|"
                                  rf"(?:可以|能|请|麻烦)(?:你们|您)?(?:再|重新)(?:给我|帮我)发.{{0,4}}{RECEIVED}|"
                                  # "我想重新收到每週特價的短信": with "again", what the texts are about may be longer;
                                  # never a code
                                  rf"(?:想|希望|愿意)(?:再次?|重新|又)(?:收到|接收|收)(?:(?!验证|密码|链接|码|邮件|邮箱|电邮|微信).){{0,8}}?"
                                  rf"{RECEIVED}"),
            Rule("turn back on", rf"(?:恢复|重新开启|重新打开|重新开通)(?:我的)?.{{0,3}}{RECEIVED}"),
            # "我想重新start": the English keyword, asked for again
            Rule("English keyword", r"(?:重新|再次?|请|帮我|我要|我想|麻烦)(?:帮我)?(?:重新)?(?:start|unstop|resubscribe)(?![a-z])"),
            # "我要订阅你们的短信", "订阅优惠信息", "请把我加入短信通知": subscribed to the texts, named; not told
            # ("你们又把我加入了")
            Rule("subscribe", r"(?:(?:我要|我想|我希望|请|帮我|麻烦)(?:帮我)?|^)(?:订阅|订)(?:一下)?(?:你们的|您的|你哋嘅)?"
                              rf"(?:(?!验证|密码|链接|码|邮件|邮箱|电邮|微信).){{0,4}}?{RECEIVED}|"
                              r"(?<![又你们么他她])(?:把|将)我(?:的(?:号码|电话|手机号码|手机号))?加入(?:你们的|您的)?"
                              rf"(?:(?!验证|密码|链接|码|邮件|邮箱|电邮|微信).){{0,4}}?{RECEIVED}(?!了|过)"),
            # "帮我开通短信通知": turned on, asked for
            Rule("turn on", rf"(?:帮我|请|麻烦|我要|我想|我希望)(?:开通|开启|打开)(?:一下)?(?:(?!验证|密码|链接|码|邮件|邮箱|电邮|微信).){{0,3}}{RECEIVED}"),
            # Asked for ("请/能/可以…"), not told ("你们又把我加回去了" is a complaint).
            Rule("add me back", r"(?:请|能|可以|麻烦|能不能)(?:你们|您)?(?:重新|再)(?:加|添加)(?:上)?我|"
                                r"(?:请|能|可以|麻烦|能不能)(?:你们|您)?(?:把我|将我)?加回|"
                                # "把我的号码加回名单"; not told ("你们又把我加回去了")
                                r"(?<![又你们么他她])(?:把|将)我(?:的(?:号码|电话|手机号码|手机号))?(?:重新)?(?:加回|加进|添加回)"
                                r"(?:去|来)?(?!了|过)"),
        ),
        Intent.HELP: (
            # "你係邊個" (Cantonese: who are you?).
            Rule("who is this", r"(?:你|您|你们)是(?:谁|哪位|哪里|什么|哪家)|是谁(?:啊|呀)?$|哪位|"
                                r"(?:係|系|是)(?:邊个|边个|邊位|边位|邊間|边间|乜嘢|咩)(?!时候|時候|时间|時間|价|價)|^(?:邊个|边个|邊位|边位)"),
            # Which business, by its kind: "這是哪間餐廳", "你哋係咩公司".
            Rule("what is this", r"这是(?:什么|啥|哪里|哪儿|哪个|哪间|哪家|干什么|干嘛|做什么)|什么(?:东西|意思)|"
                                 r"(?:哪家|哪个|哪间|什么|边间|邊間|咩)(?:公司|单位|机构|平台|店|餐厅|餐廳|诊所|診所|医院|醫院|"
                                 r"药房|藥房|银行|學校|学校|健身房|教会|教會|牙科|美容院|超市|商店)(?:啊|呀|嘅|呢|来的|嚟嘅|嚟)?$|"
                                 r"呢(?:个|度)?係(?:咩|乜)|(?:乜嘢|咩)(?:嚟|事)"),
            Rule("how did you get my number", r"(?:怎么|哪里|哪儿|从哪|點樣|点样|邊度|边度|点解|點解|为什么|為什麼|为何)(?:会|會)?(?:有|来|得到|拿到|弄到|攞到|"
                                              r"搵到)的?我的?(?:号码|电话)|"
                                              r"我的号码(?:是)?(?:怎么|哪里)"),
            Rule("is this a scam", r"(?:骗子|诈骗|骗局|是真的吗)"),
            Rule("why am I getting this", r"(?:为什么|为啥|干嘛)(?:要|会)?(?:给我|向我)(?:发|传)|(?:为什么|为啥)(?:我)?(?:会)?收到"),
            Rule("need help", r"(?:需要|请)(?:帮助|帮忙)"),
        ),
    },
    filler="请 谢谢 您好 你好 麻烦 帮我 给我 吧 了 啊 呀 吗 嘛",
    negators="不要 别 不 勿 不用 没 没有 禁止 不想 不愿 不打算 唔好 唔使 唔想 咪",
    # Takeaway, bookings and classes too ("取消今晚嘅外賣訂單").
    other_targets=(r"(?:订单|预约|电话|来电|打电话|邮件|邮箱|会员|快递|包裹|药|处方|配送|购买|付款|账户|帐户|外卖|外賣|外送|"
                   r"订位|订座|订餐|预订|會議|会议|课程|堂课|机票|酒店|续费|续药|自动续|扣费|扣款|自动扣|那单|这单|單子|单子|"
                   r"今晚|今天|明天|明早|后天|後天|下周|下週|下星期|下礼拜|下禮拜|本周|本週|这周|這週|[周週][一二三四五六日末]|"
                   r"星期[一二三四五六日天]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]|[0-9]+[点點号號月])"),
    # "按错了STOP": pressed by mistake. Not "发错了"/"打错了" alone: those say the sender has the wrong number.
    # "我妹妹说她已经回复退订了": someone else's words, up to the match.
    reported_speech=(r"(?:妹妹|姐姐|哥哥|弟弟|妈妈|爸爸|老公|老婆|丈夫|妻子|先生|太太|朋友|同事|孩子|儿子|女儿|邻居|他|她|"
                     r"他们|她们|别人|有人)(?:说|讲|告诉我|让我|叫我|要我|问)(?:过|了)?.{0,8}"),
    # Or taken back: "之前回复了停止 现在想恢复短信通知" (replied stop before, now wants them back), or told after the
    # wish, the texts named ("我想再收你哋嘅優惠 之前唔小心取消咗": cancelled by mistake, in Cantonese).
    mistakes=(rf"(?:想|要|希望)(?:再|重新|继续)(?:收到|接收|收)[^ ]{{0,6}}{RECEIVED}[^ ]{{0,4}}\s*(?:之前|以前|上次|早前)?"
              r"(?:唔小心|不小心|误)(?:取消|退订)(?:咗|了)|"
              r"(?:之前|以前|上次|早前|曾经|前几天|刚才)[^ ]{0,3}(?:回复|回|发|按)(?:了|过)?(?:退订|停止|td|stop|取消)"
              r"\s*[^ ]{0,4}(?:想|要|希望)(?:要)?(?:恢复|重新|再次?|继续|收到|接收)(?:收|订|开|接)?|"
              r"(?:不小心|误|错)(?:.{0,3})(?:发|回复|回|按)了?(?:退订|停止|td|取消|stop)?|"
              # "我之前不小心退订了": unsubscribed by mistake, with no verb of sending
              r"(?:不小心|误)(?:点了?|按了?)?(?:退订|取消订阅|取消了订阅)|"
              r"(?:按|回复|回|点)错了?.{0,3}(?:stop|退订|停止|td|取消|unsubscribe)|"
              # "我还是想继续收到你们的优惠短信 请帮我恢复": wanted to go on, and restored, asked for
              rf"(?:想|要|希望)继续(?:收到|接收|收)[^ ]{{0,8}}{RECEIVED}\s*(?:请|麻烦)(?:你们|您)?(?:帮我)?恢复"),
    # "别打电话 有事发短信": the texts are fine, something else is not
    # ... or still wanted ("繼續send俾我啦", "我还想继续收")
    texts_welcome=(r"(?:发短信|短信)(?:就行|就可以|没问题|就好)|有事发短信|继续(?:send|发)(?:俾|给)我|(?:还想|还要)继续收"),
)
