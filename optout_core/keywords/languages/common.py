"""Patterns every language shares: the English opt-out words people quote in any language ("I already said STOP",
"đã bảo STOP rồi", "قلت لكم stop"). Carriers advertise them in English, so a complaint that names one is a request
to stop whatever the language around it."""

# Not "cancel" or "quit": "galti se cancel kar diya" is an order cancelled by mistake, not a quoted STOP.
QUOTED_STOP = r"(?:stop|unsubscribe|unsub|opt\s*out|stopall)"
# The same words inside text without spaces (Chinese, Japanese, Korean: "麻烦帮我unsubscribe"), as a word of their
# own. Not "td" (a bank's name) or "cancel" (an order): those only count alone.
EMBEDDED_STOP = r"(?<![a-z])(?:stop|unsubscribe|unsub|optout|stopall)(?![a-z])"
