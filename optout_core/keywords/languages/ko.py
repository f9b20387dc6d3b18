"""Korean, matched on the text with its spaces removed: spacing in Korean texts varies (그만 보내세요 / 그만보내세요).
Negation follows the verb (중지하지 마세요, "don't stop"), so the rules name the positive forms."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = r"(?:문자|메시지|메세지|연락|광고|알림|sms|홍보|카톡|소식|공지|안내|쿠폰|혜택|이벤트)"
# What the texts are about, named before them: "배송 알림" (delivery alerts) are texts, while "배송" alone is a delivery.
# So is a service booked ("정비 문자", "수업 알림"), which alone, before the verb, is what is cancelled (SERVICES).
SERVICES = r"(?:교환|수리|점검|정비|세차|시술|상담|방문|레슨|수업|검사|검진|투어|견학|면접|미팅|렌트|대여)"
ABOUT = rf"(?:배송|주문|예약|결제|택배|진료|배달|{SERVICES})?"
# Kinds of texts a program sends, which asked for again are a subscription: not a text or a code sent again
# ("그 문자 다시 보내주세요", "인증번호 다시 보내주세요").
KINDS = r"(?:알림|소식|공지|광고|홍보|쿠폰|혜택|이벤트|할인)"
# What may describe the texts between "다시" and them ("다시 할인 문자", "다시 교회 문자"), never a code.
# Nor another channel ("다시 이메일 알림": e-mail).
DESCRIBED = r"(?:(?!인증|비밀|코드|otp|메일|카톡|앱|우편).){0,4}?"

LEXICON = Lexicon(
    language="ko",
    spaced=False,
    keywords={
        Intent.OPT_OUT: ("중지", "중단", "그만", "수신거부", "거부", "해지", "탈퇴", "취소", "정지", "스톱",
                         "구독취소", "구독해지", "스탑", "수신중지", "차단", "그만해", "그만하세요", "그만해요", "그만요",
                         "빼주세요", "삭제해주세요", "보내지마세요", "보내지마", "싫어요", "필요없어요", "됐어요",
                         "080수신거부", "사절", "광고사절"),
        Intent.OPT_IN: ("시작", "재개", "수신동의", "재가입", "다시시작", "구독", "재구독", "재신청"),
        Intent.HELP: ("도움", "도움말", "도와주세요", "누구세요", "누구시죠", "누구야", "누구", "뭐예요", "뭐에요",
                      "이게뭐야", "이게뭐예요", "정보", "안내"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"관심(?:이|은)?없",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("do not send", rf"(?:{ABOUT}{MESSAGES}{{1,2}})?(?:를|을|좀)?(?:보내지|주지|연락하지|발송하지|문자하지)(?:마|말아|않았으면)",
                 negatable=False),
            Rule("stop", rf"(?:{ABOUT}{MESSAGES}{{1,2}})?(?:를|을|좀)?그만(?:보내|하|좀|해|요)"),
            Rule("stop the messages", rf"(?:{ABOUT}{MESSAGES}{{1,2}})?(?:수신)?(?:거부|차단|해지|중지|중단|정지|취소)|{MESSAGES}(?:는|은)?사절|"
                                      rf"{ABOUT}{MESSAGES}{{1,2}}(?:수신)?(?:를|을|좀)?(?:끊|멈춰|멈추|안오게|안보내게|꺼|끄|끌|해제)"),
            Rule("remove me", r"(?:번호|저를|나를|제번호|내번호|명단에서)(?:좀)?(?:삭제|빼|지워|제외)"),
            Rule("how to stop", r"어떻게(?:하면|해야)?.{0,4}(?:수신거부|해지|중지|그만|차단|구독취소|안받|끊|멈추|"
                                r"안오게|안와|끄|꺼|해제)|(?:수신거부|해지|중지|차단|구독취소|안받|안오|그만받|끊|끄|해제하|멈추)(?:으려면|려면|하려면|"
                                r"게하려면|는법|는방법|하는법|하는방법|방법)"),
            Rule("do not want", r"(?:받고싶지|받기싫|원하지|원치)(?:않|어)", negatable=False),
            Rule("will not receive", rf"(?:{MESSAGES}|더이상|더는|이제|앞으로)(?:를|을|은|는|도|좀)?(?:더이상|더는|이제|앞으로)?"
                                     r"(?:(?:받지|수신하지)않(?:겠|을래|을게|고싶)|안받(?:겠|을래|을게|고싶)|"
                                     r"수신안(?:하겠|할래|할게))", negatable=False),
            # "연락 안 주셔도 됩니다", "문자 보내지 않으셔도 돼요": no need to send.
            Rule("no need to send", rf"{ABOUT}{MESSAGES}{{1,2}}(?:를|을|은|는|도|좀)?(?:더이상|이제|앞으로)?(?:안(?:주|보내|해|하)|"
                                    r"(?:주|보내|하)지않으)(?:셔도|서도|도)(?:돼|되|됩|괜찮)",
                 negatable=False),
            Rule("wrong number", r"(?:잘못(?:보내|된번호|거신|온|아셨|아신|알고)|번호(?:를|가)?잘못|번호(?:가)?틀|틀린번호|잘못된번호|다른사람|"
                                 r"저아니|번호(?:가)?바뀌|주인(?:이)?바뀌|전주인|제번호아니|제번호가아니)", negatable=False),
            Rule("deceased", r"(?:돌아가셨|사망|소천|별세|세상을떠나|세상떠나|작고|타계)", negatable=False),
            # "동의한 적 없어요", "수신 동의 안 했는데요", "동의 철회합니다" (consent withdrawn).
            Rule("consent refused", r"(?:동의|가입|신청)(?:한적|한일)(?:이)?(?:없|없는)|(?:동의|가입|신청)(?:를|을|는|은)?"
                                    r"(?:안|하지않)(?:했|함|하였|한)|동의(?:를|는)?(?:철회|취소)", negatable=False),
            Rule("legal threat", r"(?:신고|고소|변호사|스팸신고)"),
            Rule("complaint about more texts", r"왜(?:이렇게)?(?:자꾸|계속|또|아직도|여전히)", negatable=False),
            Rule("spam", r"(?<!이거)(?<!이게)(?<!이건)(?<!혹시)(?:스팸|광고문자)(?:이에요|예요)|(?:스팸|광고문자)(?:입니다|이네|임|이다)", review="calling a text spam may not ask for all texts to stop"),
        ),
        Intent.OPT_IN: (
            # "다시 문자 받고 싶어요", "다시 시작할게요" (at the start: "운동 다시 시작할게요" restarts something else).
            # What is received again is named, or nothing is ("비밀번호 다시 받고 싶어요" is a password).
            Rule("resume", rf"(?<!인증){ABOUT}{MESSAGES}(?:를|을|도)?다시받|^다시받|(?:{ABOUT}{MESSAGES})?(?:수신동의|재개|재가입|재구독)|"
                           r"다시(?:켜|구독|가입|신청)|(?:구독|가입|수신)(?:을|를)?다시(?:할|하|해|신청)|수신(?:을|를)?다시동의|"
                           rf"다시(?:{MESSAGES}){{1,2}}(?:를|을|도)?받(?:고싶|을래|을게|게해|게해주|도록)|"
                           r"^(?:start)?다시시작(?:할게|할래|해주|해줘|합니다|하겠)|"
                           rf"{ABOUT}{MESSAGES}(?:을|를)?(?:다시)?켜(?:주|줘|줄)"),
            # "다시 수신하고 싶어요", "다시 할인 문자 받고 싶어요", "서비스 알림 문자 다시 보내주세요", "다시 교회 문자
            # 등록해주세요", "다시 START 할게요": received, sent, signed up for again, asked for.
            Rule("receive again", rf"(?:(?<!인증){ABOUT}{MESSAGES}(?:를|을|도)?)?다시수신(?:하고싶|할래|할게|하겠|하도록|되도록|되게|"
                                  rf"해주|하게|받고싶)|"
                                  rf"다시{DESCRIBED}{MESSAGES}{{1,2}}(?:를|을|도)?받(?:고싶|을래|을게|게해|게해주|도록)|"
                                  rf"{KINDS}{MESSAGES}?(?:를|을|도)?다시보내(?:주세요|줘|주시|주실|주셨으면|주면)|"
                                  rf"다시{KINDS}{MESSAGES}?(?:를|을|도)?보내(?:주세요|줘|주시|주실|주셨으면|주면)|"
                                  rf"다시{DESCRIBED}{MESSAGES}(?:를|을|도|에|으로)?(?:등록|신청|구독|가입)(?:해|하|할|부탁)|"
                                  rf"{MESSAGES}(?:수신)?(?:를|을|에)?다시(?:등록|신청)(?:해|하|할|부탁)|"
                                  r"^다시(?:start|스타트)(?:할게|할래|해주|해줘|합니다|하겠|해요|$)"),
            # "문자 알림 신청합니다", "예약 알림 문자 신청할게요": signed up for, the texts named ("광고 신청" buys an ad);
            # what they are about, named before them, describes them
            Rule("sign up for the texts", rf"(?<!인증)(?<!메일)(?<!카톡)(?<!앱)(?:{KINDS}|{ABOUT})(?:문자|메시지|메세지|알림|sms|소식|공지)"
                                          r"(?:수신)?(?:을|를)?(?:신청|등록|구독)(?:합니다|할게|할래|해요|해주|하고싶|하겠|하려고|부탁)",
                 targeted=True),
            # "할인 문자 받고 싶어요": wishing to receive texts, named as texts ("쿠폰 받고 싶어요" is a coupon, "연락" a call)
            Rule("want the texts", rf"(?<!인증)(?<!메일)(?<!카톡)(?<!앱)(?:{KINDS}|{ABOUT})(?:문자|메시지|메세지|알림|sms|소식|공지)(?:를|을|도)?"
                                   r"받(?:고싶|을래|을게)"),
        ),
        Intent.HELP: (
            Rule("who is this", r"(?:누구|어디)(?:세요|시죠|신가요|야|예요|에요|십니까)|누가(?:보낸|보내|보냈)|"
                                r"어디(?:서|에서)(?:보낸|보내|보냈|온)"),
            Rule("what is this", r"(?:이게|이거|이건|이문자)(?:뭐|무엇)|(?:무슨|어떤|뭔)(?:문자|메시지|메세지|내용|용건)"),
            Rule("how did you get my number", r"(?:번호|연락처)(?:를|는|은|을)?(?:어떻게|어디서)|"
                                              r"(?:어떻게|어디서)(?:제|내)?(?:번호|연락처)"),
            Rule("why am I getting this", r"왜(?:저한테|나한테|저에게|제게|저에게)?(?:문자|메시지|메세지|연락)?(?:를|을)?"
                                          r"(?:보내|하시|주시|오는|와요)"),
            Rule("is this a scam", r"(?:사기|스미싱|피싱)|스팸(?:인가요|인가|인지|아니에요|맞나요|맞아요)|(?:이거|이게|이건)(?:혹시)?스팸(?:이에요|예요|이죠|일까요)"),
            Rule("which company", r"(?:어느|어떤|무슨)(?:회사|업체|곳|가게|단체|기관|교회|병원|약국|학교|은행|매장|센터|"
                                  r"헬스장|체육관|치과|한의원|클리닉|식당|학원|마트|쇼핑몰|앱)|(?:회사|업체)(?:이름|명)(?:이|가|은|는)?|"
                                  r"(?:고객센터|상담원|담당자|회사|업체)(?:번호|연락처|이름|전화번호)?(?:를|을|좀)?(?:알려|가르쳐)"),
        ),
    },
    filler="주세요 해주세요 제발 좀 요 이요 부탁드립니다 부탁해요 감사합니다 이제 당장",
    negators="안 못",
    # "금식은 그만하라고 하셨어요": what someone (honoured) told the writer to stop, not a request to us.
    negators_after="하지마 하지말 하지않 마세요 지마 지말 지않 기싫 라고하셨 하라고하셨 보라고 보래 먹으라고 하래 하시래 다닐 다니 다녀 먹을 마시 마실 피우 피울 볼래 놀 웃겨 웃기",
    # And a service booked, named before the verb: "목요일 엔진오일 교환 취소해주세요" (cancel Thursday's oil change).
    other_targets=(r"(?:주문|예약|전화|이메일|메일|뉴스레터|배송|택배|약|처방|회원|결제|구매|자동이체|이체|웨이팅|대기|예배|계약|"
                   rf"{SERVICES})"),
    # Or taken back: "예전에 해지했는데 다시 받고 싶어요" (cancelled before, want them again).
    mistakes=(r"(?:실수로|잘못\s*눌러|(?:stop|수신거부|중지|거부|해지)\s*(?:를|을)?\s*잘못\s*(?:눌|보냈|보내))|"
              r"(?:stop|스톱|스탑|수신거부|거부|해지|중지|취소|탈퇴|그만)\s*(?:를|을)?\s*(?:했는데|했었는데|했지만|했었지만|"
              r"했어요\s*근데|했는데요)\s*(?:[^ ]+\s*){0,3}?다시\s*(?:[^ ]+\s*)?(?:받고\s*싶|받을\s*수\s*있|받을래|"
              r"받을게|가입|구독|신청)"),
    # "전화 말고 문자로 주세요": the texts are fine, something else is not
    # ... or still wanted ("저는 계속 받을게요")
    # ... or wished to go on ("남편이 거부 문자 보내라는데 저는 계속 받고 싶어요")
    texts_welcome=(r"문자로\s?(?:주세요|해\s?주세요|연락\s?주세요|보내\s?주세요)|계속\s?받을(?:게요|께요|래요)|"
                   r"계속\s?받고\s?싶(?!지)"),
)
