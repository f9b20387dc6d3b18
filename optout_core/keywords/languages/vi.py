"""Vietnamese, with or without diacritics. Folding strips the tones, and writes đ as "dd" (its Telex spelling), so
"dừng" (stop) and "dung" typed without accents match, while "đúng" (right, correct) and "đừng" (don't) do not."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = (r"(?:tin\s+nhan|tin|nhan\s+tin|sms|tin\s+quang\s+cao|quang\s+cao|thong\s+bao|khuyen\s+mai|lien\s+lac|"
            r"goi\s+tin)")
ME = r"(?:toi|minh|em|anh|chi|tui|tao|con|cho\s+toi|cho\s+minh|cho\s+em|cho\s+tui)"

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
            Rule("stop sending", rf"(?:dung|ngung|thoi|dung\s+lai|ngung\s+lai|huy|cham\s+dut)\s+(?:viec\s+)?"
                                 rf"(?:gui|nhan|nhan\s+tin|sms|tin\s+nhan|lien\s+lac|lam\s+phien|spam|{MESSAGES})"),
            Rule("do not send", rf"(?:khong|ddung|dung\s+co|xin\s+ddung|vui\s+long\s+ddung|ddung\s+co|ko|k|"
                                rf"khong\s+duoc)\s+(?:gui|nhan\s+tin|nhan|lam\s+phien|lien\s+lac|spam|goi\s+va\s+"
                                rf"nhan\s+tin)\s+(?:{MESSAGES}\s+)?(?:{ME}\s*)?(?:nua|them)",
                 negatable=False),
            Rule("do not want", rf"(?:khong|ko|k|cha)\s+(?:muon|can|thich)\s+(?:nhan|nhan\s+duoc|{MESSAGES})",
                 negatable=False),
            Rule("unsubscribe", r"huy\s+(?:ddang\s+ky|dang\s+ky|dich\s+vu|nhan\s+tin|theo\s+doi)|"
                                r"\b(?:xoa|go|bo)\s+(?:so|so\s+ddien\s+thoai|so\s+dien\s+thoai|ten)\s+"
                                r"(?:cua\s+)?(?:toi|minh|em|tui)|\bxoa\s+(?:toi|minh|em)\s+(?:khoi|ra\s+khoi)"),
            Rule("how to stop", r"(?:lam\s+sao|lam\s+the\s+nao|cach\s+nao)\s+(?:dde\s+|de\s+)?(?:huy|dung|ngung|"
                                r"khong\s+nhan|tu\s+choi)"),
            Rule("wrong number", r"(?:nham|sai)\s+(?:so|nguoi)|\bkhong\s+phai\s+(?:so|sdt)\s+(?:cua\s+)?"
                                 r"(?:toi|minh)|\b(?:dda\s+|da\s+)?(?:qua\s+ddoi|qua\s+doi|mat\s+roi)", negatable=False),
            Rule("consent refused", r"(?:khong|chua|chua\s+bao\s+gio)\s+(?:hề\s+)?(?:ddang\s+ky|dang\s+ky|"
                                    r"ddong\s+y|dong\s+y)", negatable=False),
            Rule("legal threat", r"(?:luat\s+su|kien|to\s+cao|bao\s+cong\s+an)\b"),
        ),
        Intent.OPT_IN: (
            Rule("subscribe again", r"(?:ddang\s+ky|dang\s+ky)\s+lai|\bnhan\s+lai\s+tin|\bgui\s+lai\s+cho\s+toi"),
        ),
        Intent.HELP: (
            Rule("who is this", r"(?:ai|ai\s+ddo|ai\s+vay|ai\s+day|ai\s+the)\s*(?:a|vay|the)?\s*$|\b(?:ban|anh|chi|"
                                r"cac\s+ban)\s+la\s+ai\b|\bla\s+ai\s+(?:vay|the|day|a)\b"),
            Rule("what is this", r"(?:dday|day|cai\s+nay)\s+la\s+(?:gi|cai\s+gi)\b"),
            Rule("how did you get my number", r"(?:sao|tai\s+sao|o\s+ddau|o\s+dau)\s+(?:co|lay\s+dduoc|lay\s+duoc)\s+"
                                              r"so\s+(?:cua\s+)?(?:toi|minh)"),
            Rule("is this a scam", r"(?:lua\s+ddao|lua\s+dao)\b"),
        ),
    },
    filler="a nhe nha nhá di xin vui long lam on cam on voi nua ngay luon",
    filler_phrases=("vui long", "lam on", "cam on", "xin cam on", "ngay lap tuc"),
    negators="khong ko ddung cha chua",
    tails="toi minh em nua",
    other_targets=r"(?:(?:cai|cua|cho)\s+)?(?:ddon\s+hang|don\s+hang|lich\s+hen|cuoc\s+goi|goi\s+ddien|"
                  r"goi\s+dien|email|giao\s+hang|thuoc|the\s+thanh\s+vien)",
)
