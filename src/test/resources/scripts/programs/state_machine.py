# A tiny table-driven state machine: a turnstile and a number recognizer
TURNSTILE = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}


def run_turnstile(events):
    state = "locked"
    coins = passes = 0
    for ev in events:
        new = TURNSTILE.get((state, ev))
        if new is None:
            print(f"  ignoring unknown event {ev!r} in state {state}")
            continue
        if ev == "coin":
            coins += 1
        if state == "unlocked" and ev == "push":
            passes += 1
        print(f"  {state:>8} --{ev}--> {new}")
        state = new
    return state, coins, passes


print(run_turnstile(["push", "coin", "push", "coin", "coin", "kick", "push", "push"]))


def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch in "+-":
        return "sign"
    if ch == ".":
        return "dot"
    if ch in "eE":
        return "exp"
    return "other"


NUMBER = {
    "start": {"sign": "signed", "digit": "int", "dot": "dot_only"},
    "signed": {"digit": "int", "dot": "dot_only"},
    "int": {"digit": "int", "dot": "frac", "exp": "exp"},
    "dot_only": {"digit": "frac"},
    "frac": {"digit": "frac", "exp": "exp"},
    "exp": {"sign": "exp_sign", "digit": "exp_int"},
    "exp_sign": {"digit": "exp_int"},
    "exp_int": {"digit": "exp_int"},
}
ACCEPT = {"int", "frac", "exp_int"}


def is_number(text):
    state = "start"
    for ch in text:
        state = NUMBER[state].get(classify(ch))
        if state is None:
            return False
    return state in ACCEPT


for s in ["0", "-12", "+3.5", ".5", "5.", "1e10", "2.5E-3", "e5", "1e", "--1", "1.2.3", "", "12a", "-.e1"]:
    ok = is_number(s)
    try:
        float(s)
        parsed = True
    except ValueError:
        parsed = False
    print(f"{s!r:>9} {ok!s:>5} {'matches float()' if ok == parsed else 'differs from float()'}")
