# Fill, alignment, sign, width and grouping combinations
for spec in ["", "8", "<8", ">8", "^8", "=8", "08", "+8", "-8", " 8", "*<8", "#>8", "0>8", "x^9", ",", "_", "010,", "+011_"]:
    out = []
    for v in [12345, -678, 0]:
        try:
            out.append("[" + format(v, spec) + "]")
        except ValueError as e:
            out.append("ValueError(" + str(e) + ")")
    print(repr(spec), " ".join(out))
for spec in ["8", "<8", "^8", ">8", "*^8", ".2", "8.2", "<8.1"]:
    print(repr(spec), "[" + format("word", spec) + "]", "[" + format("", spec) + "]")
for spec in ["8.2f", "<8.2f", "^+9.1f", "=+9.1f", "09.3f", " .2f", "012,.2f", ",.0f"]:
    print(repr(spec), "[" + format(1234.5678, spec) + "]", "[" + format(-0.004, spec) + "]")
