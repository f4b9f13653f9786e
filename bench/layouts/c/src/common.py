import re

def luhn_npi(base9):
    s = "80840" + base9
    total = 0
    # check digit will be appended at right; double every second digit starting from rightmost of s
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)

def npi_valid(npi):
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        total += d
    return total % 10 == 0

def digits(s):
    return re.sub(r"\D", "", s)

def phone_ok(p):
    d = digits(p)
    return len(d) == 10 and d[0] not in "01" and d[3] not in "01"

def fmt_paren(d):  # (xxx) xxx-xxxx
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"
