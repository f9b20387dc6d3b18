"""Vietnamese, with or without diacritics. Folding strips the tones, and writes đ as "dd" (its Telex spelling), so
"dừng" (stop) and "dung" typed without accents match, while "đúng" (right, correct) and "đừng" (don't) do not."""

from ..lexicon import Intent, Lexicon, Rule
from .common import QUOTED_STOP

MESSAGES = (r"(?:tin\s+nhan|tin\s+khuyen\s+mai|tin\s+uu\s+ddai|uu\s+ddai|tin\s+tuc|nhac\s+nho|tin\s+nhac\s+nho|tin|nhan\s+tin|sms|tin\s+quang\s+cao|quang\s+cao|thong\s+bao|khuyen\s+mai|lien\s+lac|"
            r"goi\s+tin)")
ME = r"(?:toi|minh|em|anh|chi|tui|tao|con|cho\s+toi|cho\s+minh|cho\s+em|cho\s+tui)"
# The texts wanted by another channel ("nhận thông báo qua email"): not ours.
BY_OTHER_CHANNEL = r"(?!.*\b(?:qua|bang|tren|vao)\s+(?:email|e\s*mail|mail|gmail|zalo|facebook|fb|messenger|app|ung\s+dung)\b)"
# Words a request may open with: "xin", "vui lòng", "làm ơn", "hãy", "ad ơi".
ASKING = r"(?:(?:xin|vui\s+long|lam\s+on|hay|ad|oi|a|chi|anh|em|ban)\s+){0,3}"

