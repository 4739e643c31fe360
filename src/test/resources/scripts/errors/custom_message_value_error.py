# Raising a builtin exception with a custom message
def parse_percent(text):
    if not text.endswith("%"):
        raise ValueError(f"expected a percentage, got {text!r}")
    return float(text[:-1]) / 100

print(parse_percent("12.5%"))
parse_percent("12.5")