LEXICON = Lexicon(
    language="vi",
    forgives_typos=False,
    keywords={
        Intent.OPT_OUT: ("dung", "dừng", "ngung", "ngừng", "huy", "hủy", "huy dang ky", "hủy đăng ký", "dung lai",
                         "dừng lại", "ngung lai", "thoi", "thôi", "khong nhan", "tu choi", "từ chối", "dung gui",
                         "dừng gửi", "ngung gui", "ngừng gửi", "huy dich vu", "hủy dịch vụ",
                         "dung nhan tin", "dừng nhắn tin", "thoi dung gui nua", "khong can", "không cần",
                         "xoa so", "xóa số", "dung di", "dừng đi", "thoi di", "thôi đi"),
        Intent.OPT_IN: ("bat dau", "bắt đầu", "dang ky lai", "đăng ký lại", "tiep tuc", "tiếp tục", "nhan lai",
                        "nhận lại", "dang ky", "đăng ký"),
        Intent.HELP: ("giup", "giúp", "giup do", "giúp đỡ", "tro giup", "trợ giúp", "ai vay", "ai vậy", "ai day",
                      "ai đấy", "ai đây", "ban la ai", "bạn là ai", "day la gi", "đây là gì", "thong tin",
                      "thông tin", "ho tro", "hỗ trợ", "ai the", "ai thế", "ai do", "ai đó"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"khong\s+(?:quan\s+tam|co\s+nhu\s+cau)",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            # Not after "dung": typed without accents, "dung ngung gui" is "đừng ngừng gửi", don't stop sending.
            Rule("stop sending", rf"(?<!\bdung\s)(?:dung|ngung|thoi|dung\s+lai|ngung\s+lai|huy|cham\s+dut|tu\s+choi|tat|chan)\s+"
                                 rf"(?:viec\s+)?(?:(?:may|cac|nhung|het|moi)\s+)?"
                                 rf"(?:gui|nhan|nhan\s+tin|sms|tin\s+nhan|lien\s+lac|lam\s+phien|spam|{MESSAGES})"),
            Rule("do not send", rf"(?:khong|ddung|dung\s+co|xin\s+ddung|vui\s+long\s+ddung|ddung\s+co|ko|k|"
                                rf"khong\s+duoc)\s+(?:gui|nhan\s+tin|nhan|lam\s+phien|lien\s+lac|spam|goi\s+va\s+"
                                rf"nhan\s+tin)\s+(?:{MESSAGES}\s+){{0,2}}(?:{ME}\s*)?(?:nua|them)",
                 negatable=False),
            Rule("do not want", rf"(?:khong|ko|k|cha)\s+(?:muon|can|thich)\s+(?:tiep\s+tuc\s+)?(?:nhan|nhan\s+duoc|{MESSAGES})",
                 negatable=False),
            Rule("unsubscribe", r"huy\s+(?:ddang\s+ky|dang\s+ky|dich\s+vu|nhan\s+tin|theo\s+doi)|"
                                r"\b(?:xoa|go|bo)\s+(?:so|so\s+ddien\s+thoai|so\s+dien\s+thoai|ten)\s+"
                                r"(?:cua\s+)?(?:toi|minh|em|tui)|\b(?:xoa|bo|loai|go|ddua)\s+(?:toi|minh|em|tui)\s+(?:ra\s+)?khoi"),
            Rule("how to stop", r"(?:lam\s+sao|lam\s+the\s+nao|cach\s+nao)\s+(?:dde\s+|de\s+)?(?:huy|dung|ngung|"
                                r"khong\s+nhan|tu\s+choi|tat|chan|thoi\s+nhan)"),
            Rule("wrong number", r"so\s+(?:nay|ddien\s+thoai\s+nay|dien\s+thoai\s+nay)\s+khong\s+phai\s+(?:la\s+)?(?:cua\s+)?"
                                 r"(?:toi|minh|em)|(?:nham|sai)\s+(?:so|nguoi)|\bkhong\s+phai\s+(?:so|sdt)\s+(?:cua\s+)?"
                                 # "Ba tôi đã mất tháng trước": a relative has died ("mất" alone is also "to lose")
                                 r"(?:toi|minh)|\b(?:ba|bo|me|ma|ong|chong|vo|con|anh|chi)\s+(?:toi|em|minh|tui)\s+"
                                 r"(?:dda\s+|da\s+)?mat\b(?!\s+(?:dien\s+thoai|ddien\s+thoai|viec|tien|the|vi|so))|"
                                 r"\bkhong\s+phai\s+(?:so|sdt)\s+(?:cua\s+)?"
                                 r"(?:toi|minh)|\b(?:dda\s+|da\s+)?(?:qua\s+ddoi|qua\s+doi|mat\s+roi)|"
                                 r"\bso\s+(?:nay\s+)?(?:dda\s+|da\s+)?(?:ddoi|doi)\s+(?:chu|nguoi\s+dung)|\bchu\s+moi\b|"
                                 r"\bchu\s+cu\s+(?:cua\s+)?(?:so|sdt)\b|"
                                 r"\b(?:so\s+nay|sdt\s+nay)\s+khong\s+(?:phai|con)\s+(?:la\s+)?(?:so\s+)?cua\s+\w+|"
                                 r"\b(?:dday|day)\s+khong\s+(?:phai|con\s+la)\s+(?:so|sdt)\s+(?:cua\s+)?\w+|"
                                 r"\bkhong\s+(?:con\s+)?(?:dung|xai|su\s+dung)\s+so\s+nay\s+nua\b",
                 negatable=False),
            Rule("consent refused", r"(?:khong|chua|chua\s+bao\s+gio)\s+(?:hề\s+)?(?:ddang\s+ky|dang\s+ky|"
                                    r"ddong\s+y|dong\s+y)", negatable=False),
            Rule("legal threat", r"(?:luat\s+su|kien|to\s+cao|bao\s+cong\s+an)\b"),
            # "đã bảo STOP rồi mà", "nhắn hoài vậy", "sao vẫn gửi": texts that go on after a stop.
            Rule("complaint about more texts", rf"(?:dda|da)\s+(?:bao|noi|nhan|gui|tra\s+loi|rep|reply)\s+"
                                               rf"(?:la\s+|roi\s+)?(?:{QUOTED_STOP}|dung|huy|ngung|thoi)\b|"
                                               r"\b(?:nhan|gui)\s+(?:tin\s+)?(?:hoai|mai|suot)\b|"
                                               r"\b(?:sao|tai\s+sao|sao\s+cu)\s+(?:van|cu|con|lai)\s+(?:gui|nhan\s+tin|nhan)|"
                                               r"\b(?:van|cu)\s+tiep\s+tuc\s+(?:gui|nhan\s+tin)",
                 negatable=False),
        ),
        Intent.OPT_IN: (
            # "đăng ký nhận tin khuyến mãi lại": what is subscribed to may come first
            Rule("subscribe again", r"(?:ddang\s+ky|dang\s+ky)\s+(?:nhan\s+tin\s+(?:\w+\s+){0,2}?)?lai\b|\bnhan\s+lai\s+tin|\bgui\s+lai\s+cho\s+toi"),
            # "cho tôi đăng ký nhận khuyến mãi hàng tuần": asked to be signed up to receive the texts, which are named.
            # The writer's own wish ("tôi muốn", "cho tôi"), not someone else's ("bạn tôi muốn đăng ký").
            Rule("subscribe to receive", rf"(?:^(?:(?:toi|minh|em|tui|con|anh|chi)\s+)?(?:cung\s+)?(?:muon|can|xin)|"
                                         rf"cho\s+(?:toi|minh|em|tui|anh|chi|con))\s+(?:dduoc\s+)?"
                                         rf"(?:ddang\s+ky|dang\s+ky)\s+(?:lai\s+)?nhan\s+(?:lai\s+)?{MESSAGES}{BY_OTHER_CHANNEL}",
                 targeted=True),
            # "thêm tôi vào lại danh sách", "thêm số tôi vào danh sách nhận tin": back on the list, or on the texts' list.
            # Asked at the start of a clause, not told ("họ thêm tôi vào lại danh sách", "sao lại thêm tôi...").
            Rule("add me to the list", rf"^{ASKING}(?:them|ddua|dua)\s+(?:so\s+(?:cua\s+)?)?{ME}\s+(?:(?:tro\s+)?lai\s+vao|"
                                       rf"vao\s+lai)\s+(?:danh\s+sach|ds)\b|"
                                       rf"^{ASKING}(?:them|ddua|dua)\s+(?:so\s+(?:cua\s+)?)?{ME}\s+vao\s+"
                                       rf"(?:danh\s+sach\s+|ds\s+)?(?:nhan\s+)?{MESSAGES}{BY_OTHER_CHANNEL}"),
            # Not "muốn nhận lại tiền" (a refund): what is received again is named. Named, they are the texts whatever
            # they are about ("nhận lại tin nhắn giao hàng", "thông báo hóa đơn": delivery and bill texts).
            Rule("receive again", rf"(?:muon|can|xin|cho\s+(?:toi|minh|em|tui|anh|chi|con))\s+(?:dduoc\s+)?nhan\s+(?:lai\s+)?{MESSAGES}{BY_OTHER_CHANNEL}\s+"
                                  r"(?:\w+\s+){0,2}?(?:lai|tro\s+lai)\b|"
                                  rf"\b(?:muon|can|xin|cho\s+(?:toi|minh|em|tui|anh|chi|con))\s+(?:dduoc\s+)?nhan\s+lai\s+"
                                  rf"{MESSAGES}{BY_OTHER_CHANNEL}|"
                                  rf"(?<!van\s)(?<!cu\s)(?<!con\s)\b(?:tiep\s+tuc|bat\s+ddau|bat\s+dau)\s+(?:lai\s+)?(?:gui\s+|nhan\s+)?"
                                  rf"{MESSAGES}{BY_OTHER_CHANNEL}|"
                                  # "gửi lại tin khuyến mãi cho tôi": a kind of texts sent again
                                  r"\bgui\s+lai\s+(?:(?:cac\s+)?tin\s+)?(?:khuyen\s+mai|uu\s+ddai|thong\s+bao|nhac\s+nho|nhac\s+hen|"
                                  rf"quang\s+cao)\b{BY_OTHER_CHANNEL}|"
                                  rf"\b(?:bat|mo)\s+lai\s+{MESSAGES}{BY_OTHER_CHANNEL}|\b(?:bat|mo)\s+{MESSAGES}{BY_OTHER_CHANNEL}\s+(?:\w+\s+){{0,2}}?lai\b|"
                                  rf"\b(?:muon|xin)\s+(?:dduoc\s+)?nhan\s+tiep\s*(?:{MESSAGES}{BY_OTHER_CHANNEL}|$)", targeted=True),
            # "Tôi muốn nhận tin khuyến mãi", "đăng ký nhận tin": the texts wished for, by kind ("nhắn tin", to text,
            # folds to the same letters as "nhận tin", so "tin" alone is not enough after a wish), or signed up for.
            Rule("want to receive", r"(?:^(?:(?:toi|minh|em|tui|con|anh|chi)\s+)?(?:cung\s+)?(?:muon|can|xin)|"
                                    r"cho\s+(?:toi|minh|em|tui|anh|chi|con))\s+(?:dduoc\s+)?nhan\s+(?:cac\s+)?(?:tin\s+)?"
                                    rf"(?:khuyen\s+mai|uu\s+ddai|nhac\s+hen|nhac\s+nho|tin\s+tuc){BY_OTHER_CHANNEL}|"
                                    rf"^(?:ddang\s+ky|dang\s+ky)\s+nhan\s+{MESSAGES}{BY_OTHER_CHANNEL}", targeted=True),
        ),
        Intent.HELP: (
            Rule("who is sending", r"ai\s+(?:ddang\s+|dang\s+|vua\s+)?(?:nhan\s+tin|gui\s+tin|nhan|gui)(?:\s+(?:cho\s+)?"
                                   r"(?:toi|minh|em|tui)|\s+(?:vay|the|day|a)\b|\s*$)"),
            # "Ai?" alone, not "aí" ending a Portuguese sentence ("cancela isso aí").
            Rule("who is this", r"^(?:ai|ai\s+ddo|ai\s+vay|ai\s+day|ai\s+the)\s*(?:a|vay|the)?\s*$|\b(?:ban|anh|chi|"
                                r"cac\s+ban)\s+la\s+ai\b|\bla\s+ai\s+(?:vay|the|day|a)\b|"
                                r"\b(?:so|sdt)\s+(?:nay\s+)?(?:la\s+)?(?:so\s+)?cua\s+ai\b"),
            Rule("what is this", rf"(?:dday|day|cai\s+nay|{MESSAGES}\s+nay)\s+la\s+(?:gi|cai\s+gi)\b|"
                                 r"\bcai\s+gi\s+(?:dday|day|vay|the)\b"),
            Rule("how did you get my number", r"(?:sao|tai\s+sao|o\s+ddau|o\s+dau|lam\s+sao)\s+(?:\w+\s+)?(?:co|lay\s+dduoc|"
                                              r"lay\s+duoc|biet)\s+(?:sdt|so)\s+(?:ddien\s+thoai\s+|dien\s+thoai\s+)?"
                                              r"(?:cua\s+)?(?:toi|minh|em|tui)"),
            Rule("is this a scam", r"(?:lua\s+ddao|lua\s+dao)\b"),
            Rule("which company", r"(?:cong\s+ty|ben|cua\s+hang|doanh\s+nghiep|to\s+chuc|shop|chuong\s+trinh|tiem|"
                                  r"nha\s+thuoc|phong\s+kham|phong\s+mach|ngan\s+hang|nha\s+hang|truong|trung\s+tam|"
                                  r"benh\s+vien|nha\s+tho|chua|phong\s+tap|salon|spa|quan|hang)\s+"
                                  r"(?:\w+\s+)?nao\b|\b(?:dday|day|cai\s+nay|so\s+nay)\s+la\s+(?:\w+\s+){1,2}nao\b|\bcho\s+(?:\w+\s+)?hoi\s+(?:\w+\s+){0,2}(?:thong\s+tin|chuong\s+trinh)|"
                                  r"\bchuong\s+trinh\s+(?:gi|nay\s+la\s+gi)\b|\b(?:thong\s+tin|chuong\s+trinh)\s+(?:\w+\s+){0,2}la\s+gi\b"),
        ),
    },
    # "ad" (ad ơi: the page's admin) is who a request is addressed to.
    filler="a nhe nha nhá di xin vui long lam on cam on voi nua ngay luon dum gium cai ad admin",
    filler_phrases=("vui long", "lam on", "cam on", "xin cam on", "ngay lap tuc"),
    negators="khong ko ddung cha chua",
    # "Em lỡ bấm STOP", "gửi nhầm chữ STOP": an opt-out sent by mistake.
    # "dung" is also "dùng" (to use): "vô tình dùng mã" is not a stop sent by mistake, so a verb of sending comes first.
    # "lỡ" alone before STOP is not enough: folded it is "lo", and "dopo lo stop" is Italian ("after the stop").
    # The mistake may also come after the word: "đã nhắn STOP nhầm".
    mistakes=(rf"(?:lo|vo\s+tinh|nham|lon)\s+(?:tay\s+)?(?:(?:bam|gui|go|an|rep|nhan|nhan\s+tin|tra\s+loi|reply)\s+(?:chu\s+)?(?:{QUOTED_STOP}|dung|huy)|"
              rf"(?<!\blo\s){QUOTED_STOP})\b|"
              rf"\b(?:bam|gui|nhan|go|an)\s+(?:nham|lon)\s+(?:chu\s+)?(?:{QUOTED_STOP}|dung|huy)\b|"
              rf"\b(?:bam|gui|nhan|go|an|rep|reply|tra\s+loi)\s+(?:chu\s+)?{QUOTED_STOP}\s+(?:bi\s+)?nham\b|"
              # "tôi lỡ hủy đăng ký": unsubscribed by mistake, with no verb of sending (not "lỡ hủy đơn hàng", an order)
              r"\b(?:lo|vo\s+tinh)\s+(?:tay\s+)?huy\s+(?:ddang\s+ky|dang\s+ky|nhan\s+tin)\b"),
    tails="toi minh em nua lai giup",
    # An activity after a verb of stopping is what stops: "làm sao để ngưng uống thuốc" (stop taking the medicine).
    other_objects=r"(?:uong|an|tap|hut|hoc|xem|choi|chay|lai\s+xe|lam\s+viec)\b",
    other_targets=r"(?:(?:cai|cua|cho|nhan)\s+)?(?:ddon\s+hang|don\s+hang|lich\s+hen|cuoc\s+goi|goi\s+ddien|"
                  r"goi\s+dien|email|giao\s+hang|thuoc|the\s+thanh\s+vien|(?:ban\s+)?sao\s+ke|hoa\s+d?don|"
                  r"bao\s+giay|tap\s+chi|the\s+tin\s+dung|tai\s+khoan)",
    # "đừng gọi, nhắn tin thôi": the texts are fine, something else is not
    # ... or still wanted ("nhưng tôi vẫn muốn nhận ưu đãi")
    texts_welcome=(r"nhan\s+tin\s+(?:thoi|thi\s+dduoc|dduoc\s+roi)\b|\bvan\s+muon\s+(?:tiep\s+tuc\s+)?nhan\b"),
)
